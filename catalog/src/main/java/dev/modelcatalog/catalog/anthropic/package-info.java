/**
 * Anthropic's Claude models: Claude 3.5 Sonnet and Haiku, Claude 3 Opus, Sonnet and Haiku, and Claude 2.1.
 *
 * <p>Facts follow Anthropic's models overview and pricing pages. Across the family the reference catalog claimed
 * JSON mode, which Anthropic's API does not offer (JSON comes from prompting or tool use), and the chat preset's
 * log probabilities, which the API does not return: both flags are cleared on every stub. No Claude model offers
 * schema-enforced structured outputs in these versions. Latency profiles come from the reference catalog, mapped
 * as described in {@link dev.modelcatalog.catalog}. Prices are USD per million tokens; cache writes are the
 * 5-minute cache price.
 */
@Provider(id = "anthropic", name = "Anthropic")
package dev.modelcatalog.catalog.anthropic;

import dev.modelcatalog.annotations.Provider;
