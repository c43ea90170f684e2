package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;

/**
 * GPT-OSS 120B: OpenAI's larger open-weights reasoning model (Apache 2.0), a text-only mixture of experts.
 *
 * <p>Corrected from the reference catalog, whose entry mixed in facts of other models: it is text only (no vision,
 * no audio: the model card lists text input and output), its MoE configuration is 117B total / 5.1B active
 * parameters, 128 experts, 4 per token (not 120B / 37B / 16 / 2), its context is 131,072 tokens (the model card's
 * 128k), it was released on 2025-08-05, and it has no OpenAI price: OpenAI publishes the weights and serves no API
 * for it, so hosting platforms set their own prices (the reference's 10 / 30 USD were GPT-4 Turbo's). It supports
 * no predicted outputs (an OpenAI API feature of GPT-4o).
 */
@Model(
    id = "openai/gpt-oss-120b",
    name = "GPT-OSS-120B",
    created = 1754352000L,
    description = "Open-weights reasoning model, 117B-parameter mixture of experts with 5.1B active per token.",
    contextWindow = 131_072,
    maxOutputTokens = 131_072,
    trainingCutoff = "2024-06",
    tags = {"reasoning", "moe", "open-weights"},
    aliases = "gpt-oss-120b",
    license = "apache-2.0",
    preset = CapabilityPreset.REASONING)
@Capabilities(temperature = true)
@MoE(totalParams = 117_000_000_000L, activeParams = 5_100_000_000L, numExperts = 128, expertsPerToken = 4)
@Latency(ttftMean = 0.6, ttftStd = 0.2, itlMean = 0.02857, itlStd = 0.01)
final class GptOss120b {}
