package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;

/**
 * GPT-OSS 20B: OpenAI's smaller open-weights reasoning model (Apache 2.0), a text-only mixture of experts.
 *
 * <p>Corrected from the reference catalog: text only (no vision, no audio), MoE configuration 21B total / 3.6B
 * active parameters, 32 experts, 4 per token (not 20B / 7B / 8 / 2), a context of 131,072 tokens, released on
 * 2025-08-05, and no OpenAI price (open weights, priced by each host; the reference's 0.15 / 0.60 USD were GPT-4o
 * mini's).
 */
@Model(
    id = "openai/gpt-oss-20b",
    name = "GPT-OSS-20B",
    created = 1754352000L,
    description = "Open-weights reasoning model, 21B-parameter mixture of experts with 3.6B active per token.",
    contextWindow = 131_072,
    maxOutputTokens = 131_072,
    trainingCutoff = "2024-06",
    tags = {"reasoning", "moe", "open-weights", "efficient"},
    aliases = "gpt-oss-20b",
    license = "apache-2.0",
    preset = CapabilityPreset.REASONING)
@Capabilities(temperature = true)
@MoE(totalParams = 21_000_000_000L, activeParams = 3_600_000_000L, numExperts = 32, expertsPerToken = 4)
@Latency(ttftMean = 0.3, ttftStd = 0.1, itlMean = 0.01493, itlStd = 0.005)
final class GptOss20b {}
