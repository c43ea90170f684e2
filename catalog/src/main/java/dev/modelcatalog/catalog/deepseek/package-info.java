/**
 * DeepSeek's models: DeepSeek-V3, the R1 reasoning model and its Qwen-based distillation, and DeepSeek Coder.
 *
 * <p>Open-weights models carry their Hugging Face ids, with DeepSeek's API names ({@code deepseek-chat}, {@code
 * deepseek-reasoner}) as aliases. Prices are DeepSeek's API list prices in USD per million tokens (cache-miss
 * input; cache-hit input as the cached price). Latency profiles come from the reference catalog, mapped as
 * described in {@link dev.modelcatalog.catalog}.
 */
@Provider(id = "deepseek", name = "DeepSeek")
package dev.modelcatalog.catalog.deepseek;

import dev.modelcatalog.annotations.Provider;
