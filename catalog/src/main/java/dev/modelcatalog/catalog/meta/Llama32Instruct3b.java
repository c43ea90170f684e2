package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Llama 3.2 3B Instruct: a small text model for on-device use.
 *
 * <p>Not in the reference catalog; facts from Meta's model card.
 */
@Model(
    id = "meta-llama/Llama-3.2-3B-Instruct",
    name = "Llama 3.2 3B Instruct",
    created = 1727222400L,
    description = "Small 3B text model for on-device use, 128k context.",
    version = "3.2",
    contextWindow = 131_072,
    trainingCutoff = "2023-12",
    tags = {"chat", "small", "open-weights"},
    aliases = "llama-3.2-3b-instruct",
    license = "llama3.2")
@Capabilities(parallelToolCalls = false)
@Latency(preset = LatencyPreset.SMALL)
@Pricing(inputPerMillion = 0.06, outputPerMillion = 0.06)
final class Llama32Instruct3b {}
