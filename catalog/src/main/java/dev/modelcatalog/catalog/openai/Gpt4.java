package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * GPT-4: the original GPT-4 chat model with an 8k context.
 *
 * <p>Corrected from the reference catalog: no published mixture-of-experts configuration (left out), no JSON mode
 * and no parallel tool calls (both arrived with the 1106 models).
 */
@Model(
    id = "gpt-4",
    name = "GPT-4",
    created = 1678886400L,
    description = "Original GPT-4 model with an 8k context window.",
    version = "0613",
    contextWindow = 8192,
    maxOutputTokens = 8192,
    trainingCutoff = "2021-09",
    tags = {"chat", "legacy"},
    aliases = "gpt-4-0613")
@Capabilities(parallelToolCalls = false, jsonMode = false)
@Latency(ttftMean = 0.8, ttftStd = 0.2667, itlMean = 0.03571, itlStd = 0.01)
@Pricing(inputPerMillion = 30.00, outputPerMillion = 60.00)
final class Gpt4 {}
