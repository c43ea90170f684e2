package dev.modelcatalog.catalog.anthropic;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Claude 3 Opus: the most capable model of the Claude 3 generation.
 *
 * <p>Corrected from the reference catalog: no JSON mode and no log probabilities; prompt caching is offered (reads
 * 1.50, writes 18.75 USD per million). Claude 3 models call one tool per turn in these versions, so parallel tool
 * calls are cleared.
 */
@Model(
    id = "claude-3-opus-20240229",
    name = "Claude 3 Opus",
    created = 1709251200L,
    description = "Most capable Claude 3 model for complex tasks requiring deep reasoning.",
    version = "20240229",
    contextWindow = 200_000,
    maxOutputTokens = 4096,
    trainingCutoff = "2023-08",
    tags = {"chat", "vision", "powerful"},
    aliases = "claude-3-opus-latest",
    preset = CapabilityPreset.VISION)
@Capabilities(
    jsonMode = false, logprobs = false, structuredOutputs = false, parallelToolCalls = false,
    promptCaching = true, batch = true)
@Latency(ttftMean = 0.85, ttftStd = 0.2833, itlMean = 0.03846, itlStd = 0.005)
@Pricing(inputPerMillion = 15.00, outputPerMillion = 75.00, cachedInputPerMillion = 1.50, cacheWritePerMillion = 18.75)
final class Claude3Opus {}
