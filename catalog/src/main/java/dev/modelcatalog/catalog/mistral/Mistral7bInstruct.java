package dev.modelcatalog.catalog.mistral;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Mistral 7B Instruct v0.2: Mistral AI's first open-weights model family, here its 32k-context revision.
 *
 * <p>Corrected from the reference catalog: function calling arrived with v0.3, so v0.2 has no tool calling.
 */
@Model(
    id = "mistralai/Mistral-7B-Instruct-v0.2",
    name = "Mistral 7B Instruct v0.2",
    created = 1702339200L,
    description = "Efficient 7B parameter model with 32k context window.",
    version = "0.2",
    contextWindow = 32_768,
    maxOutputTokens = 4096,
    tags = {"chat", "efficient", "open-weights"},
    aliases = "mistral-7b-instruct-v0.2",
    license = "apache-2.0")
@Capabilities(toolCalling = false, parallelToolCalls = false)
@Latency(ttftMean = 0.145, ttftStd = 0.0483, itlMean = 0.008, itlStd = 0.0015)
@Pricing(inputPerMillion = 0.25, outputPerMillion = 0.25)
final class Mistral7bInstruct {}
