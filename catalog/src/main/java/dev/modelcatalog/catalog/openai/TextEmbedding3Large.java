package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * text-embedding-3-large: an OpenAI embeddings model (3072 dimensions). It embeds text; it does not chat.
 *
 * <p>Corrected from the reference catalog: released on 2024-01-25 (the reference's date is wrong), and no output
 * limit: an embeddings model returns a vector, so only the 8,191-token input limit is stated.
 */
@Model(
    id = "text-embedding-3-large",
    name = "text-embedding-3-large",
    created = 1706140800L,
    description = "Large embedding model, 3072 dimensions.",
    contextWindow = 8191,
    tags = {"embeddings", "large"},
    preset = CapabilityPreset.EMBEDDINGS)
@Latency(ttftMean = 0.05, ttftStd = 0.0167, itlMean = 0.01, itlStd = 0.005)
@Pricing(inputPerMillion = 0.13)
final class TextEmbedding3Large {}
