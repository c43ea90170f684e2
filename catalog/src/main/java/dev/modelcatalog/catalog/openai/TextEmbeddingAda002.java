package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * text-embedding-ada-002: an OpenAI embeddings model (1536 dimensions). It embeds text; it does not chat.
 *
 * <p>Corrected from the reference catalog: released on 2022-12-15 (the reference's date is wrong), and no output
 * limit: an embeddings model returns a vector, so only the 8,191-token input limit is stated.
 */
@Model(
    id = "text-embedding-ada-002",
    name = "text-embedding-ada-002",
    created = 1671062400L,
    description = "Second-generation embedding model, 1536 dimensions.",
    contextWindow = 8191,
    tags = {"embeddings", "legacy"},
    preset = CapabilityPreset.EMBEDDINGS)
@Latency(ttftMean = 0.05, ttftStd = 0.0167, itlMean = 0.01, itlStd = 0.005)
@Pricing(inputPerMillion = 0.10)
final class TextEmbeddingAda002 {}
