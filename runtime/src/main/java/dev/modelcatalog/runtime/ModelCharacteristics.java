package dev.modelcatalog.runtime;

import java.util.Optional;

/**
 * What a model id suggests about the model, as {@link Discovery#inferCharacteristics} reads it. These are
 * guesses from naming conventions, used to give an unknown model sensible defaults, never facts.
 *
 * @param reasoning reasons before answering ({@code o1}, {@code -r1}, {@code reasoner}, {@code thinking})
 * @param moe a mixture of experts ({@code 8x7b}, {@code mixtral}, {@code -a3b} active parameters)
 * @param vision reads images
 * @param audio hears or speaks
 * @param video reads or makes video
 * @param embedding produces embeddings
 * @param fineTuned a fine-tune of another model ({@code ft:} ids)
 * @param small a small model ({@code mini}, {@code nano}, at most 10B parameters)
 * @param large a large model ({@code large}, {@code opus}, at least 65B parameters)
 * @param estimatedSize the parameter count as written in the id: {@code "8b"}, {@code "8x7b"}
 * @param provider the likely provider: {@code openai}, {@code anthropic}, {@code meta}, {@code mistral} ...
 */
public record ModelCharacteristics(
    boolean reasoning, boolean moe, boolean vision, boolean audio, boolean video, boolean embedding,
    boolean fineTuned, boolean small, boolean large, Optional<String> estimatedSize, Optional<String> provider) {}
