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
 * contextWindow, maxOutputTokens, status)}; prices, output limit and status are left out when the source states
 * none.
 */
final class RouteWriter {

  /** The repeatable route annotation of the annotations module. */
  static final ClassName ROUTE = ClassName.get("dev.modelcatalog.annotations", "Route");

  private RouteWriter() {}

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

  /** The {@code @Route} annotation for one record. */
  static AnnotationSpec annotation(RouteRecord route) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(ROUTE)
        .addMember("platform", "$S", route.platform())
        .addMember("modelString", "$S", route.modelString())
        .addMember("priority", "$L", route.priority());
    route.inputPerMillion().ifPresent(v -> spec.addMember("inputPerMillion", "$L", Literals.price(v)));
    route.outputPerMillion().ifPresent(v -> spec.addMember("outputPerMillion", "$L", Literals.price(v)));
    spec.addMember("contextWindow", "$L", Literals.tokens(route.contextWindow()));
    if (route.maxOutputTokens() > 0) {
      spec.addMember("maxOutputTokens", "$L", Literals.tokens(route.maxOutputTokens()));
    }
    route.status().ifPresent(status -> spec.addMember("status", "$S", status));
    return spec.build();
  }
}
