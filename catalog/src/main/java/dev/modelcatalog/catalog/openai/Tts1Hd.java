package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * TTS-1 HD: turns text into speech ({@code /v1/audio/speech}), optimised for quality.
 *
 * <p>Starts from the single-capability {@code MODERATION} preset and swaps that capability for speech. Its context
 * window is the documented input limit of 4,096 characters, and its price is per million characters, the unit
 * OpenAI bills speech in.
 */
@Model(
    id = "tts-1-hd",
    name = "TTS-1 HD",
    created = 1699228800L,
    description = "Text to speech, optimised for quality.",
    contextWindow = 4096,
    tags = {"speech", "audio"},
    preset = CapabilityPreset.MODERATION)
@Capabilities(contentModeration = false, speech = true)
@Pricing(inputPerMillion = 30.00)
final class Tts1Hd {}
