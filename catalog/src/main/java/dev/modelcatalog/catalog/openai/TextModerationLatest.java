package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Text Moderation (Latest): classifies text against OpenAI's usage policies ({@code /v1/moderations}); free of
 * charge.
 */
@Model(
    id = "text-moderation-latest",
    name = "Text Moderation (Latest)",
    created = 1677628800L,
    description = "Latest text moderation model for safety checks.",
    contextWindow = 32_768,
    tags = {"moderation", "safety"},
    preset = CapabilityPreset.MODERATION)
@Latency(ttftMean = 0.05, ttftStd = 0.0167, itlMean = 0.01, itlStd = 0.005)
@Pricing(inputPerMillion = 0.00, outputPerMillion = 0.00)
final class TextModerationLatest {}
