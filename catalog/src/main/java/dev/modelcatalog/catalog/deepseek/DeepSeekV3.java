package dev.modelcatalog.catalog.deepseek;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * DeepSeek-V3: a 671B-parameter sparse mixture of experts with 37B active per token.
 *
 * <p>Corrected from the reference catalog: released on 2024-12-26 (not 2024-01-01), its API price includes a
 * cache-hit input price of 0.07 USD, and its id is the Hugging Face id (the reference's {@code deepseek-v3} is an
 * alias). The MoE counts the 256 routed experts per layer, 8 per token (each layer also has one shared expert).
 */
@Model(
    id = "deepseek-ai/DeepSeek-V3",
    name = "DeepSeek-V3",
    created = 1735171200L,
    description = "Mixture of experts with 671B parameters, 37B active per token, 256 routed experts.",
    version = "3.0",
    contextWindow = 128_000,
    maxOutputTokens = 8192,
    tags = {"chat", "moe", "large", "flagship", "open-weights"},
    aliases = {"deepseek-v3", "deepseek-chat"},
    license = "deepseek")
@Capabilities(parallelToolCalls = false, promptCaching = true)
@MoE(totalParams = 671_000_000_000L, activeParams = 37_000_000_000L, numExperts = 256, expertsPerToken = 8)
@Latency(ttftMean = 0.7, ttftStd = 0.2333, itlMean = 0.0303, itlStd = 0.005)
@Pricing(inputPerMillion = 0.27, outputPerMillion = 1.10, cachedInputPerMillion = 0.07)
final class DeepSeekV3 {}
