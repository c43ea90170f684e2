package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;
import dev.modelcatalog.annotations.Route;

/**
 * Llama 3.1 405B Instruct: Meta's multilingual text model with a 128k context and tool calling.
 *
 * <p>Corrected from the reference catalog: the context is 131,072 tokens (see the package documentation), and
 * Llama 3.1 calls one tool per turn.
 *
 * <p>NVIDIA also serves this model through NIM as {@code meta/llama-3.1-405b-instruct}: the same model on another
 * platform, so it is declared here as a route (platform {@code nvidia-nim}), not as a second model. NVIDIA's hosted
 * API publishes no per-token price (it runs on trial credits), so the route overrides
 * none.
 */
@Model(
    id = "meta-llama/Llama-3.1-405B-Instruct",
    name = "Llama 3.1 405B Instruct",
    created = 1721606400L,
    description = "Flagship Llama model with 405B parameters and a 128k context window.",
    version = "3.1",
    contextWindow = 131_072,
    maxOutputTokens = 4096,
    trainingCutoff = "2023-12",
    tags = {"chat", "large", "flagship", "open-weights"},
    aliases = "llama-3.1-405b-instruct",
    license = "llama3.1")
@Capabilities(parallelToolCalls = false)
@Latency(ttftMean = 0.9, ttftStd = 0.3, itlMean = 0.04167, itlStd = 0.006)
@Pricing(inputPerMillion = 5.00, outputPerMillion = 15.00)
@Route(platform = "nvidia-nim", modelString = "meta/llama-3.1-405b-instruct")
final class Llama31Instruct405b {}
