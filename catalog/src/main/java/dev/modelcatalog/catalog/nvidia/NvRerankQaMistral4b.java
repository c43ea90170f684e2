package dev.modelcatalog.catalog.nvidia;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

/**
 * NV-RerankQA Mistral 4B: scores passages against a question ({@code /v1/rerank}); it only reranks.
 *
 * <p>Starts from the single-capability {@code MODERATION} preset and swaps that capability for reranking.
 * Corrected from the reference catalog, which had no capability flag for reranking and an 8k limit: the model card
 * limits a question and passage pair to 512 tokens, and a reranker generates no tokens. {@code nvidia/nv-rerank-
 * qa-v1} is the reference design's name for it.
 */
@Model(
    id = "nvidia/nv-rerank-qa-mistral-4b",
    name = "NV-RerankQA Mistral 4B",
    created = 1704067200L,
    description = "Reranking model for question-answering retrieval.",
    version = "1.0",
    contextWindow = 512,
    tags = {"reranking", "retrieval"},
    aliases = "nvidia/nv-rerank-qa-v1",
    preset = CapabilityPreset.MODERATION)
@Capabilities(contentModeration = false, reranking = true)
@Latency(ttftMean = 0.05, ttftStd = 0.0167, itlMean = 0.01, itlStd = 0.0025)
@Pricing(inputPerMillion = 0.02)
final class NvRerankQaMistral4b {}
