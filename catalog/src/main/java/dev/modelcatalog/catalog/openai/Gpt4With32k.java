package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * GPT-4 32k: GPT-4 with a 32k context, retired by OpenAI on 2025-06-06 in favour of GPT-4o.
 *
 * <p>Not in the reference catalog; facts from OpenAI's legacy model and pricing pages. OpenAI states no separate
 * output limit, so the context window applies.
 */
@Model(
    id = "gpt-4-32k",
    name = "GPT-4 32k",
    created = 1678752000L,
    description = "GPT-4 with a 32k context window (legacy).",
    version = "0613",
    contextWindow = 32_768,
    trainingCutoff = "2021-09",
    tags = {"chat", "legacy"},
    aliases = "gpt-4-32k-0613",
    deprecated = true,
    deprecationDate = "2025-06-06",
    replacement = "gpt-4o")
@Capabilities(parallelToolCalls = false, jsonMode = false)
@Latency(ttftMean = 0.8, ttftStd = 0.2667, itlMean = 0.03571, itlStd = 0.01)
@Pricing(inputPerMillion = 60.00, outputPerMillion = 120.00)
final class Gpt4With32k {}
