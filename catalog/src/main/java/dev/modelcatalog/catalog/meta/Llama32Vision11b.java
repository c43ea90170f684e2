package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Llama 3.2 11B Vision Instruct: Meta's multimodal Llama, taking text and images.
 *
 * <p>Not in the reference catalog; facts from Meta's model card. Image input comes with text output only; tool
 * calling is text-only (one call per turn).
 */
@Model(
    id = "meta-llama/Llama-3.2-11B-Vision-Instruct",
    name = "Llama 3.2 11B Vision Instruct",
    created = 1727222400L,
    description = "11B multimodal instruction model: text and image input, 128k context.",
    version = "3.2",
    contextWindow = 131_072,
    trainingCutoff = "2023-12",
    tags = {"chat", "vision", "open-weights"},
    aliases = "llama-3.2-11b-vision-instruct",
    license = "llama3.2",
    preset = CapabilityPreset.VISION)
@Capabilities(parallelToolCalls = false, structuredOutputs = false)
@Latency(ttftMean = 0.14, ttftStd = 0.0467, itlMean = 0.00752, itlStd = 0.0015)
@Pricing(inputPerMillion = 0.18, outputPerMillion = 0.18)
final class Llama32Vision11b {}
