package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * GPT-4o Realtime (preview): GPT-4o for low-latency speech and text conversations over the Realtime API.
 *
 * <p>Its id is restored: the reference design lists it as {@code gpt-oss-120b-realtime-preview}, a product of the
 * search-and-replace that turned {@code gpt-4o} into {@code openai/gpt-oss-120b}. Prices are the text-token
 * prices; audio tokens cost 40 / 80 USD per million. It takes no image input and has no JSON mode.
 */
@Model(
    id = "gpt-4o-realtime-preview",
    name = "GPT-4o Realtime Preview",
    created = 1727740800L,
    description = "Realtime speech-to-speech and text model over WebSocket, with function calling.",
    contextWindow = 128_000,
    maxOutputTokens = 4096,
    trainingCutoff = "2023-10",
    tags = {"realtime", "audio", "preview"},
    aliases = {"gpt-4o-realtime-preview-2024-12-17", "gpt-4o-realtime-preview-2024-10-01"})
@Capabilities(
    audioInput = true, audioOutput = true, realtime = true, parallelToolCalls = false, jsonMode = false,
    logprobs = false)
@Latency(preset = LatencyPreset.SMALL)
@Pricing(inputPerMillion = 5.00, outputPerMillion = 20.00, cachedInputPerMillion = 2.50)
final class Gpt4oRealtimePreview {}
