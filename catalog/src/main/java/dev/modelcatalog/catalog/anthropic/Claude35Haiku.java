package dev.modelcatalog.catalog.anthropic;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Claude 3.5 Haiku: Anthropic's fastest model of the 3.5 generation.
 *
 * <p>Not in the reference catalog; facts from Anthropic's documentation. Prices are those after Anthropic's
 * reduction (0.80 / 4.00 USD per million; it launched at 1 / 5).
 */
@Model(
    id = "claude-3-5-haiku-20241022",
    name = "Claude 3.5 Haiku",
    created = 1729555200L,
    description = "Fastest Claude 3.5 model, for high-volume tasks.",
    version = "20241022",
    contextWindow = 200_000,
    maxOutputTokens = 8192,
    trainingCutoff = "2024-07",
    tags = {"chat", "vision", "fast"},
    aliases = "claude-3-5-haiku-latest",
    preset = CapabilityPreset.VISION)
@Capabilities(jsonMode = false, logprobs = false, structuredOutputs = false, promptCaching = true, batch = true)
@Latency(preset = LatencyPreset.SMALL)
@Pricing(inputPerMillion = 0.80, outputPerMillion = 4.00, cachedInputPerMillion = 0.08, cacheWritePerMillion = 1.00)
final class Claude35Haiku {}
