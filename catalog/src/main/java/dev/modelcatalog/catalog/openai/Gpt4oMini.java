package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * GPT-4o mini: OpenAI's small, inexpensive multimodal chat model.
 *
 * <p>Corrected from the reference catalog: text and image input only (audio is {@code gpt-4o-mini-audio-
 * preview}'s), and the reference's parameter count (8B) is not published.
 */
@Model(
    id = "gpt-4o-mini",
    name = "GPT-4o mini",
    created = 1720569600L,
    description = "Small, efficient multimodal model with excellent price/performance.",
    version = "2024-07-18",
    contextWindow = 128_000,
    maxOutputTokens = 16_384,
    trainingCutoff = "2023-10",
    tags = {"chat", "vision", "multimodal", "efficient"},
    aliases = "gpt-4o-mini-2024-07-18",
    preset = CapabilityPreset.VISION)
@Capabilities(predictedOutputs = true, fineTunable = true, promptCaching = true, batch = true)
@Latency(ttftMean = 0.18, ttftStd = 0.06, itlMean = 0.01, itlStd = 0.002)
@Pricing(inputPerMillion = 0.15, outputPerMillion = 0.60, cachedInputPerMillion = 0.075)
final class Gpt4oMini {}
