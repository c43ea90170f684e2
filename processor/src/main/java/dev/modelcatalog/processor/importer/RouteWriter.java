package dev.modelcatalog.processor.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Turns a model's other entries into routes: the records the report lists, and the {@code @Route} annotations
 * written on the canonical stub when {@link ImportOptions#routes()} is on. All route output is made here.
 *
 * <p>A route is written as {@code @Route(platform, modelString, priority, inputPerMillion, outputPerMillion,
 * contextWindow, maxOutputTokens, status, endpoint)}; prices, limits, status and endpoint are left out when the
 * source states none. Source providers that are one of {@code @Route}'s built-in platforms are written under that
 * platform's id ({@code amazon-bedrock} as {@code bedrock}, {@code nvidia} as {@code nvidia-nim}, ...); routes of
 * this project's own export already name platforms and are written as they are ({@link #annotationAsIs}). A
 * status of {@code alpha}, {@code beta} or {@code preview} becomes {@code RouteStatus.BETA}, {@code maintenance}
 * and {@code inactive} their own constants; any other is left to the default ({@code ACTIVE}) and kept in the
 * report.
 */
final class RouteWriter {

  /** The repeatable route annotation of the annotations module. */
  static final ClassName ROUTE = ClassName.get("dev.modelcatalog.annotations", "Route");

  /** The route status enum of the annotations module. */
  static final ClassName ROUTE_STATUS = ClassName.get("dev.modelcatalog.annotations", "RouteStatus");

  /** Source provider ids that are built-in {@code @Route} platforms under another id. */
  private static final java.util.Map<String, String> BUILT_IN_PLATFORMS = java.util.Map.of(
      "amazon-bedrock", "bedrock", "google-vertex", "vertex", "google-vertex-anthropic", "vertex",
      "nvidia", "nvidia-nim", "togetherai", "together", "lmstudio", "local");

  private RouteWriter() {}

  /** The {@code @Route} platform id for a source provider id. */
  static String platform(String provider) {
    return BUILT_IN_PLATFORMS.getOrDefault(provider, provider);
  }

  /** The route records of a model, priorities 1, 2, ... in platform order. */
  static List<RouteRecord> records(ImportedModel model) {
    List<RouteRecord> records = new ArrayList<>();
    int priority = 1;
    for (ModelFacts route : model.routes()) {
      ModelFacts.Prices prices = route.pricing();
      records.add(new RouteRecord(model.canonical().id(), route.provider(), route.sourceId(), priority++,
          prices == null ? OptionalDouble.empty() : OptionalDouble.of(prices.input()),
          prices == null ? OptionalDouble.empty() : OptionalDouble.of(prices.output()),
          route.contextWindow(), route.maxOutputTokens(), java.util.Optional.ofNullable(route.status())));
    }
    return records;
  }

  /** Whether the record's platform, mapped to a platform id, is one of the runtime's built-in platforms. */
  static boolean builtInPlatform(RouteRecord route) {
    String id = platform(route.platform());
    return dev.modelcatalog.runtime.Platform.builtIn().stream().anyMatch(p -> p.id().equals(id));
  }

  /** The {@code @Route} annotation for one record whose platform is a source provider id. */
  static AnnotationSpec annotation(RouteRecord route) {
    return annotation(route, platform(route.platform()));
  }

  /** The {@code @Route} annotation for one record whose platform is already a platform id. */
  static AnnotationSpec annotationAsIs(RouteRecord route) {
    return annotation(route, route.platform());
  }

  private static AnnotationSpec annotation(RouteRecord route, String platform) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(ROUTE)
        .addMember("platform", "$S", platform)
        .addMember("modelString", "$S", route.modelString())
        .addMember("priority", "$L", route.priority());
    route.inputPerMillion().ifPresent(v -> spec.addMember("inputPerMillion", "$L", Literals.price(v)));
    route.outputPerMillion().ifPresent(v -> spec.addMember("outputPerMillion", "$L", Literals.price(v)));
    if (route.contextWindow() > 0) {
      spec.addMember("contextWindow", "$L", Literals.tokens(route.contextWindow()));
    }
    if (route.maxOutputTokens() > 0) {
      spec.addMember("maxOutputTokens", "$L", Literals.tokens(route.maxOutputTokens()));
    }
    route.status().map(RouteWriter::status)
        .ifPresent(status -> spec.addMember("status", "$T.$L", ROUTE_STATUS, status));
    route.endpoint().ifPresent(endpoint -> spec.addMember("endpoint", "$S", endpoint));
    return spec.build();
  }

  /** The {@code RouteStatus} constant for a source status, or null for the default. */
  private static String status(String status) {
    if (status.matches("(?i)alpha|beta|preview")) {
      return "BETA";
    }
    if (status.matches("(?i)maintenance|inactive")) {
      return status.toUpperCase(java.util.Locale.ROOT);
    }
    return null;
  }
}
