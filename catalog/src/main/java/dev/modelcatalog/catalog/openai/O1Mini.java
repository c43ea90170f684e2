package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * o1-mini: a small, fast reasoning model, strongest at code and mathematics.
 *
 * <p>Corrected from the reference catalog: OpenAI lowered its price to 1.10 / 4.40 USD per million (cached input
 * 0.55), and it supports neither tools nor structured outputs nor predicted outputs.
 */
@Model(
    id = "o1-mini",
    name = "o1-mini",
    created = 1725840000L,
    description = "Small reasoning model, strongest at code and mathematics.",
    version = "2024-09-12",
    contextWindow = 128_000,
    maxOutputTokens = 65_536,
    trainingCutoff = "2023-10",
    tags = {"reasoning", "efficient", "legacy"},
    aliases = "o1-mini-2024-09-12",
    preset = CapabilityPreset.REASONING)
@Capabilities(toolCalling = false, structuredOutputs = false, jsonMode = false)
@Latency(ttftMean = 0.35, ttftStd = 0.1167, itlMean = 0.01613, itlStd = 0.003)
@Pricing(inputPerMillion = 1.10, outputPerMillion = 4.40, cachedInputPerMillion = 0.55)
final class O1Mini {}
