package dev.modelcatalog.catalog.nvidia;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.Model;

/**
 * Mistral-NeMo 12B Instruct: a 12B model built by Mistral AI and NVIDIA (Apache 2.0), with a 128k context.
 *
 * <p>Not in the reference catalog; facts from the model card. It calls tools, one per turn.
 */
@Model(
    id = "nv-mistralai/mistral-nemo-12b-instruct",
    name = "Mistral-NeMo 12B Instruct",
    created = 1721260800L,
    description = "12B multilingual model by Mistral AI and NVIDIA with a 128k context window.",
    version = "1.0",
    contextWindow = 131_072,
    tags = {"chat", "nim", "open-weights"},
    aliases = "mistral-nemo-12b-instruct",
    license = "apache-2.0")
@Capabilities(parallelToolCalls = false)
@Latency(preset = LatencyPreset.SMALL)
final class MistralNemoInstruct12b {}
