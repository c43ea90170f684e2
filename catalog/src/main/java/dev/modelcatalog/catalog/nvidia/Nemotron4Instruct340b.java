package dev.modelcatalog.catalog.nvidia;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.Model;

/**
 * Nemotron-4 340B Instruct: NVIDIA's 340B dense model, tuned for synthetic-data generation and chat.
 *
 * <p>Not in the reference catalog; facts from NVIDIA's model card (4,096-token context, data up to June 2023,
 * NVIDIA Open Model License). It has no tool calling.
 */
@Model(
    id = "nvidia/nemotron-4-340b-instruct",
    name = "Nemotron-4 340B Instruct",
    created = 1718323200L,
    description = "340B dense instruction model for chat and synthetic-data generation.",
    version = "1.0",
    contextWindow = 4096,
    trainingCutoff = "2023-06",
    tags = {"chat", "large", "nim", "open-weights"},
    license = "nvidia-open-model-license")
@Capabilities(toolCalling = false, parallelToolCalls = false)
@Latency(preset = LatencyPreset.XLARGE)
final class Nemotron4Instruct340b {}
