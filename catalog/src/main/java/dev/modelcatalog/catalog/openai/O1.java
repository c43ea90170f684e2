package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * o1: OpenAI's reasoning model, thinking before it answers.
 *
 * <p>Corrected from the reference catalog, whose entry carried DeepSeek-R1's facts: o1 is not a published mixture
 * of experts (the 671B / 37B configuration is left out), it takes image input, calls tools and follows JSON
 * schemas (structured outputs), it offers no predicted outputs, and cached input costs 7.50 USD per million.
 */
@Model(
    id = "o1",
    name = "o1",
    created = 1734393600L,
    description = "Reasoning model for complex, multi-step problems, with vision and tool calling.",
    version = "2024-12-17",
    contextWindow = 200_000,
    maxOutputTokens = 100_000,
    trainingCutoff = "2023-10",
    tags = {"reasoning", "vision"},
    aliases = "o1-2024-12-17",
    preset = CapabilityPreset.REASONING)
@Capabilities(vision = true, promptCaching = true, batch = true)
@Latency(ttftMean = 0.7, ttftStd = 0.2333, itlMean = 0.0303, itlStd = 0.0075)
@Pricing(inputPerMillion = 15.00, outputPerMillion = 60.00, cachedInputPerMillion = 7.50)
final class O1 {}
