package dev.modelcatalog.catalog.nvidia;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * NVIDIA Cosmos Vision: a vision-language model that understands images and video.
 *
 * <p>Corrected from the reference catalog: Cosmos models take images and video, not audio, so audio input is
 * cleared.
 */
@Model(
    id = "nvidia/cosmos-vision",
    name = "NVIDIA Cosmos Vision",
    created = 1704067200L,
    description = "Multimodal model with image and video understanding.",
    version = "1.0",
    contextWindow = 32_768,
    maxOutputTokens = 4096,
    tags = {"chat", "vision", "video", "multimodal"},
    preset = CapabilityPreset.VISION)
@Capabilities(video = true, parallelToolCalls = false, structuredOutputs = false)
@Latency(ttftMean = 0.6, ttftStd = 0.2, itlMean = 0.02857, itlStd = 0.005)
@Pricing(inputPerMillion = 1.00, outputPerMillion = 3.00)
final class CosmosVision {}
