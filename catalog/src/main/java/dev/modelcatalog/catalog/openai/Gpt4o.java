package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

@Model(
    id = "gpt-4o",
    name = "GPT-4o",
    created = 1715558400,
    preset = CapabilityPreset.VISION,
    contextWindow = 128_000,
    maxOutputTokens = 16_384,
    trainingCutoff = "2023-10",
    aliases = {"gpt-4o-2024-08-06"})
@Pricing(inputPerMillion = 2.50, outputPerMillion = 10.00, cachedInputPerMillion = 1.25)
final class Gpt4o {}
