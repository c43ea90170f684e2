package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * GPT-3.5 Turbo: OpenAI's fast, inexpensive chat model of the GPT-3.5 generation.
 *
 * <p>Corrected from the reference catalog: the parameter count (175B) is not published for this model and is left
 * out.
 */
@Model(
    id = "gpt-3.5-turbo",
    name = "GPT-3.5 Turbo",
    created = 1677628800L,
    description = "Fast and efficient chat model with a 16k context window.",
    version = "0125",
    contextWindow = 16_385,
    maxOutputTokens = 4096,
    trainingCutoff = "2021-09",
    tags = {"chat", "legacy", "efficient"},
    aliases = "gpt-3.5-turbo-0125")
@Capabilities(fineTunable = true, batch = true)
@Latency(ttftMean = 0.2, ttftStd = 0.0667, itlMean = 0.01, itlStd = 0.002)
@Pricing(inputPerMillion = 0.50, outputPerMillion = 1.50)
final class Gpt35Turbo {}
