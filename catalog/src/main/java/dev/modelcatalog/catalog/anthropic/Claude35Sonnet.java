package dev.modelcatalog.catalog.anthropic;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Claude 3.5 Sonnet (October 2024 upgrade): Anthropic's most capable model of the 3.5 generation.
 *
 * <p>Corrected from the reference catalog: no JSON mode and no log probabilities (see the package documentation);
 * cache writes cost 3.75 USD per million.
 */
@Model(
    id = "claude-3-5-sonnet-20241022",
    name = "Claude 3.5 Sonnet",
    created = 1729555200L,
    description = "Most capable Claude 3.5 model, with vision, tool use and computer use.",
    version = "20241022",
    contextWindow = 200_000,
    maxOutputTokens = 8192,
    trainingCutoff = "2024-04",
    tags = {"chat", "vision", "flagship"},
    aliases = "claude-3-5-sonnet-latest",
    preset = CapabilityPreset.VISION)
@Capabilities(jsonMode = false, logprobs = false, structuredOutputs = false, promptCaching = true, batch = true)
@Latency(ttftMean = 0.4, ttftStd = 0.1333, itlMean = 0.02, itlStd = 0.0035)
@Pricing(inputPerMillion = 3.00, outputPerMillion = 15.00, cachedInputPerMillion = 0.30, cacheWritePerMillion = 3.75)
final class Claude35Sonnet {}
