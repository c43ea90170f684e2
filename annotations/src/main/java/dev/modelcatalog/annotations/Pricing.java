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
}
