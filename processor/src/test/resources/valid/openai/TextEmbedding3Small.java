package test.openai;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

@Model(id = "text-embedding-3-small", preset = CapabilityPreset.EMBEDDINGS, contextWindow = 8191)
@Pricing(inputPerMillion = 0.02, outputPerMillion = 0)
final class TextEmbedding3Small {}
