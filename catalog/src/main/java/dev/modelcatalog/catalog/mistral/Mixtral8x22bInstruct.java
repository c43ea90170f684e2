package dev.modelcatalog.catalog.mistral;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Mixtral 8x22B Instruct: Mistral AI's larger sparse mixture of experts, with native function calling.
 *
 * <p>From the reference catalog, which listed it twice (the Hugging Face id and {@code mixtral-8x22b}): one model
 * here, the short form an alias.
 */
@Model(
    id = "mistralai/Mixtral-8x22B-Instruct-v0.1",
    name = "Mixtral 8x22B Instruct",
    created = 1712793600L,
    description = "Sparse mixture of experts: 141B parameters, 39B active per token, 64k context.",
    version = "0.1",
    contextWindow = 65_536,
    maxOutputTokens = 4096,
    tags = {"chat", "moe", "large", "open-weights"},
    aliases = {"mixtral-8x22b", "open-mixtral-8x22b"},
    license = "apache-2.0")
@Capabilities(parallelToolCalls = false)
@MoE(totalParams = 141_000_000_000L, activeParams = 39_000_000_000L, numExperts = 8, expertsPerToken = 2)
@Latency(ttftMean = 0.55, ttftStd = 0.1833, itlMean = 0.025, itlStd = 0.0045)
@Pricing(inputPerMillion = 2.00, outputPerMillion = 6.00)
final class Mixtral8x22bInstruct {}
