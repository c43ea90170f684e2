package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * o1-preview: the first preview of o1, retired on 2025-07-28 in favour of {@code o1}.
 *
 * <p>Not in the reference catalog; facts from OpenAI's model, pricing and deprecations pages. It takes text only
 * and supports neither tools nor structured outputs.
 */
@Model(
    id = "o1-preview",
    name = "o1-preview",
    created = 1726099200L,
    description = "Preview of the o1 reasoning model (text only, no tools).",
    version = "2024-09-12",
    contextWindow = 128_000,
    maxOutputTokens = 32_768,
    trainingCutoff = "2023-10",
    tags = {"reasoning", "preview"},
    aliases = "o1-preview-2024-09-12",
    deprecated = true,
    deprecationDate = "2025-07-28",
    replacement = "o1",
    preset = CapabilityPreset.REASONING)
@Capabilities(toolCalling = false, structuredOutputs = false, jsonMode = false)
@Latency(preset = LatencyPreset.REASONING)
@Pricing(inputPerMillion = 15.00, outputPerMillion = 60.00, cachedInputPerMillion = 7.50)
final class O1Preview {}
