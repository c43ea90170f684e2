package dev.modelcatalog.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.runtime.Fixtures;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.Route;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Routes in the detailed export: written by ModelJson, read back by ModelDocumentReader.readWithRoutes. */
class DocumentRoutesTest {

  private static String export(List<ModelDefinition> models, Map<String, List<Route>> routes) {
    return ModelJson.writePretty(
        ModelJson.list(models, m -> ModelJson.toDetailedJson(m, routes.getOrDefault(m.id(), List.of()))));
  }

  private static List<String> paths(InvalidCatalogDocumentException e) {
    return e.problems().stream().map(Problem::field).collect(Collectors.toList());
  }

  @Test
  void readWithRoutes_fixtureExport_givesBackModelsAndRoutes() {
    Map<String, List<Route>> routes = Fixtures.routes();
    ModelDocumentReader.Document document =
        ModelDocumentReader.readWithRoutes(export(Fixtures.all(), routes), "export");
    assertEquals(Fixtures.all(), document.models());
    assertEquals(routes, document.routes());
    assertEquals(List.of(), document.routesOf("o1"));
  }

  @Test
  void readWithRoutes_aDeprecatedModelPricedInEuros_andARouteWithItsLimits_comeBackEqual() {
    ModelDefinition model = ModelDefinition.builder("acme-chat").ownedBy("acme").contextWindow(32_000)
        .maxOutputTokens(8_000).deprecated(true).deprecationDate("2026-01-31").replacement("acme-chat-2")
        .pricing(dev.modelcatalog.runtime.Pricing.builder().currency("EUR").inputPerMillion(1).outputPerMillion(2)
            .build())
        .build();
    Route route = Route.builder("acme-cloud").model("acme-chat").maxOutputTokens(4_096)
        .endpoint("https://api.acme.example/v1").build();
    ModelDocumentReader.Document document = ModelDocumentReader.readWithRoutes(
        export(List.of(model), Map.of("acme-chat", List.of(route))), "export");
    assertEquals(List.of(model), document.models());
    assertEquals(List.of(route), document.routesOf("acme-chat"));
    assertEquals("EUR", document.models().get(0).pricing().orElseThrow().currency());
    assertTrue(document.models().get(0).deprecated());
  }

  @Test
  void route_writesOnlyTheOverridesItStates() {
    Route route = Route.builder("azure").model("gpt-4o").modelString("gpt-4o-2024-08-06").priority(3)
        .status(RouteStatus.MAINTENANCE).inputPerMillion(2.75).contextWindow(64_000).build();
    assertEquals("{\"platform\":\"azure\",\"model_string\":\"gpt-4o-2024-08-06\",\"priority\":3,"
        + "\"status\":\"maintenance\",\"input_per_million\":2.75,\"context_window\":64000}",
        ModelJson.write(ModelJson.route(route)));
    Route limited = Route.builder("acme-cloud").model("gpt-4o").maxOutputTokens(4_096)
        .endpoint("https://api.acme.example/v1").build();
    assertEquals("{\"platform\":\"acme-cloud\",\"model_string\":\"gpt-4o\",\"priority\":1,\"status\":\"active\","
        + "\"max_output_tokens\":4096,\"endpoint\":\"https://api.acme.example/v1\"}",
        ModelJson.write(ModelJson.route(limited)));
  }

  @Test
  void toDetailedJson_withoutRoutes_leavesTheFieldOut() {
    assertFalse(ModelJson.toDetailedJson(Fixtures.O1, List.of()).has("routes"));
    assertTrue(ModelJson.toDetailedJson(Fixtures.GPT_4O, Fixtures.routes().get("gpt-4o")).has("routes"));
  }

  @Test
  void read_documentWithRoutes_rejectsThemAsAnUnknownField() {
    String json = export(List.of(Fixtures.GPT_4O), Fixtures.routes());
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read(json, "export"));
    assertEquals(List.of("$.data[0].routes"), paths(e));
    assertEquals("unknown-field", e.problems().get(0).code());
  }

  @Test
  void readWithRoutes_invalidRoutes_listedByJsonPath() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.readWithRoutes("[{\"id\":\"m\",\"context_window\":1000,\"routes\":["
            + "{\"platform\":\"direct\",\"priority\":0},"
            + "{\"model_string\":\"x\"},"
            + "{\"platform\":\"groq\",\"status\":\"sleeping\",\"input_per_million\":\"cheap\"},"
            + "{\"platform\":\"Bad Platform\"},"
            + "{\"platform\":\"azure\",\"max_output_tokens\":10,\"colour\":1}]}]", "doc"));
    assertEquals(List.of("$[0].routes[0].priority", "$[0].routes[1].platform", "$[0].routes[2].status",
        "$[0].routes[2].input_per_million", "$[0].routes[3].platform", "$[0].routes[4].colour"), paths(e));
  }

  @Test
  void readWithRoutes_routesThatClashWithTheirModel_listedByJsonPath() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.readWithRoutes("{\"data\":[{\"id\":\"m\",\"context_window\":1000,\"routes\":["
            + "{\"platform\":\"direct\",\"priority\":1,\"context_window\":2000},"
            + "{\"platform\":\"groq\",\"priority\":1}]}]}", "doc"));
    assertEquals(List.of("$.data[0].routes[0].context_window", "$.data[0].routes[1].priority"), paths(e));
    assertEquals(List.of("route-context-exceeds-model", "route-duplicate-priority"),
        e.problems().stream().map(Problem::code).collect(Collectors.toList()));
  }
}
