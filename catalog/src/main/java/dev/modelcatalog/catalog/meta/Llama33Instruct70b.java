package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Llama 3.3 70B Instruct: Meta's text-only 70B model of December 2024, close to Llama 3.1 405B in quality.
 *
 * <p>Not in the reference catalog; facts from Meta's model card. Meta states no output limit apart from the
 * context.
 */
@Model(
    id = "meta-llama/Llama-3.3-70B-Instruct",
    name = "Llama 3.3 70B Instruct",
    created = 1733443200L,
    description = "Text-only 70B instruction model with a 128k context window.",
    version = "3.3",
    contextWindow = 131_072,
    trainingCutoff = "2023-12",
    tags = {"chat", "balanced", "open-weights"},
    aliases = "llama-3.3-70b-instruct",
    license = "llama3.3")
@Capabilities(parallelToolCalls = false)
@Latency(ttftMean = 0.48, ttftStd = 0.16, itlMean = 0.02326, itlStd = 0.0035)
@Pricing(inputPerMillion = 0.88, outputPerMillion = 0.88)
final class Llama33Instruct70b {}
