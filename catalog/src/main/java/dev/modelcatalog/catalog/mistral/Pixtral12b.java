package dev.modelcatalog.catalog.mistral;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Pixtral 12B: Mistral AI's first multimodal model (Apache 2.0), taking text and images.
 *
 * <p>Not in the reference catalog; facts from Mistral AI's announcement and model documentation.
 */
@Model(
    id = "pixtral-12b-2409",
    name = "Pixtral 12B",
    created = 1726531200L,
    description = "12B multimodal model: text and image input, 128k context.",
    version = "24.09",
    contextWindow = 131_072,
    tags = {"chat", "vision", "open-weights"},
    aliases = {"pixtral-12b", "mistralai/Pixtral-12B-2409"},
    license = "apache-2.0",
    preset = CapabilityPreset.VISION)
@Latency(preset = LatencyPreset.MEDIUM)
@Pricing(inputPerMillion = 0.15, outputPerMillion = 0.15)
final class Pixtral12b {}
