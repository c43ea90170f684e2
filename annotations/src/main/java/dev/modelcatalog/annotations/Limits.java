package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Per-request limits of a {@link Model} beyond its context window and output limit, where the provider publishes
 * them. Every attribute is optional: {@code 0} means "not stated".
 *
 * <pre>{@code
 * @Limits(maxInputTokens = 272_000, maxImagesPerRequest = 500)
 * }</pre>
 *
 * <p>Checks: every stated number is at least 1; {@link #maxInputTokens()} is at most the context window; an image
 * limit needs image input and an audio limit audio input (see {@link Modalities}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Limits {

  /**
   * Most prompt tokens accepted per request (models.dev {@code limit.input}), when smaller than the context
   * window. Default 0: the context window applies. From 1 to {@link Model#contextWindow()}. Example
   * {@code 272_000}.
   */
  int maxInputTokens() default 0;

  /** Most images accepted in one request. Default 0: not stated; at least 1. Example {@code 500}. */
  int maxImagesPerRequest() default 0;

  /** Longest audio accepted in one request, in seconds. Default 0: not stated; at least 1. Example {@code 1_500}. */
  int maxAudioSecondsPerRequest() default 0;
}
