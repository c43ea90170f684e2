/**
 * Meta's Llama models: Llama 3.3, 3.2 (with the 11B and 90B vision models), 3.1, 3 and 2, under their Hugging Face
 * ids, which OpenAI-compatible servers accept.
 *
 * <p>Meta publishes weights, not an API price: the prices here are the reference catalog's hosted prices (Together
 * AI's serverless list prices for the models it lacks), in USD per million tokens. Contexts are the models'
 * published position limits (131,072 tokens for the "128k" models; the reference rounded to 128,000). Llama models
 * call one tool per turn, so parallel tool calls are cleared; Llama 3 and Llama 2 have no tool calling. Latency
 * profiles come from the reference catalog, mapped as described in {@link dev.modelcatalog.catalog}.
 */
@Provider(id = "meta", name = "Meta")
package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Provider;
