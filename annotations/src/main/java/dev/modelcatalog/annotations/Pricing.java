package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a {@link Model} costs, in {@link #currency()}, per million tokens unless named otherwise. Prices are
 * decimal literals and are converted exactly ({@code BigDecimal.valueOf}) when costs are computed. Every price is
 * finite and at least 0; an attribute left out means "not offered" (a cached input price left out charges the
 * normal input price).
 *
 * <pre>{@code
 * @Pricing(inputPerMillion = 2.50, outputPerMillion = 10.00, cachedInputPerMillion = 1.25)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Pricing {

  /** Price of one million input tokens. Default 0. Example {@code 2.50}. */
  double inputPerMillion() default 0;

  /** Price of one million output tokens. Default 0. Example {@code 10.00}. */
  double outputPerMillion() default 0;

  /** Price of one million cached input tokens; at most the input price (else a warning). Default: not offered. */
  double cachedInputPerMillion() default 0;

  /** Price of writing one million tokens to the prompt cache. Default: not offered. */
  double cacheWritePerMillion() default 0;

  /** Price of one generated image. Default: not offered. Example {@code 0.04}. */
  double perImage() default 0;

  /** Price of one minute of audio. Default: not offered. Example {@code 0.006}. */
  double audioPerMinute() default 0;

  /** ISO 4217 currency code. Default {@code "USD"}. */
  String currency() default "USD";

  // ------------------------------------------------------------------------------------- model facts: prices

  /**
   * Price of one million reasoning (thinking) tokens, which are part of the output tokens (OpenAI's
   * {@code completion_tokens_details.reasoning_tokens}; models.dev {@code cost.reasoning}). Default: not offered,
   * reasoning tokens are charged at {@link #outputPerMillion()}. Example {@code 3.50}.
   */
  double reasoningPerMillion() default 0;

  /**
   * Price of one million audio input tokens, which are part of the input tokens (OpenAI's
   * {@code prompt_tokens_details.audio_tokens}; models.dev {@code cost.input_audio}). Default: not offered, audio
   * tokens are charged at {@link #inputPerMillion()}. Example {@code 40.00}.
   */
  double audioInputPerMillion() default 0;

  /**
   * Price of one million audio output tokens, which are part of the output tokens (models.dev
   * {@code cost.output_audio}). Default: not offered, audio tokens are charged at {@link #outputPerMillion()}.
   * Example {@code 80.00}.
   */
  double audioOutputPerMillion() default 0;

  /**
   * A flat price per request, on top of the token prices (search fees, for instance). Default: none. Example
   * {@code 0.005}.
   */
  double perRequest() default 0;

  /**
   * The input tokens above which the long-context prices apply (models.dev {@code cost.context_over_200k} is the
   * tier at {@code 200_000}). A request whose input tokens, cached ones included, exceed the threshold is charged
   * {@link #longContextInputPerMillion()} for all its uncached input tokens and
   * {@link #longContextOutputPerMillion()} for all its output tokens; cached tokens keep the cached price.
   * Default 0: no tier. From 1 to below the context window, and stated together with at least one long-context
   * price. Example {@code 200_000}.
   */
  int longContextThreshold() default 0;

  /**
   * Price of one million input tokens in a request above {@link #longContextThreshold()}. Default: the normal
   * input price. Example {@code 2.50} (Gemini 2.5 Pro above 200k tokens).
   */
  double longContextInputPerMillion() default 0;

  /**
   * Price of one million output tokens in a request above {@link #longContextThreshold()}. Default: the normal
   * output price. Example {@code 15.00}.
   */
  double longContextOutputPerMillion() default 0;
}
