package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Llama 3.1 8B Instruct: Meta's multilingual text model with a 128k context and tool calling.
 *
 * <p>Corrected from the reference catalog: the context is 131,072 tokens (see the package documentation), and
 * Llama 3.1 calls one tool per turn.
 */
@Model(
    id = "meta-llama/Llama-3.1-8B-Instruct",
    name = "Llama 3.1 8B Instruct",
    created = 1721606400L,
    description = "Efficient Llama model with 8B parameters and a 128k context window.",
    version = "3.1",
    contextWindow = 131_072,
    maxOutputTokens = 4096,
    trainingCutoff = "2023-12",
    tags = {"chat", "efficient", "open-weights"},
    aliases = "llama-3.1-8b-instruct",
    license = "llama3.1")
@Capabilities(parallelToolCalls = false)
@Latency(ttftMean = 0.14, ttftStd = 0.0467, itlMean = 0.00752, itlStd = 0.0015)
@Pricing(inputPerMillion = 0.18, outputPerMillion = 0.18)
final class Llama31Instruct8b {}
