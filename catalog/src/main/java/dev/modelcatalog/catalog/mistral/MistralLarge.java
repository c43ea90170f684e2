package dev.modelcatalog.catalog.mistral;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Mistral Large 2.1: Mistral AI's flagship text model of November 2024.
 *
 * <p>Replaces the reference catalog's {@code mistral-large-latest} entry (4 / 12 USD, a price Mistral has lowered)
 * with the version that name pointed to (see the package documentation).
 */
@Model(
    id = "mistral-large-2411",
    name = "Mistral Large 2.1",
    created = 1731888000L,
    description = "Flagship model with a 128k context window, function calling and JSON output.",
    version = "24.11",
    contextWindow = 131_072,
    tags = {"chat", "large", "flagship", "commercial"},
    aliases = "mistral-large-latest",
    license = "mrl")
@Capabilities(structuredOutputs = true)
@Latency(ttftMean = 0.5, ttftStd = 0.1667, itlMean = 0.02222, itlStd = 0.004)
@Pricing(inputPerMillion = 2.00, outputPerMillion = 6.00)
final class MistralLarge {}
