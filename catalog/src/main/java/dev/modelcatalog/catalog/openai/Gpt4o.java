package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * GPT-4o: OpenAI's flagship multimodal chat model.
 *
 * <p>Corrected from the reference catalog: {@code gpt-4o} takes text and images and answers in text; audio input
 * and output belong to the separate {@code gpt-4o-audio-preview} and {@code gpt-4o-realtime-preview} models, so
 * the audio flags are dropped. The reference's parameter count (200B) is not published and is left out. Created is
 * the announcement date, 2024-05-13 (the reference has the day after).
 */
@Model(
    id = "gpt-4o",
    name = "GPT-4o",
    created = 1715558400L,
    description = "Flagship multimodal model: text and image input, structured outputs, predicted outputs.",
    version = "2024-08-06",
    contextWindow = 128_000,
    maxOutputTokens = 16_384,
    trainingCutoff = "2023-10",
    tags = {"chat", "vision", "multimodal", "flagship"},
    aliases = "gpt-4o-2024-08-06",
    preset = CapabilityPreset.VISION)
@Capabilities(predictedOutputs = true, fineTunable = true, promptCaching = true, batch = true)
@Latency(ttftMean = 0.25, ttftStd = 0.0833, itlMean = 0.01493, itlStd = 0.003)
@Pricing(inputPerMillion = 2.50, outputPerMillion = 10.00, cachedInputPerMillion = 1.25)
final class Gpt4o {}
