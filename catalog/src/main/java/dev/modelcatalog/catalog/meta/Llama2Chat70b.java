package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Llama 2 70B Chat: a Llama 2 dialogue model with a 4k context.
 *
 * <p>Corrected from the reference catalog: Llama 2 has no tool calling.
 */
@Model(
    id = "meta-llama/Llama-2-70b-chat-hf",
    name = "Llama 2 70B Chat",
    created = 1689206400L,
    description = "Legacy Llama 2 model with 70B parameters. Consider upgrading to Llama 3.",
    version = "2.0",
    contextWindow = 4096,
    maxOutputTokens = 4096,
    trainingCutoff = "2022-09",
    tags = {"chat", "legacy", "open-weights"},
    aliases = "llama-2-70b-chat",
    license = "llama2")
@Capabilities(toolCalling = false, parallelToolCalls = false)
@Latency(ttftMean = 0.5, ttftStd = 0.1667, itlMean = 0.02381, itlStd = 0.0035)
@Pricing(inputPerMillion = 0.70, outputPerMillion = 0.90)
final class Llama2Chat70b {}
