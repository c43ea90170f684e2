package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Llama 2 13B Chat: a Llama 2 dialogue model with a 4k context.
 *
 * <p>Corrected from the reference catalog: Llama 2 has no tool calling.
 */
@Model(
    id = "meta-llama/Llama-2-13b-chat-hf",
    name = "Llama 2 13B Chat",
    created = 1689206400L,
    description = "Legacy Llama 2 model with 13B parameters. Consider upgrading to Llama 3.",
    version = "2.0",
    contextWindow = 4096,
    maxOutputTokens = 4096,
    trainingCutoff = "2022-09",
    tags = {"chat", "legacy", "efficient", "open-weights"},
    aliases = "llama-2-13b-chat",
    license = "llama2")
@Capabilities(toolCalling = false, parallelToolCalls = false)
@Latency(ttftMean = 0.22, ttftStd = 0.0733, itlMean = 0.01205, itlStd = 0.0025)
@Pricing(inputPerMillion = 0.30, outputPerMillion = 0.30)
final class Llama2Chat13b {}
