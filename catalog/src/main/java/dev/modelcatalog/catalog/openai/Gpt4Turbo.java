package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * GPT-4 Turbo: the GPT-4 model with vision and a 128k context that preceded GPT-4o.
 *
 * <p>Corrected from the reference catalog: {@code gpt-4-turbo} is the generally available model of 2024-04-09 (the
 * reference's date and version are those of {@code gpt-4-1106-preview}); it has JSON mode but not structured
 * outputs; and OpenAI has never published a mixture-of-experts configuration for GPT-4, so the reference's 1.76T /
 * 220B figures are left out.
 */
@Model(
    id = "gpt-4-turbo",
    name = "GPT-4 Turbo",
    created = 1712620800L,
    description = "Previous-generation flagship with vision and a 128k context window.",
    version = "2024-04-09",
    contextWindow = 128_000,
    maxOutputTokens = 4096,
    trainingCutoff = "2023-12",
    tags = {"chat", "vision", "turbo"},
    aliases = "gpt-4-turbo-2024-04-09",
    preset = CapabilityPreset.VISION)
@Capabilities(structuredOutputs = false, batch = true)
@Latency(ttftMean = 0.4, ttftStd = 0.1333, itlMean = 0.02, itlStd = 0.0035)
@Pricing(inputPerMillion = 10.00, outputPerMillion = 30.00)
final class Gpt4Turbo {}
