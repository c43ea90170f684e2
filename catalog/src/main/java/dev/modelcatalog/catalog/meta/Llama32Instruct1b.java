package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.Model;

/**
 * Llama 3.2 1B Instruct: the smallest Llama, for on-device use.
 *
 * <p>Not in the reference catalog; facts from Meta's model card. No serverless list price is published, so it has
 * no pricing.
 */
@Model(
    id = "meta-llama/Llama-3.2-1B-Instruct",
    name = "Llama 3.2 1B Instruct",
    created = 1727222400L,
    description = "Smallest Llama text model, 1B parameters, 128k context.",
    version = "3.2",
    contextWindow = 131_072,
    trainingCutoff = "2023-12",
    tags = {"chat", "small", "open-weights"},
    aliases = "llama-3.2-1b-instruct",
    license = "llama3.2")
@Capabilities(parallelToolCalls = false)
@Latency(preset = LatencyPreset.SMALL)
final class Llama32Instruct1b {}
