package dev.modelcatalog.catalog.deepseek;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * DeepSeek-R1: DeepSeek's reasoning model, built on the DeepSeek-V3 architecture (MIT licence).
 *
 * <p>Corrected from the reference catalog, whose context (200k) and output (100k) were o1's: R1 has DeepSeek-V3's
 * 128k context and the model card's 32,768-token generation limit; it supports neither function calling nor JSON
 * output (DeepSeek's reasoning-model guide), nor predicted outputs; it was released on 2025-01-20; cache-hit input
 * costs 0.14 USD per million.
 */
@Model(
    id = "deepseek-ai/DeepSeek-R1",
    name = "DeepSeek-R1",
    created = 1737331200L,
    description = "Reasoning model: 671B-parameter mixture of experts, 37B active per token.",
    version = "1.0",
    contextWindow = 128_000,
    maxOutputTokens = 32_768,
    tags = {"reasoning", "moe", "large", "open-weights"},
    aliases = {"deepseek-reasoner", "deepseek-r1"},
    license = "mit",
    preset = CapabilityPreset.REASONING)
@Capabilities(toolCalling = false, structuredOutputs = false, jsonMode = false, promptCaching = true)
@MoE(totalParams = 671_000_000_000L, activeParams = 37_000_000_000L, numExperts = 256, expertsPerToken = 8)
@Latency(ttftMean = 0.7, ttftStd = 0.2333, itlMean = 0.0303, itlStd = 0.005)
@Pricing(inputPerMillion = 0.55, outputPerMillion = 2.19, cachedInputPerMillion = 0.14)
final class DeepSeekR1 {}
