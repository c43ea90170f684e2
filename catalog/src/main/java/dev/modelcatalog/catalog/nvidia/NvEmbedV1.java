package dev.modelcatalog.catalog.nvidia;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Model;

/**
 * NV-Embed-v1: NVIDIA's Mistral-7B-based embeddings model (4,096 dimensions). It embeds text; it does not chat.
 *
 * <p>Not in the reference catalog; facts from the model card (32,768-token input, CC-BY-NC-4.0). The reference
 * design listed 1,024 dimensions, which belong to NVIDIA's retrieval embedders, not NV-Embed-v1.
 */
@Model(
    id = "nvidia/nv-embed-v1",
    name = "NV-Embed-v1",
    created = 1716508800L,
    description = "Generalist embeddings model, 4096 dimensions.",
    version = "1.0",
    contextWindow = 32_768,
    tags = {"embeddings", "retrieval"},
    license = "cc-by-nc-4.0",
    preset = CapabilityPreset.EMBEDDINGS)
final class NvEmbedV1 {}
