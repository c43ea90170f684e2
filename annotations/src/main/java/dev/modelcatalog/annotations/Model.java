package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a model on an empty stub class inside a {@link Provider} package. The processor validates the
 * declaration and generates an immutable definition for it in the provider's catalog.
 *
 * <pre>{@code
 * @Model(id = "openai/gpt-oss-120b", ownedBy = "openai", preset = CapabilityPreset.REASONING,
 *        contextWindow = 131_072, maxOutputTokens = 32_768)
 * final class GptOss120b {}
 * }</pre>
 *
 * <p>Attributes left out take the default given here; a default of {@code ""} or {@code 0} means "not stated".
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {

  /**
   * The canonical id, as the provider's API accepts it. Required; unique in the catalog and on the class path.
   * 1 to 256 characters from letters, digits and {@code -_.:/@+}, no whitespace. Examples: {@code "gpt-4o"},
   * {@code "meta-llama/Llama-3.1-8B-Instruct"}.
   */
  String id();

  /** Display name. Default: the id. Example {@code "GPT-4o"}. */
  String name() default "";

  /** The organisation that owns the model ({@code owned_by} in the OpenAI API). Default: the provider id. */
  String ownedBy() default "";

  /**
   * Creation time in epoch seconds ({@code created} in the OpenAI API). Default 0: unknown. When stated, between
   * 2015-01-01 and now. Example {@code 1715558400} (2024-05-13).
   */
  long created() default 0;

  /** A sentence or two for people browsing the catalog. Default: none. */
  String description() default "";

  /** The model's version string. Default: none. Example {@code "2024-08-06"}. */
  String version() default "";

  /** Maximum tokens of input plus output per request. Required; at least 1. Example {@code 128_000}. */
  int contextWindow();

  /**
   * Maximum tokens the model generates per request. Default 0: not stated, the context window applies.
   * When stated, from 1 to {@link #contextWindow()}. Example {@code 16_384}.
   */
  int maxOutputTokens() default 0;

  /** Training-data cutoff as {@code YYYY-MM}. Default: unknown. Example {@code "2023-10"}. */
  String trainingCutoff() default "";

  /** Free-form tags, lower case without spaces. Default: none. Example {@code {"flagship", "multimodal"}}. */
  String[] tags() default {};

  /**
   * Other ids that resolve to this model (short forms, dated snapshots). Same character rules as {@link #id()};
   * unique across the catalog. Example {@code {"gpt-4o-2024-08-06"}}.
   */
  String[] aliases() default {};

  /** For a fine-tune: the id of the model it was tuned from. Must name a known model. Default: none. */
  String baseModel() default "";

  /** The direct parent in a lineage of fine-tunes. Must name a known model. Default: none. */
  String parent() default "";

  /** The root of a lineage of fine-tunes. Must name a known model. Default: none. */
  String root() default "";

  /** Whether the provider has deprecated the model. Default {@code false}. */
  boolean deprecated() default false;

  /** When the model was (or will be) deprecated, as {@code YYYY-MM-DD}. Default: none. */
  String deprecationDate() default "";

  /** The id of the model that replaces this one. Must name a known model. Default: none. */
  String replacement() default "";

  /** The licence, as an SPDX id or a short name. Default: none. Example {@code "apache-2.0"}. */
  String license() default "";

  /**
   * The starting set of capabilities; {@link Capabilities} states what differs. Default
   * {@link CapabilityPreset#CHAT}.
   */
  CapabilityPreset preset() default CapabilityPreset.CHAT;
}
