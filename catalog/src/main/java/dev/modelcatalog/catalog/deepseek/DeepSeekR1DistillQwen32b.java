package dev.modelcatalog.catalog.deepseek;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * DeepSeek-R1-Distill-Qwen-32B: Qwen2.5-32B fine-tuned on DeepSeek-R1's reasoning traces; a dense model.
 *
 * <p>Corrected from the reference catalog: released with R1 on 2025-01-20; the model card's generation limit is
 * 32,768 tokens (not 65,536); no tool calling or structured outputs; no predicted outputs. The price is the
 * reference catalog's hosted price (DeepSeek's own API does not serve the distillations).
 */
@Model(
    id = "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
    name = "DeepSeek-R1-Distill-Qwen-32B",
    created = 1737331200L,
    description = "Efficient 32B distilled reasoning model based on Qwen architecture.",
    version = "1.0",
    contextWindow = 128_000,
    maxOutputTokens = 32_768,
    tags = {"reasoning", "efficient", "distilled", "open-weights"},
    aliases = "deepseek-r1-distill-qwen-32b",
    license = "mit",
    preset = CapabilityPreset.REASONING)
@Capabilities(toolCalling = false, structuredOutputs = false)
@Latency(ttftMean = 0.35, ttftStd = 0.1167, itlMean = 0.01613, itlStd = 0.003)
@Pricing(inputPerMillion = 0.14, outputPerMillion = 0.28)
final class DeepSeekR1DistillQwen32b {}
