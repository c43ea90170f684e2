package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * GPT-3.5 Turbo 16k: the 16k-context GPT-3.5 snapshot of June 2023, retired on 2024-09-13; {@code gpt-3.5-turbo}
 * now has the same context.
 *
 * <p>Not in the reference catalog; facts from OpenAI's deprecations and legacy pricing pages.
 */
@Model(
    id = "gpt-3.5-turbo-16k",
    name = "GPT-3.5 Turbo 16k",
    created = 1686614400L,
    description = "GPT-3.5 Turbo with a 16k context window (legacy snapshot).",
    version = "0613",
    contextWindow = 16_385,
    maxOutputTokens = 4096,
    trainingCutoff = "2021-09",
    tags = {"chat", "legacy"},
    aliases = "gpt-3.5-turbo-16k-0613",
    deprecated = true,
    deprecationDate = "2024-09-13",
    replacement = "gpt-3.5-turbo")
@Capabilities(parallelToolCalls = false, jsonMode = false)
@Latency(ttftMean = 0.2, ttftStd = 0.0667, itlMean = 0.01, itlStd = 0.002)
@Pricing(inputPerMillion = 3.00, outputPerMillion = 4.00)
final class Gpt35Turbo16k {}
