package dev.modelcatalog.catalog.mistral;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Mixtral 8x7B Instruct: Mistral AI's first sparse mixture of experts.
 *
 * <p>From the reference catalog, which listed it twice (the Hugging Face id and {@code mixtral-8x7b}): one model
 * here. Corrected: Mistral's function-calling documentation does not include Mixtral 8x7B, so tool calling is
 * cleared.
 */
@Model(
    id = "mistralai/Mixtral-8x7B-Instruct-v0.1",
    name = "Mixtral 8x7B Instruct",
    created = 1702339200L,
    description = "Sparse mixture of experts: 46.7B parameters, 12.9B active per token, 32k context.",
    version = "0.1",
    contextWindow = 32_768,
    maxOutputTokens = 4096,
    tags = {"chat", "moe", "balanced", "open-weights"},
    aliases = {"mixtral-8x7b", "open-mixtral-8x7b"},
    license = "apache-2.0")
@Capabilities(toolCalling = false, parallelToolCalls = false)
@MoE(totalParams = 46_700_000_000L, activeParams = 12_900_000_000L, numExperts = 8, expertsPerToken = 2)
@Latency(ttftMean = 0.38, ttftStd = 0.1267, itlMean = 0.01818, itlStd = 0.003)
@Pricing(inputPerMillion = 0.70, outputPerMillion = 0.70)
final class Mixtral8x7bInstruct {}
