package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * DALL-E 2: generates, edits and varies images ({@code /v1/images}).
 *
 * <p>Starts from the single-capability {@code MODERATION} preset and swaps that capability for image generation,
 * so the model can do exactly one thing. Its context window is the documented prompt limit of 1,000 characters:
 * the API limits prompts in characters, not tokens, and a token is at least one character, so the value bounds the
 * prompt's tokens too. Priced per image (1024x1024, standard quality).
 */
@Model(
    id = "dall-e-2",
    name = "DALL-E 2",
    created = 1667433600L,
    description = "Image generation, edits and variations, up to 1024x1024.",
    contextWindow = 1000,
    tags = {"image-generation", "legacy"},
    preset = CapabilityPreset.MODERATION)
@Capabilities(contentModeration = false, imageGeneration = true)
@Pricing(perImage = 0.02)
final class DallE2 {}
