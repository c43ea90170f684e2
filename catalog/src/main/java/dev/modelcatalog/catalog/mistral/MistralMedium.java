package dev.modelcatalog.catalog.mistral;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * Mistral Medium 3: Mistral AI's mid-sized commercial model with image input.
 *
 * <p>Replaces the reference catalog's {@code mistral-medium-latest} entry (32k context, 2.70 / 8.10 USD: the
 * retired Mistral Medium of December 2023) with the version that name pointed to (see the package documentation).
 */
@Model(
    id = "mistral-medium-2505",
    name = "Mistral Medium 3",
    created = 1746576000L,
    description = "Balanced commercial model with image input and a 128k context window.",
    version = "25.05",
    contextWindow = 131_072,
    tags = {"chat", "vision", "balanced", "commercial"},
    aliases = "mistral-medium-latest",
    preset = CapabilityPreset.VISION)
@Latency(ttftMean = 0.35, ttftStd = 0.1167, itlMean = 0.01818, itlStd = 0.003)
@Pricing(inputPerMillion = 0.40, outputPerMillion = 2.00)
final class MistralMedium {}
