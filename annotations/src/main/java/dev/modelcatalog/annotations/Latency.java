package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The latency profile of a {@link Model}, in seconds, for servers that simulate realistic timing. Start from a
 * {@link #preset()} and state only what differs; a model without {@code @Latency} uses {@link LatencyPreset#MEDIUM}.
 * Multipliers scale the time to first token and the inter-token latency when a request uses that feature.
 *
 * <pre>{@code
 * @Latency(preset = LatencyPreset.LARGE, ttftMean = 0.8)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Latency {

  /** The profile to start from. Default {@link LatencyPreset#MEDIUM}. */
  LatencyPreset preset() default LatencyPreset.MEDIUM;

  /** Mean time to first token, seconds; finite, above 0 for generating models. Default: the preset's. */
  double ttftMean() default 0.3;

  /** Standard deviation of the time to first token, seconds; finite, at least 0. Default: the preset's. */
  double ttftStd() default 0.1;

  /** Mean inter-token latency, seconds; finite, above 0 for generating models. Default: the preset's. */
  double itlMean() default 0.05;

  /** Standard deviation of the inter-token latency, seconds; finite, at least 0. Default: the preset's. */
  double itlStd() default 0.02;

  /** Multiplier for requests with image input; finite, at least 1. Default 1.5. */
  double vision() default 1.5;

  /** Multiplier for requests with audio; finite, at least 1. Default 1.3. */
  double audio() default 1.3;

  /** Multiplier for requests with video; finite, at least 1. Default 2.0. */
  double video() default 2.0;

  /** Multiplier for reasoning requests; finite, at least 1. Default 2.5. */
  double reasoning() default 2.5;

  /** Multiplier for requests with tools; finite, at least 1. Default 1.2. */
  double toolCalling() default 1.2;
}
