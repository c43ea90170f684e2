package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Whisper: transcribes and translates speech ({@code /v1/audio/transcriptions}).
 *
 * <p>Starts from the single-capability {@code MODERATION} preset and swaps that capability for transcription.
 * Audio input is limited by file size (25 MB), which the catalog has no field for; the context window is the 448
 * tokens of Whisper's text decoder (the published model's {@code n_text_ctx}), which also bounds the output per
 * segment. Priced per minute of audio.
 */
@Model(
    id = "whisper-1",
    name = "Whisper",
    created = 1677628800L,
    description = "Speech to text: transcription and translation of audio files.",
    contextWindow = 448,
    tags = {"transcription", "audio"},
    preset = CapabilityPreset.MODERATION)
@Capabilities(contentModeration = false, transcription = true)
@Pricing(audioPerMinute = 0.006)
final class Whisper1 {}
