package dev.modelcatalog.catalog.mistral;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Mistral Small 3.1: a 24B open-weights model (Apache 2.0) with image input and a 128k context.
 *
 * <p>Replaces the reference catalog's {@code mistral-small-latest} entry (32k context, 1 / 3 USD: the retired
 * Mistral Small of February 2024) with the version that name pointed to (see the package documentation).
 */
@Model(
    id = "mistral-small-2503",
    name = "Mistral Small 3.1",
    created = 1742169600L,
    description = "Efficient 24B model with image input and a 128k context window.",
    version = "25.03",
    contextWindow = 131_072,
    tags = {"chat", "vision", "efficient", "open-weights"},
    aliases = "mistral-small-latest",
    license = "apache-2.0",
    preset = CapabilityPreset.VISION)
@Latency(ttftMean = 0.2, ttftStd = 0.0667, itlMean = 0.0125, itlStd = 0.002)
@Pricing(inputPerMillion = 0.10, outputPerMillion = 0.30)
final class MistralSmall {}
