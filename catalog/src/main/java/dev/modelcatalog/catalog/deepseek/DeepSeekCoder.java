package dev.modelcatalog.catalog.deepseek;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * DeepSeek Coder: the code model served under DeepSeek's {@code deepseek-coder} API name, DeepSeek-Coder-V2.
 *
 * <p>Corrected from the reference catalog, which combined the first-generation 33B dense DeepSeek Coder (16k
 * context) with the API's 128k context and price: the API name serves DeepSeek-Coder-V2, a mixture of experts with
 * 236B parameters, 21B active per token, 160 routed experts and 6 per token, released on 2024-06-17.
 */
@Model(
    id = "deepseek-coder",
    name = "DeepSeek Coder",
    created = 1718582400L,
    description = "Code-specialised mixture of experts (DeepSeek-Coder-V2) with a 128k context window.",
    version = "2.0",
    contextWindow = 128_000,
    maxOutputTokens = 4096,
    tags = {"chat", "code", "moe", "specialized"},
    aliases = "deepseek-coder-v2",
    license = "deepseek")
@Capabilities(parallelToolCalls = false)
@MoE(totalParams = 236_000_000_000L, activeParams = 21_000_000_000L, numExperts = 160, expertsPerToken = 6)
@Latency(ttftMean = 0.35, ttftStd = 0.1167, itlMean = 0.01667, itlStd = 0.003)
@Pricing(inputPerMillion = 0.14, outputPerMillion = 0.28)
final class DeepSeekCoder {}
