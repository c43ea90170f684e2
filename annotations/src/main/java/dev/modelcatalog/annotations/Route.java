package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One way to reach a {@link Model}: through a platform (the provider's own API, a router such as OpenRouter, a
 * cloud such as Azure or Bedrock), under the model string that platform expects. Repeat the annotation for every
 * platform; the registry orders routes by {@link #status()} and {@link #priority()} to build the model's
 * fallback chain.
 *
 * <pre>{@code
 * @Model(id = "gpt-4o", contextWindow = 128_000)
 * @Pricing(inputPerMillion = 2.50, outputPerMillion = 10.00)
 * @Route(platform = "direct", priority = 1)
 * @Route(platform = "openrouter", modelString = "openai/gpt-4o", priority = 2)
 * @Route(platform = "azure", modelString = "gpt-4o-2024-08-06", priority = 3, inputPerMillion = 2.75)
 * final class Gpt4o {}
 * }</pre>
 *
 * <p>Price and limit attributes override the model's own values on this route only; an attribute left out keeps
 * the model's value. The processor reports an unknown platform, two routes of a model with the same priority, and
 * a negative or non-finite price.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Routes.class)
public @interface Route {

  /**
   * The platform's id: one of the built-in platforms ({@code direct}, {@code openrouter}, {@code azure},
   * {@code bedrock}, {@code vertex}, {@code nvidia-nim}, {@code together}, {@code groq}, {@code local}) or one
   * declared with {@link Platform}. Required. Example {@code "openrouter"}.
   */
  String platform();

  /**
   * The model string the platform's API expects. Default {@code ""}: the model's id. Same character rules as
   * {@link Model#id()}. Example {@code "openai/gpt-4o"} on OpenRouter.
   */
  String modelString() default "";

  /**
   * Position in the fallback chain, 1 being the primary route; unique among the model's routes; at least 1.
   * Default 1. Example {@code 2}.
   */
  int priority() default 1;

  /** Whether the route takes traffic. Default {@link RouteStatus#ACTIVE}. */
  RouteStatus status() default RouteStatus.ACTIVE;

  /**
   * Price of one million input tokens on this route, in the model's {@link Pricing#currency()}; finite, at least
   * 0. Default: left out, the model's own {@link Pricing#inputPerMillion()} applies. Example {@code 2.75}.
   */
  double inputPerMillion() default 0;

  /**
   * Price of one million output tokens on this route, in the model's currency; finite, at least 0. Default: left
   * out, the model's own {@link Pricing#outputPerMillion()} applies. Example {@code 11.00}.
   */
  double outputPerMillion() default 0;

  /**
   * The context window on this route, in tokens, when the platform serves less than the model can take; from 1
   * to the model's {@link Model#contextWindow()}. Default 0: the model's context window. Example {@code 32_768}.
   */
  int contextWindow() default 0;

  /**
   * The most tokens generated per request on this route; from 1 to the route's context window. Default 0: the
   * model's {@link Model#maxOutputTokens()}. Example {@code 4_096}.
   */
  int maxOutputTokens() default 0;

  /**
   * An endpoint URL that replaces the platform's base URL for this route. Default {@code ""}: the platform's.
   * Example {@code "https://my-resource.openai.azure.com/openai/deployments/gpt-4o"}.
   */
  String endpoint() default "";
}
