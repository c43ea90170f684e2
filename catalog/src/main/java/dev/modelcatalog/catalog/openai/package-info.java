/**
 * OpenAI's models: GPT-OSS, GPT-4o and the GPT-4 and GPT-3.5 families, the o1 reasoning models, embeddings,
 * moderation, DALL-E, text to speech, Whisper, and the legacy TinyLlama chat model the reference server shipped
 * with.
 *
 * <p>Facts follow OpenAI's model and pricing pages; where the reference catalog disagrees, a stub's Javadoc says
 * what was corrected and why. Latency profiles come from the reference catalog, mapped as described in {@link
 * dev.modelcatalog.catalog}. Prices are USD per million tokens unless a stub says otherwise.
 */
@Provider(id = "openai", name = "OpenAI")
package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Provider;
