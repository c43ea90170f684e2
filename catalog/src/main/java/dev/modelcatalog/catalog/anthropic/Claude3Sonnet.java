package dev.modelcatalog.catalog.anthropic;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Claude 3 Sonnet: the balanced model of the Claude 3 generation, retired by Anthropic in favour of Claude 3.5
 * Sonnet.
 *
 * <p>Corrected from the reference catalog: no JSON mode and no log probabilities; it is retired (2025-07-21).
 */
@Model(
    id = "claude-3-sonnet-20240229",
    name = "Claude 3 Sonnet",
    created = 1709251200L,
    description = "Balanced Claude 3 model (retired).",
    version = "20240229",
    contextWindow = 200_000,
    maxOutputTokens = 4096,
    trainingCutoff = "2023-08",
    tags = {"chat", "vision", "balanced", "legacy"},
    deprecated = true,
    deprecationDate = "2025-07-21",
    replacement = "claude-3-5-sonnet-20241022",
    preset = CapabilityPreset.VISION)
@Capabilities(
    jsonMode = false, logprobs = false, structuredOutputs = false, parallelToolCalls = false,
    batch = true)
@Latency(ttftMean = 0.45, ttftStd = 0.15, itlMean = 0.02222, itlStd = 0.004)
@Pricing(inputPerMillion = 3.00, outputPerMillion = 15.00)
final class Claude3Sonnet {}
