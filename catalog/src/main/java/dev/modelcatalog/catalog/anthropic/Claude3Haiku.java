package dev.modelcatalog.catalog.anthropic;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Claude 3 Haiku: the fastest, least expensive model of the Claude 3 generation.
 *
 * <p>Corrected from the reference catalog: no JSON mode and no log probabilities; prompt caching is offered (reads
 * 0.03, writes 0.30 USD per million).
 */
@Model(
    id = "claude-3-haiku-20240307",
    name = "Claude 3 Haiku",
    created = 1709769600L,
    description = "Fast and efficient Claude 3 model for high-throughput tasks.",
    version = "20240307",
    contextWindow = 200_000,
    maxOutputTokens = 4096,
    trainingCutoff = "2023-08",
    tags = {"chat", "vision", "efficient", "fast"},
    aliases = "claude-3-haiku-latest",
    preset = CapabilityPreset.VISION)
@Capabilities(
    jsonMode = false, logprobs = false, structuredOutputs = false, parallelToolCalls = false,
    promptCaching = true, batch = true)
@Latency(ttftMean = 0.22, ttftStd = 0.0733, itlMean = 0.01205, itlStd = 0.0025)
@Pricing(inputPerMillion = 0.25, outputPerMillion = 1.25, cachedInputPerMillion = 0.03, cacheWritePerMillion = 0.30)
final class Claude3Haiku {}
