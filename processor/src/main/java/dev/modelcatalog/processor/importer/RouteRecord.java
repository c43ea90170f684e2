package dev.modelcatalog.processor.importer;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Another platform's offer of a canonical model: where to call it, under which model string, at what price and
 * with which limits. Written as a {@code @Route} annotation on the canonical stub when
 * {@link ImportOptions#routes()} is on, and listed in the report either way.
 *
 * @param modelId the canonical model's id
 * @param platform the serving provider's id (for example {@code openrouter})
 * @param modelString the id that platform's API accepts, as written in the source
 * @param priority the route's rank among the model's routes, 1 first (by platform id)
 * @param inputPerMillion input price per million tokens, empty when the source states no cost
 * @param outputPerMillion output price per million tokens, empty when the source states no cost
 * @param contextWindow the platform's context window, after the importer's limit fixes
 * @param maxOutputTokens the platform's output limit, 0 when it states none apart from the context
 * @param status the platform's lifecycle status, empty when the source states none
 */
public record RouteRecord(String modelId, String platform, String modelString, int priority,
    OptionalDouble inputPerMillion, OptionalDouble outputPerMillion, int contextWindow, int maxOutputTokens,
    Optional<String> status) {

  public RouteRecord {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(modelString, "modelString");
    Objects.requireNonNull(inputPerMillion, "inputPerMillion");
    Objects.requireNonNull(outputPerMillion, "outputPerMillion");
    Objects.requireNonNull(status, "status");
  }
}
