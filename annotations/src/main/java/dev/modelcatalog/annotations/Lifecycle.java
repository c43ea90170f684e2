package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a {@link Model} is in its life, and where it comes from. The licence is {@link Model#license()}; the
 * deprecation date and replacement are {@link Model#deprecationDate()} and {@link Model#replacement()}.
 *
 * <pre>{@code
 * @Lifecycle(status = LifecycleStatus.ACTIVE, releaseDate = "2024-07-23", openWeights = true,
 *            paperUrl = "https://arxiv.org/abs/2407.21783")
 * }</pre>
 *
 * <p>Checks: dates are real {@code YYYY-MM-DD} dates; {@link #lastUpdated()} and the model's deprecation date are
 * not before {@link #releaseDate()}; a {@link LifecycleStatus#RETIRED} model names a replacement; a status of
 * {@code ALPHA}, {@code BETA} or {@code ACTIVE} does not contradict {@code @Model(deprecated = true)}; URLs are
 * absolute {@code http} or {@code https} URLs with a host.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Lifecycle {

  /**
   * The status. Default {@link LifecycleStatus#ACTIVE}, or {@link LifecycleStatus#DEPRECATED} for a model with
   * {@code @Model(deprecated = true)}. {@code DEPRECATED} and {@code RETIRED} make the model deprecated.
   * Example {@code LifecycleStatus.BETA}.
   */
  LifecycleStatus status() default LifecycleStatus.ACTIVE;

  /** First public release, {@code YYYY-MM-DD}. Default: unknown. Example {@code "2024-05-13"}. */
  String releaseDate() default "";

  /**
   * Last change to the model or its weights, {@code YYYY-MM-DD}; not before {@link #releaseDate()}. Default:
   * unknown. Example {@code "2024-08-06"}.
   */
  String lastUpdated() default "";

  /**
   * Whether the weights can be downloaded (models.dev {@code open_weights}). Default {@code false}: closed or
   * unknown. Example {@code true} for Llama 3.1.
   */
  boolean openWeights() default false;

  /**
   * The paper or technical report, an absolute {@code http(s)} URL. Default: none. Example
   * {@code "https://arxiv.org/abs/2407.21783"}.
   */
  String paperUrl() default "";

  /**
   * The provider's documentation page for the model, an absolute {@code http(s)} URL. Default: none. Example
   * {@code "https://platform.openai.com/docs/models/gpt-4o"}.
   */
  String docsUrl() default "";
}
