/**
 * NVIDIA's models as served by NIM: Nemotron-4 340B, Mistral-NeMo 12B, Cosmos (image and video understanding), NV-
 * Embed and a question-answering reranker.
 *
 * <p>NVIDIA's hosted Llama 3.1 405B is Meta's model on another platform, so it is not a model here: it belongs to
 * the Meta stub as a route. NIM's hosted trial publishes no per-token prices, so only the models the reference
 * catalog priced carry a price (USD per million tokens). Latency profiles come from the reference catalog where it
 * has the model, mapped as described in {@link dev.modelcatalog.catalog}, else from a preset.
 */
@Provider(id = "nvidia", name = "NVIDIA")
package dev.modelcatalog.catalog.nvidia;

import dev.modelcatalog.annotations.Provider;
