package dev.modelcatalog.examples.server;

import static dev.modelcatalog.examples.server.ServerFixture.get;
import static dev.modelcatalog.examples.server.ServerFixture.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.json.InvalidCatalogDocumentException;
import dev.modelcatalog.runtime.store.FileRegistryStore;
import dev.modelcatalog.runtime.store.RegistryStore;
import dev.modelcatalog.runtime.store.RegistrySync;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry API over real HTTP: reads, guarded writes, persistence across a restart. */
class RegistryApiTest {

  private static final String TOKEN = "test-admin-token-0123456789";
  private static final String NEW_MODEL = "{\"id\":\"acme/tiny-1\",\"owned_by\":\"acme\",\"context_window\":4096,"
      + "\"capabilities\":[\"chat\",\"streaming\"],\"pricing\":{\"input_per_million\":0.01,"
      + "\"output_per_million\":0.02}}";

  @TempDir Path dir;
  private ModelServer server;

  @BeforeEach
  void start() {
    server = startOn(dir.resolve("state.json"));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static ModelServer startOn(Path state) {
    return ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0).withAdminToken(TOKEN)
        .withStateFile(state));
  }

  @Test
  void models_filters_matchTheServiceAnswer() {
    JsonNode body = get(server, "/api/registry/models?capability=reasoning&moe=true").json();
    List<String> expected = SampleCatalog.models().stream()
        .filter(m -> m.has(Capability.REASONING) && m.moe().isPresent()).map(ModelDefinition::id).toList();
    assertEquals(expected.size(), body.get("data").size());
    assertEquals(expected.get(0), body.get("data").get(0).get("id").asText());
    assertEquals(1, get(server, "/api/registry/models?status=deprecated").json().get("data").size());
  }

  @Test
  void models_currencyInAnyCase_isTheIsoCode_andNoCodeIs400() {
    JsonNode upper = get(server, "/api/registry/models?max_input_price=5&currency=USD").json().get("data");
    assertTrue(upper.size() > 0, upper.toString());
    assertEquals(upper, get(server, "/api/registry/models?max_input_price=5&currency=usd").json().get("data"));
    ServerFixture.Reply reply = get(server, "/api/registry/models?max_input_price=5&currency=dollars");
    assertEquals(400, reply.status());
    assertEquals("currency", reply.json().get("error").get("param").asText());
    assertEquals("invalid_currency", reply.json().get("error").get("code").asText());
  }

  @Test
  void models_moeFalseOrZero_listsDenseModels_andANonBooleanIs400() {
    List<String> dense = SampleCatalog.models().stream().filter(m -> m.moe().isEmpty())
        .map(ModelDefinition::id).sorted().toList();
    for (String value : List.of("false", "0", "FALSE")) {
      JsonNode data = get(server, "/api/registry/models?moe=" + value + "&limit=1000").json().get("data");
      List<String> ids = new java.util.ArrayList<>();
      data.forEach(model -> ids.add(model.get("id").asText()));
      assertEquals(dense, ids.stream().sorted().toList(), value);
    }
    assertEquals(get(server, "/api/registry/models?moe=true&limit=1000").json(),
        get(server, "/api/registry/models?moe=1&limit=1000").json());
    ServerFixture.Reply reply = get(server, "/api/registry/models?moe=maybe");
    assertEquals(400, reply.status());
    assertEquals("moe", reply.json().get("error").get("param").asText());
    assertEquals("invalid_boolean", reply.json().get("error").get("code").asText());
  }

  /** A number the query refuses (not one the parser refuses) is a 400 naming the parameter it came from. */
  @Test
  void models_negativeLimitsAndPrices_are400NamingTheParameter() {
    for (String param : List.of("min_context", "max_input_price", "max_output_price")) {
      ServerFixture.Reply reply = get(server, "/api/registry/models?" + param + "=-1");
      assertEquals(400, reply.status(), param + ": " + reply.body());
      assertEquals(param, reply.json().get("error").get("param").asText(), reply.body());
      assertEquals("invalid_number", reply.json().get("error").get("code").asText());
    }
  }

  @Test
  void models_badStatus_is400() {
    ServerFixture.Reply reply = get(server, "/api/registry/models?status=sleeping");
    assertEquals(400, reply.status());
    assertEquals("status", reply.json().get("error").get("param").asText());
    assertTrue(reply.json().get("error").get("message").asText()
        .endsWith("is no status; expected alpha, beta, active, deprecated or retired"), reply.body());
    assertEquals(200, get(server, "/api/registry/models?status=retired").status(), "every status filters");
  }

  @Test
  void search_typo_resolvesWithStrategyAndConfidence() {
    JsonNode body = get(server, "/api/registry/search?q=gtp-4o").json();
    assertEquals("gpt-4o", body.get("resolved").get("id").asText());
    assertEquals("edit_distance", body.get("resolved").get("strategy").asText());
    double confidence = body.get("resolved").get("confidence").asDouble();
    assertTrue(confidence > 0 && confidence < 1, body.toString());
    List<String> suggested = new java.util.ArrayList<>();
    body.get("did_you_mean").forEach(id -> suggested.add(id.asText()));
    assertFalse(suggested.contains("gpt-4o"), "the resolved model is not suggested again");
  }

  @Test
  void search_unknownModel_didYouMeanIsTheRegistrysSuggestions() {
    JsonNode body = get(server, "/api/registry/search?q=gpt-5").json();
    assertTrue(body.get("resolved").isNull(), "numbers name another model, never a typo");
    List<String> suggested = new java.util.ArrayList<>();
    body.get("did_you_mean").forEach(id -> suggested.add(id.asText()));
    assertEquals(SampleCatalog.registry().suggest("gpt-5", 5), suggested);
    assertTrue(suggested.contains("gpt-4o"), suggested.toString());
  }

  @Test
  void search_words_rankModelsContainingAll() {
    JsonNode body = get(server, "/api/registry/search?q=mixtral%20moe").json();
    assertEquals("mistralai/Mixtral-8x7B-Instruct-v0.1", body.get("data").get(0).get("id").asText());
    assertEquals(1, body.get("data").size());
  }

  @Test
  void capabilityMatrix_listsModelsPerCapability() {
    JsonNode matrix = get(server, "/api/registry/capabilities").json();
    long embeddings = SampleCatalog.models().stream().filter(m -> m.has(Capability.EMBEDDINGS)).count();
    assertEquals(embeddings, matrix.get("embeddings").size());
    assertEquals(Capability.values().length, matrix.size());
  }

  @Test
  void pricing_isSortedByInputPrice() {
    JsonNode data = get(server, "/api/registry/pricing").json().get("data");
    ModelDefinition cheapest = SampleCatalog.models().stream()
        .min(Comparator.comparingDouble(m -> m.pricing().orElseThrow().inputPerMillion())).orElseThrow();
    assertEquals(cheapest.id(), data.get(0).get("id").asText());
    for (int i = 1; i < data.size(); i++) {
      assertTrue(data.get(i - 1).get("input_per_million").asDouble() <= data.get(i).get("input_per_million")
          .asDouble());
    }
  }

  @Test
  void recommend_ranksByOptionalThenCost() {
    String body = "{\"required_capabilities\":[\"tool_calling\"],\"optional_capabilities\":[\"vision\"],"
        + "\"prompt_tokens\":100000,\"max_output_tokens\":1000,\"limit\":3}";
    JsonNode data = send(server, "POST", "/api/registry/recommend", null, body).json().get("data");
    assertEquals("gpt-4o-mini", data.get(0).get("id").asText(), data.toString());
    java.math.BigDecimal cost = SampleCatalog.models().stream().filter(m -> m.id().equals("gpt-4o-mini"))
        .findFirst().orElseThrow().pricing().orElseThrow().cost(100_000, 1000);
    assertEquals(cost.toPlainString(), data.get(0).get("cost").asText());
    assertEquals("[\"vision\"]", data.get(0).get("optional_matched").toString());
  }

  @Test
  void recommend_countTooBigForALong_is400NamingTheField() {
    // 2^64 + 1000: read as a long it would wrap around to 1000.
    for (String field : List.of("prompt_tokens", "max_output_tokens", "limit")) {
      String body = "{\"" + field + "\":18446744073709552616,\"required_capabilities\":[\"chat\"]}";
      ServerFixture.Reply reply = send(server, "POST", "/api/registry/recommend", null, body);
      assertEquals(400, reply.status(), field + ": " + reply.body());
      assertEquals("invalid_field", reply.json().get("error").get("code").asText());
      assertEquals(field, reply.json().get("error").get("param").asText());
    }
  }

  @Test
  void routes_idWithSlash_listsDeclaredRoutesByPriorityWithFallbackOrder() {
    JsonNode body = get(server, "/api/registry/models/deepseek-ai/DeepSeek-R1/routes").json();
    assertEquals("deepseek-ai/DeepSeek-R1", body.get("model").asText());
    JsonNode data = body.get("data");
    assertEquals(2, data.size());
    assertEquals("together", data.get(0).get("platform").asText());
    assertEquals("beta", data.get(0).get("status").asText());
    assertEquals("deepseek-reasoner", data.get(1).get("model_string").asText());
    // The fallback chain tries active routes before beta ones, whatever their priority.
    assertEquals(2, data.get(0).get("fallback_position").asInt());
    assertEquals(1, data.get(1).get("fallback_position").asInt());
  }

  @Test
  void routes_routeOverridesPrice_showsTheRoutePrice() {
    JsonNode data = get(server, "/api/registry/models/gpt-4o/routes").json().get("data");
    assertEquals(List.of("direct", "openrouter", "azure"), List.of(data.get(0).get("platform").asText(),
        data.get(1).get("platform").asText(), data.get(2).get("platform").asText()));
    assertEquals("2.5", data.get(0).get("input_per_million").asText());
    assertEquals("2.75", data.get(2).get("input_per_million").asText());
  }

  @Test
  void routes_maintenanceRoute_isListedButNotUsable() {
    JsonNode data = get(server, "/api/registry/models/mistralai/Mixtral-8x7B-Instruct-v0.1/routes").json()
        .get("data");
    assertEquals("groq", data.get(1).get("platform").asText());
    assertFalse(data.get(1).get("usable").asBoolean());
    assertTrue(data.get(1).get("fallback_position").isNull());
  }

  @Test
  void routes_modelWithoutDeclaredRoutes_hasNone() {
    ServerFixture.Reply reply = get(server, "/api/registry/models/gpt-4o-mini/routes");
    assertEquals(200, reply.status());
    assertEquals(0, reply.json().get("data").size(), "no implicit direct route");
  }

  @Test
  void write_withoutToken_is401AndChangesNothing() {
    ServerFixture.Reply reply = send(server, "POST", "/api/registry/models", null, NEW_MODEL);
    assertEquals(401, reply.status());
    assertEquals("missing_token", reply.json().get("error").get("code").asText());
    assertEquals("Bearer", reply.header("www-authenticate"));
    assertEquals(404, get(server, "/v1/models/acme/tiny-1").status());
  }

  @Test
  void write_wrongToken_is401() {
    ServerFixture.Reply reply = send(server, "DELETE", "/api/registry/models/gpt-4o", TOKEN + "x", null);
    assertEquals(401, reply.status());
    assertEquals("invalid_token", reply.json().get("error").get("code").asText());
    assertEquals(200, get(server, "/v1/models/gpt-4o").status());
  }

  @Test
  void write_serverWithoutToken_is403() {
    try (ModelServer readOnly = ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0))) {
      ServerFixture.Reply reply = send(readOnly, "POST", "/api/registry/models", TOKEN, NEW_MODEL);
      assertEquals(403, reply.status());
      assertEquals("writes_disabled", reply.json().get("error").get("code").asText());
    }
  }

  @Test
  void create_validModel_isServedAndSurvivesRestart() {
    ServerFixture.Reply created = send(server, "POST", "/api/registry/models", TOKEN, NEW_MODEL);
    assertEquals(201, created.status(), created.body());
    assertEquals("acme", get(server, "/v1/models/acme/tiny-1").json().get("owned_by").asText());
    send(server, "PATCH", "/api/registry/models/gpt-4o/pricing", TOKEN, "{\"input_cost\":1.25}");
    send(server, "DELETE", "/api/registry/models/gpt-4", TOKEN, null);
    server.stop();
    server = startOn(dir.resolve("state.json"));
    assertEquals(200, get(server, "/v1/models/acme/tiny-1").status());
    JsonNode pricing = get(server, "/v1/models/gpt-4o?detailed=true").json().get("pricing");
    assertEquals(1.25, pricing.get("input_per_million").asDouble());
    assertEquals(10.0, pricing.get("output_per_million").asDouble());
    assertEquals(404, get(server, "/api/registry/models/gpt-4").status());
  }

  @Test
  void create_invalidModel_is400NamingTheField() {
    String body = NEW_MODEL.replace("\"context_window\":4096", "\"context_window\":-1");
    ServerFixture.Reply reply = send(server, "POST", "/api/registry/models", TOKEN, body);
    assertEquals(400, reply.status());
    assertEquals("invalid_model", reply.json().get("error").get("code").asText());
    // The runtime's document reader names the field by its JSON path inside the body.
    assertEquals("context_window", reply.json().get("error").get("param").asText());
    assertEquals(404, get(server, "/v1/models/acme/tiny-1").status());
  }

  @Test
  void create_unknownField_is400NamingIt() {
    String body = NEW_MODEL.replace("\"owned_by\"", "\"owner\"");
    ServerFixture.Reply reply = send(server, "POST", "/api/registry/models", TOKEN, body);
    assertEquals(400, reply.status());
    assertEquals("owner", reply.json().get("error").get("param").asText());
  }

  @Test
  void create_malformedJson_is400WithPositionAndNoParserInternals() {
    ServerFixture.Reply reply = send(server, "POST", "/api/registry/models", TOKEN, "{\"id\": ");
    assertEquals(400, reply.status());
    assertEquals("invalid_json", reply.json().get("error").get("code").asText());
    assertFalse(reply.body().contains("com.fasterxml"), reply.body());
  }

  @Test
  void body_fieldNamedTwice_is400NamingItAndChangesNothing() {
    String body = NEW_MODEL.replace("\"context_window\":4096,", "\"context_window\":4096,\"context_window\":8192,");
    ServerFixture.Reply create = send(server, "POST", "/api/registry/models", TOKEN, body);
    assertEquals(400, create.status(), create.body());
    JsonNode error = create.json().get("error");
    assertEquals("invalid_json", error.get("code").asText());
    assertEquals("context_window", error.get("param").asText());
    assertEquals("the request body names the field 'context_window' twice (line 1, column 77)",
        error.get("message").asText());
    assertEquals(404, get(server, "/v1/models/acme/tiny-1").status());

    String nested = NEW_MODEL.replace("\"output_per_million\":0.02",
        "\"output_per_million\":0.02,\"input_per_million\":0");
    ServerFixture.Reply price = send(server, "POST", "/api/registry/models", TOKEN, nested);
    assertEquals(400, price.status(), price.body());
    assertEquals("pricing.input_per_million", price.json().get("error").get("param").asText());
    ServerFixture.Reply list = send(server, "POST", "/api/registry/recommend", null,
        "{\"required_capabilities\":[{\"a\":1,\"a\":2}]}");
    assertEquals("required_capabilities[0].a", list.json().get("error").get("param").asText(), list.body());
  }

  @Test
  void body_contentAfterTheJson_is400AndChangesNothing() {
    ServerFixture.Reply create = send(server, "POST", "/api/registry/models", TOKEN, NEW_MODEL + " this is not json");
    assertEquals(400, create.status(), create.body());
    assertEquals("invalid_json", create.json().get("error").get("code").asText());
    assertEquals(404, get(server, "/v1/models/acme/tiny-1").status());
    ServerFixture.Reply recommend = send(server, "POST", "/api/registry/recommend", null, "{}{}");
    assertEquals(400, recommend.status(), recommend.body());
    assertEquals("invalid_json", recommend.json().get("error").get("code").asText());
  }

  @Test
  void create_takenId_is409() {
    String body = NEW_MODEL.replace("acme/tiny-1", "gpt-4o");
    ServerFixture.Reply reply = send(server, "POST", "/api/registry/models", TOKEN, body);
    assertEquals(409, reply.status());
    assertEquals("model_conflict", reply.json().get("error").get("code").asText());
    assertEquals("id", reply.json().get("error").get("param").asText());
  }

  /** A clash of normalized forms names, as its param, the id or alias in the body that normalizes to the key. */
  @Test
  void create_normalizedClash_is409NamingTheField() {
    String byId = NEW_MODEL.replace("acme/tiny-1", "GPT_4O");
    ServerFixture.Reply id = send(server, "POST", "/api/registry/models", TOKEN, byId);
    assertEquals(409, id.status(), id.body());
    assertEquals("id", id.json().get("error").get("param").asText());
    String byAlias = NEW_MODEL.replace("\"owned_by\"", "\"aliases\":[\"tiny\",\"Gpt_4o\"],\"owned_by\"");
    ServerFixture.Reply alias = send(server, "POST", "/api/registry/models", TOKEN, byAlias);
    assertEquals(409, alias.status(), alias.body());
    assertEquals("aliases[1]", alias.json().get("error").get("param").asText());
    assertTrue(alias.json().get("error").get("message").asText().contains("normalized id 'gpt-4o'"),
        alias.body());
  }

  @Test
  void patchStatus_deprecates() {
    ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/gpt-4o-mini/status", TOKEN,
        "{\"status\":\"deprecated\",\"deprecation_date\":\"2026-12-31\",\"replacement\":\"gpt-4o\"}");
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.json().get("deprecated").asBoolean());
    assertEquals("2026-12-31", get(server, "/api/registry/models/gpt-4o-mini").json().get("deprecation_date")
        .asText());
  }

  /** Every lifecycle status a model can state, the deprecated flag following it; anything else is named. */
  @Test
  void patchStatus_takesEveryLifecycleStatus() {
    ServerFixture.Reply retired = send(server, "PATCH", "/api/registry/models/gpt-4o-mini/status", TOKEN,
        "{\"status\":\"retired\",\"replacement\":\"gpt-4o\"}");
    assertEquals(200, retired.status(), retired.body());
    assertEquals("retired", retired.json().get("status").asText());
    assertTrue(retired.json().get("deprecated").asBoolean(), "retired counts as deprecated");
    ServerFixture.Reply beta = send(server, "PATCH", "/api/registry/models/gpt-4o-mini/status", TOKEN,
        "{\"status\":\"BETA\"}");
    assertEquals(200, beta.status(), beta.body());
    assertEquals("beta", get(server, "/api/registry/models/gpt-4o-mini").json().get("status").asText());
    assertFalse(beta.json().get("deprecated").asBoolean());
    ServerFixture.Reply gone = send(server, "PATCH", "/api/registry/models/gpt-4o-mini/status", TOKEN,
        "{\"status\":\"gone\"}");
    assertEquals(400, gone.status());
    assertEquals("status", gone.json().get("error").get("param").asText());
    assertTrue(gone.json().get("error").get("message").asText().contains("alpha, beta, active, deprecated, retired"),
        gone.body());
  }

  @Test
  void patchModel_badDate_is400AndKeepsTheOldModel() {
    ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/gpt-4o-mini", TOKEN,
        "{\"deprecation_date\":\"31/12/2026\"}");
    assertEquals(400, reply.status());
    assertEquals("deprecation_date", reply.json().get("error").get("param").asText());
    assertFalse(get(server, "/api/registry/models/gpt-4o-mini").json().has("deprecation_date"));
  }

  @Test
  void patchCapabilities_addsOne() {
    ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/o1/capabilities", TOKEN,
        "{\"operation\":\"add\",\"capability\":\"vision\"}");
    assertEquals(200, reply.status(), reply.body());
    assertTrue(get(server, "/v1/models/o1/capabilities").json().get("capabilities").get("vision").asBoolean());
  }

  @Test
  void write_fuzzyId_isNotApplied() {
    ServerFixture.Reply reply = send(server, "DELETE", "/api/registry/models/gtp-4o", TOKEN, null);
    assertEquals(404, reply.status());
    assertEquals(200, get(server, "/v1/models/gpt-4o").status());
  }

  @Test
  void emptyRegistry_missingStateFile_startsWithNoModels() {
    try (ModelServer empty = ModelServer.start(ModelRegistry.builder().build(),
        ServerConfig.local(0).withStateFile(dir.resolve("none.json")))) {
      assertEquals(0, get(empty, "/api/registry/models").json().get("data").size());
    }
  }

  @Test
  void delete_thenRecreateSameId_survivesRestartAsTheNewModel() {
    send(server, "DELETE", "/api/registry/models/o1", TOKEN, null);
    String o1 = NEW_MODEL.replace("acme/tiny-1", "o1");
    assertEquals(201, send(server, "POST", "/api/registry/models", TOKEN, o1).status());
    server.stop();
    server = startOn(dir.resolve("state.json"));
    assertEquals("acme", get(server, "/api/registry/models/o1").json().get("owned_by").asText());
  }

  @Test
  void stateFile_invalid_serverDoesNotStart() throws Exception {
    Path state = dir.resolve("broken.json");
    Files.writeString(state, "{\"data\":[{\"id\":\"acme/x\",\"context_window\":0}]}");
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> startOn(state));
    assertEquals("$.data[0].context_window", e.problems().get(0).field());
  }

  @Test
  void create_stateCannotBeSaved_is500AndChangesNothing() throws Exception {
    Path blocker = dir.resolve("not-a-directory");
    Files.writeString(blocker, "");
    try (ModelServer unsaved = ModelServer.start(SampleCatalog.registry(),
        ServerConfig.local(0).withAdminToken(TOKEN).withStateFile(blocker.resolve("state.json")))) {
      ServerFixture.Reply reply = send(unsaved, "POST", "/api/registry/models", TOKEN, NEW_MODEL);
      assertEquals(500, reply.status(), reply.body());
      assertEquals("state_not_saved", reply.json().get("error").get("code").asText());
      assertEquals(404, get(unsaved, "/v1/models/acme/tiny-1").status());
      ServerFixture.Reply delete = send(unsaved, "DELETE", "/api/registry/models/gpt-4", TOKEN, null);
      assertEquals(500, delete.status());
      assertEquals(200, get(unsaved, "/api/registry/models/gpt-4").status());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "PATCH|/api/registry/models/gpt-4o/pricing|{\"input_cost\":1.25}",
      "DELETE|/api/registry/models/gpt-4o|"})
  void write_modelDeletedMeanwhile_is404(String method, String path, String body) throws Exception {
    // Two replicas of one store that never refresh: the second still lists the model the first deleted, so its
    // write finds the model, then loses it when the write reads the store. A DELETE then deleted nothing and
    // must not answer that it did.
    try (RegistryStore store = FileRegistryStore.open(dir.resolve("store"));
        ModelServer first = ModelServer.startReplica(RegistrySync.of(SampleCatalog.registry(), store),
            ServerConfig.local(0).withAdminToken(TOKEN));
        ModelServer second = ModelServer.startReplica(RegistrySync.of(SampleCatalog.registry(), store),
            ServerConfig.local(0).withAdminToken(TOKEN))) {
      assertEquals(200, send(first, "DELETE", "/api/registry/models/gpt-4o", TOKEN, null).status());
      assertEquals(200, get(second, "/api/registry/models/gpt-4o").status());
      ServerFixture.Reply reply = send(second, method, path, TOKEN, body);
      assertEquals(404, reply.status(), reply.body());
      assertEquals("model_not_found", reply.json().get("error").get("code").asText());
      // The second replica still lists gpt-4o, so its registry would suggest the very model that is gone.
      assertTrue(SampleCatalog.registry().suggest("gpt-4o", 3).contains("gpt-4o"));
      JsonNode suggestions = reply.json().get("error").path("suggestions");
      suggestions.forEach(s -> assertFalse(s.asText().equals("gpt-4o"), reply.body()));
      String message = reply.json().get("error").get("message").asText();
      assertFalse(message.substring(message.indexOf("does not exist")).contains("'gpt-4o'"), reply.body());
    }
  }

  @Test
  void patchPricing_unknownField_is400WithItsPath() {
    ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/gpt-4o/pricing", TOKEN,
        "{\"input_prize\":1}");
    assertEquals(400, reply.status());
    assertEquals("pricing.input_prize", reply.json().get("error").get("param").asText());
    assertEquals("2.5", get(server, "/v1/models/gpt-4o?detailed=true").json().get("pricing")
        .get("input_per_million").asText());
  }

  @Test
  void pricing_withTokens_isSortedByExactCost() {
    JsonNode data = get(server, "/api/registry/pricing?prompt_tokens=10000&output_tokens=100000").json()
        .get("data");
    for (int i = 1; i < data.size(); i++) {
      assertTrue(new java.math.BigDecimal(data.get(i - 1).get("cost").asText())
          .compareTo(new java.math.BigDecimal(data.get(i).get("cost").asText())) <= 0, data.toString());
    }
    ModelDefinition embeddings = SampleCatalog.models().stream()
        .filter(m -> m.id().equals("text-embedding-3-small")).findFirst().orElseThrow();
    assertEquals(embeddings.pricing().orElseThrow().cost(10_000, 100_000).toPlainString(),
        data.get(0).get("cost").asText());
  }
}
