/**
 * Mistral AI's models: the Mixtral mixtures of experts, Mistral 7B, Mistral Small, Medium and Large, and Pixtral
 * 12B.
 *
 * <p>Open-weights models carry their Hugging Face ids, with Mistral's API names ({@code open-mixtral-8x7b}) and
 * the reference catalog's short forms ({@code mixtral-8x7b}, which it listed as separate alias entries) as
 * aliases. Commercial models carry their dated API ids, with the {@code -latest} names as aliases: the reference
 * catalog listed only {@code mistral-small-latest}, {@code mistral-medium-latest} and {@code mistral-large-
 * latest}, with the facts of early-2024 versions that Mistral has since retired, so these stubs pin the versions
 * the {@code -latest} names pointed to when this catalog was written and take their published facts. Mistral
 * states no output limit apart from the context for those. Latency profiles come from the reference catalog,
 * mapped as described in {@link dev.modelcatalog.catalog}. Prices are USD per million tokens.
 */
@Provider(id = "mistral", name = "Mistral AI")
package dev.modelcatalog.catalog.mistral;

import dev.modelcatalog.annotations.Provider;
