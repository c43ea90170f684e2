package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

@Model(
    id = "gpt-4o-mini",
    name = "GPT-4o mini",
    preset = CapabilityPreset.VISION,
    contextWindow = 128_000,
    maxOutputTokens = 16_384,
    trainingCutoff = "2023-10",
    aliases = {"gpt-4o-mini-2024-07-18"})
@Pricing(inputPerMillion = 0.15, outputPerMillion = 0.60, cachedInputPerMillion = 0.075)
final class Gpt4oMini {}
