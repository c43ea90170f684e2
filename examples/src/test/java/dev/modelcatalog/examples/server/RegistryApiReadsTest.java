package dev.modelcatalog.examples.server;

import static dev.modelcatalog.examples.server.ServerFixture.get;
import static dev.modelcatalog.examples.server.ServerFixture.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.examples.catalog.Recommendation;
import dev.modelcatalog.examples.catalog.Recommendations;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.CapabilityReport;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.json.ModelJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry API's read routes over real HTTP, each answer compared with what the registry itself says. */
class RegistryApiReadsTest extends SampleServerPerTest {

  private final ModelRegistry expected = SampleCatalog.registry();

  @Test
  void stats_areTheRegistrysStats() {
    ServerFixture.Reply reply = get(server, "/api/registry/stats");
    assertEquals(200, reply.status());
    assertEquals(RegistryJson.stats(expected.stats()), reply.json());
    JsonNode stats = reply.json();
    assertEquals(SampleCatalog.models().size(), stats.get("total_models").asInt());
    // Counted here too, so that the test does not only repeat RegistryJson.
    for (Capability capability : Capability.values()) {
      long models = SampleCatalog.models().stream().filter(m -> m.has(capability)).count();
      assertEquals(models, stats.get("capabilities").path(capability.jsonName()).asLong(0), capability.jsonName());
    }
    for (ModelDefinition model : SampleCatalog.models()) {
      long owned = SampleCatalog.models().stream().filter(m -> m.ownedBy().equals(model.ownedBy())).count();
      assertEquals(owned, stats.get("owners").path(model.ownedBy()).asLong(), model.ownedBy());
    }
  }

  @Test
  void modelCapabilities_areTheModelsCapabilityReport() {
    ModelDefinition gpt4o = expected.find("gpt-4o").orElseThrow();
    ServerFixture.Reply reply = get(server, "/api/registry/models/gpt-4o/capabilities");
    assertEquals(200, reply.status());
    assertEquals(ModelJson.capabilities(CapabilityReport.of(gpt4o)).toString(), reply.body());
  }

  /** A typo resolves to a model: that model is the answer, so it is not suggested again beside the others. */
  @Test
  void search_typo_didYouMeanLeavesOutTheModelItResolvedTo() {
    List<String> others = expected.suggest("gpt-4o-mni", 5).stream().filter(id -> !id.equals("gpt-4o-mini"))
        .toList();
    assertFalse(others.isEmpty(), "the registry suggests more than the model");
    JsonNode body = get(server, "/api/registry/search?q=gpt-4o-mni").json();
    assertEquals("gpt-4o-mini", body.get("resolved").get("id").asText());
    List<String> didYouMean = new ArrayList<>();
    body.get("did_you_mean").forEach(id -> didYouMean.add(id.asText()));
    assertEquals(others, didYouMean);
  }

  /** A route states its own endpoint when it has one; the others have none. */
  @Test
  void routes_endpoint_isShownWhenTheRouteStatesOne() {
    ModelRegistry registry = SampleCatalog.registry();
    registry.addRoute(Route.builder("local").model("o1").priority(5).endpoint("https://llm.example.com/v1")
        .build());
    try (ModelServer routed = ModelServer.start(registry, ServerConfig.local(0))) {
      JsonNode data = get(routed, "/api/registry/models/o1/routes").json().get("data");
      assertEquals(2, data.size(), data.toString());
      assertEquals("direct", data.get(0).get("platform").asText());
      assertFalse(data.get(0).has("endpoint"), data.toString());
      assertEquals("https://llm.example.com/v1", data.get(1).get("endpoint").asText());
    }
  }

  /** A query that names a model for certain (its id) gets no suggestions beside it. */
  @Test
  void search_exactId_hasNoDidYouMean() {
    assertFalse(expected.suggest("gpt-4o", 5).isEmpty(), "the registry has suggestions for it");
    JsonNode body = get(server, "/api/registry/search?q=gpt-4o").json();
    assertEquals("gpt-4o", body.get("resolved").get("id").asText());
    assertEquals(0, body.get("did_you_mean").size(), body.toString());
  }

  /** Equal input prices are ordered by output price, then by id; a model without a price is not listed. */
  @Test
  void pricing_tiesAreBrokenByOutputPriceThenId_andUnpricedModelsAreLeftOut() {
    ModelRegistry registry = SampleCatalog.registry();
    registry.register(priced("acme/a-dear-output", 0.001, 5.0));
    registry.register(priced("acme/b-cheap-output", 0.001, 1.0));
    registry.register(priced("acme/c-cheap-output", 0.001, 1.0));
    registry.register(ModelDefinition.builder("acme/unpriced").ownedBy("acme").contextWindow(1_000).build());
    try (ModelServer priced = ModelServer.start(registry, ServerConfig.local(0))) {
      List<String> ids = new ArrayList<>();
      get(priced, "/api/registry/pricing?owned_by=acme").json().get("data")
          .forEach(entry -> ids.add(entry.get("id").asText()));
      assertEquals(List.of("acme/b-cheap-output", "acme/c-cheap-output", "acme/a-dear-output"), ids);
    }
  }

  private static ModelDefinition priced(String id, double input, double output) {
    return ModelDefinition.builder(id).ownedBy("acme").contextWindow(1_000).pricing(input, output).build();
  }

  @Test
  void pricing_withoutTokenCounts_hasNoCost() {
    JsonNode data = get(server, "/api/registry/pricing").json().get("data");
    assertFalse(data.isEmpty());
    data.forEach(entry -> assertFalse(entry.has("cost"), entry.toString()));
  }

  /** Either count alone prices a request with none of the other. */
  @Test
  void pricing_oneTokenCount_costsTheOtherAsZero() {
    assertCosts("prompt_tokens=20000", 20_000, 0);
    assertCosts("output_tokens=3000", 0, 3_000);
  }

  private void assertCosts(String query, long input, long output) {
    JsonNode data = get(server, "/api/registry/pricing?" + query).json().get("data");
    assertFalse(data.isEmpty());
    for (JsonNode entry : data) {
      ModelDefinition model = expected.find(entry.get("id").asText()).orElseThrow();
      assertEquals(model.pricing().orElseThrow().cost(input, output).toPlainString(), entry.get("cost").asText(),
          query + ": " + entry);
    }
  }

  @Test
  void pricing_negativeTokenCount_is400NamingTheParameter() {
    for (String param : List.of("prompt_tokens", "output_tokens")) {
      ServerFixture.Reply reply = get(server, "/api/registry/pricing?" + param + "=-5");
      assertEquals(400, reply.status(), reply.body());
      assertEquals(param, reply.json().get("error").get("param").asText());
      assertEquals("invalid_number", reply.json().get("error").get("code").asText());
      assertEquals(param + " must be at least 0, got -5", reply.json().get("error").get("message").asText());
    }
  }

  @Test
  void recommend_isTheRankingOfTheBodysFilters() {
    String body = "{\"required_capabilities\":[\"chat\"],\"excluded_capabilities\":[\"reasoning\"],"
        + "\"optional_capabilities\":[\"vision\"],\"prompt_tokens\":40000,\"max_output_tokens\":2000,\"limit\":3}";
    List<Recommendation> ranked = Recommendations.rank(expected, Set.of(Capability.CHAT), Set.of(Capability.VISION),
        Set.of(Capability.REASONING), 40_000, 2_000, 3);
    ServerFixture.Reply reply = send(server, "POST", "/api/registry/recommend", null, body);
    assertEquals(RegistryJson.list(ranked.stream().map(RegistryJson::recommendation).toList()).toString(),
        reply.body());
    assertEquals(3, reply.json().get("data").size());
  }

  /** Absent counts take their defaults: 1,000 prompt tokens, 500 output tokens, five models. */
  @Test
  void recommend_absentCounts_takeTheirDefaults() {
    List<Recommendation> ranked = Recommendations.rank(expected, Set.of(), Set.of(), Set.of(), 1_000, 500, 5);
    ServerFixture.Reply reply = send(server, "POST", "/api/registry/recommend", null, "{}");
    assertEquals(RegistryJson.list(ranked.stream().map(RegistryJson::recommendation).toList()).toString(),
        reply.body());
    assertEquals(5, reply.json().get("data").size());
  }

  @Test
  void recommend_zeroTokenCounts_areCounts() {
    String body = "{\"prompt_tokens\":0,\"max_output_tokens\":0,\"limit\":1}";
    ServerFixture.Reply reply = send(server, "POST", "/api/registry/recommend", null, body);
    assertEquals(200, reply.status(), reply.body());
    List<Recommendation> ranked = Recommendations.rank(expected, Set.of(), Set.of(), Set.of(), 0, 0, 1);
    assertEquals(RegistryJson.list(ranked.stream().map(RegistryJson::recommendation).toList()).toString(),
        reply.body());
  }

  @Test
  void search_limitOutOfRange_is400NamingIt() {
    for (String limit : new String[] {"0", "-5", "101"}) {
      ServerFixture.Reply reply = get(server, "/api/registry/search?q=llama&limit=" + limit);
      assertEquals(400, reply.status(), reply.body());
      assertEquals("limit", reply.json().get("error").get("param").asText());
      assertEquals("limit must be from 1 to 100, got " + limit, reply.json().get("error").get("message").asText());
    }
    assertEquals(2, get(server, "/api/registry/search?q=llama&limit=2").json().get("data").size());
  }

  /** A limit outside 1 to 100 is refused, not quietly changed into one that is inside. */
  @Test
  void recommend_limitOutOfRange_is400NamingIt() {
    for (String limit : new String[] {"0", "101"}) {
      ServerFixture.Reply reply = send(server, "POST", "/api/registry/recommend", null, "{\"limit\":" + limit + "}");
      assertEquals(400, reply.status(), reply.body());
      assertEquals("limit", reply.json().get("error").get("param").asText());
      assertEquals("limit must be from 1 to 100, got " + limit, reply.json().get("error").get("message").asText());
    }
    assertEquals(200, send(server, "POST", "/api/registry/recommend", null, "{\"limit\":100}").status());
  }

  /** A misspelt filter is refused: ignoring it would answer as if no filter had been asked for. */
  @Test
  void recommend_unknownField_is400NamingIt() {
    ServerFixture.Reply reply = send(server, "POST", "/api/registry/recommend", null,
        "{\"required_capabilites\":[\"vision\"]}");
    assertEquals(400, reply.status(), reply.body());
    JsonNode error = reply.json().get("error");
    assertEquals("required_capabilites", error.get("param").asText());
    assertEquals("invalid_field", error.get("code").asText());
    assertTrue(error.get("message").asText().startsWith("required_capabilites: is not a known field; expected"
        + " required_capabilities, "), error.get("message").asText());
  }
}
