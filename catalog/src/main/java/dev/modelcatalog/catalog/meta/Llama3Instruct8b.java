package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Llama 3 8B Instruct: the first Llama 3 instruction model, with an 8k context.
 *
 * <p>Corrected from the reference catalog: the Hugging Face id is {@code meta-llama/Meta-Llama-3-8B-Instruct} (the
 * reference's {@code meta-llama/Llama-3-8B-Instruct} is kept as an alias), and Llama 3 has no tool calling (it
 * arrived with Llama 3.1).
 */
@Model(
    id = "meta-llama/Meta-Llama-3-8B-Instruct",
    name = "Llama 3 8B Instruct",
    created = 1713398400L,
    description = "Efficient Llama 3 model with 8B parameters and 8k context window.",
    version = "3.0",
    contextWindow = 8192,
    maxOutputTokens = 4096,
    trainingCutoff = "2023-03",
    tags = {"chat", "efficient", "open-weights"},
    aliases = {"meta-llama/Llama-3-8B-Instruct", "llama-3-8b-instruct"},
    license = "llama3")
@Capabilities(toolCalling = false, parallelToolCalls = false)
@Latency(ttftMean = 0.15, ttftStd = 0.05, itlMean = 0.008, itlStd = 0.0015)
@Pricing(inputPerMillion = 0.18, outputPerMillion = 0.18)
final class Llama3Instruct8b {}
