package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * DALL-E 3: generates images from text prompts ({@code /v1/images/generations}).
 *
 * <p>Starts from the single-capability {@code MODERATION} preset and swaps that capability for image generation,
 * so the model can do exactly one thing. Its context window is the documented prompt limit of 4,000 characters:
 * the API limits prompts in characters, not tokens, and a token is at least one character, so the value bounds the
 * prompt's tokens too. Priced per image (1024x1024, standard quality).
 */
@Model(
    id = "dall-e-3",
    name = "DALL-E 3",
    created = 1698710400L,
    description = "Image generation from text prompts, 1024x1024 to 1792x1024.",
    contextWindow = 4000,
    tags = "image-generation",
    preset = CapabilityPreset.MODERATION)
@Capabilities(contentModeration = false, imageGeneration = true)
@Pricing(perImage = 0.04)
final class DallE3 {}
