package dev.modelcatalog.catalog.anthropic;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Claude 2.1: the last Claude 2 model, with a 200k context; retired by Anthropic (2025-07-21).
 *
 * <p>Corrected from the reference catalog: tool use arrived with the Claude 3 models, so Claude 2.1 has no tool
 * calling; no JSON mode and no log probabilities.
 */
@Model(
    id = "claude-2.1",
    name = "Claude 2.1",
    created = 1699920000L,
    description = "Legacy Claude model with a 200k context window.",
    version = "2.1",
    contextWindow = 200_000,
    maxOutputTokens = 4096,
    tags = {"chat", "legacy"},
    deprecated = true,
    deprecationDate = "2025-07-21",
    replacement = "claude-3-5-sonnet-20241022")
@Capabilities(toolCalling = false, parallelToolCalls = false, jsonMode = false, logprobs = false)
@Latency(ttftMean = 0.5, ttftStd = 0.1667, itlMean = 0.025, itlStd = 0.004)
@Pricing(inputPerMillion = 8.00, outputPerMillion = 24.00)
final class Claude21 {}
