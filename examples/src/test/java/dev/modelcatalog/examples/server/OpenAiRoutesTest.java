package dev.modelcatalog.examples.server;

import static dev.modelcatalog.examples.server.ServerFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.MatchResult;
import dev.modelcatalog.runtime.MatchStrategy;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /v1/models} over real HTTP. */
class OpenAiRoutesTest {

  private static ModelServer server;

  @BeforeAll
  static void start() {
    server = ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.get("data").forEach(m -> ids.add(m.get("id").asText()));
    return ids;
  }

  @Test
  void listModels_returnsEveryModelInOpenAiShape() {
    ServerFixture.Reply reply = get(server, "/v1/models");
    assertEquals(200, reply.status());
    JsonNode body = reply.json();
    assertEquals("list", body.get("object").asText());
    assertEquals(SampleCatalog.models().stream().map(ModelDefinition::id).sorted().toList(), ids(body));
    JsonNode first = body.get("data").get(0);
    assertEquals(List.of("id", "object", "created", "owned_by"), fieldNames(first));
    assertEquals("model", first.get("object").asText());
    assertTrue(reply.header("content-type").startsWith("application/json"));
  }

  @Test
  void listModels_capabilityFilter_keepsOnlyModelsWithIt() {
    List<String> expected = SampleCatalog.models().stream().filter(m -> m.has(Capability.VISION))
        .map(ModelDefinition::id).sorted().toList();
    assertEquals(expected, ids(get(server, "/v1/models?capability=vision").json()));
    assertFalse(expected.isEmpty());
  }

  @Test
  void listModels_ownerAndTagFilters_combine() {
    List<String> expected = SampleCatalog.models().stream()
        .filter(m -> m.ownedBy().equals("meta") && m.tags().contains("open-weights"))
        .map(ModelDefinition::id).sorted().toList();
    assertEquals(expected, ids(get(server, "/v1/models?owned_by=meta&tag=open-weights").json()));
    assertEquals(2, expected.size());
  }

  @Test
  void listModels_unknownCapability_is400NamingTheParameter() {
    ServerFixture.Reply reply = get(server, "/v1/models?capability=telepathy");
    assertEquals(400, reply.status());
    JsonNode error = reply.json().get("error");
    assertEquals("capability", error.get("param").asText());
    assertEquals("invalid_capability", error.get("code").asText());
    assertTrue(error.get("message").asText().contains("telepathy"));
    // The list of capabilities is whole (a clipped message ended mid-word), and a long value is cut short.
    String message = error.get("message").asText();
    assertTrue(message.startsWith("capability: 'telepathy' is no capability; expected one of [chat,"), message);
    assertTrue(message.endsWith(Capability.values()[Capability.values().length - 1].name()
        .toLowerCase(java.util.Locale.ROOT) + "]"), message);
    String longValue = "x".repeat(500);
    String clipped = get(server, "/v1/models?capability=" + longValue).json().get("error").get("message").asText();
    assertTrue(clipped.startsWith("capability: '" + "x".repeat(57) + "...' is no capability"), clipped);
  }

  /** A parameter's error names the parameter, not the library's field behind it. */
  @Test
  void listModels_badFilterValues_nameTheParameter() {
    String[][] cases = {
        {"min_context=-1", "min_context: -1 is negative"},
        {"max_input_price=-1", "max_input_price: "},
        {"currency=XX", "currency: "},
        {"input_modality=smell", "input_modality: 'smell' is no modality"},
    };
    for (String[] c : cases) {
      ServerFixture.Reply reply = get(server, "/v1/models?" + c[0]);
      assertEquals(400, reply.status(), c[0] + ": " + reply.body());
      String message = reply.json().get("error").get("message").asText();
      assertTrue(message.startsWith(c[1]), c[0] + ": " + message);
      assertTrue(!message.contains("minContextWindow") && !message.contains("PerMillion")
          && !message.contains("priceCurrency"), c[0] + ": " + message);
    }
  }

  @Test
  void getModel_idWithSlash_isRoutedToThatModel() {
    ServerFixture.Reply reply = get(server, "/v1/models/meta-llama/Llama-3.1-8B-Instruct");
    assertEquals(200, reply.status());
    assertEquals("meta-llama/Llama-3.1-8B-Instruct", reply.json().get("id").asText());
    assertEquals("meta", reply.json().get("owned_by").asText());
  }

  @Test
  void getModel_encodedSlash_findsTheSameModel() {
    ServerFixture.Reply reply = get(server, "/v1/models/meta-llama%2FLlama-3.1-70B-Instruct");
    assertEquals(200, reply.status());
    assertEquals("meta-llama/Llama-3.1-70B-Instruct", reply.json().get("id").asText());
  }

  @Test
  void trailingSlash_namesTheSameModelOrList() {
    ServerFixture.Reply model = get(server, "/v1/models/meta-llama/Llama-3.1-8B-Instruct/");
    assertEquals(200, model.status(), model.body());
    assertEquals("meta-llama/Llama-3.1-8B-Instruct", model.json().get("id").asText());
    ServerFixture.Reply capabilities = get(server, "/v1/models/gpt-4o/capabilities//");
    assertEquals(200, capabilities.status(), capabilities.body());
    assertEquals("gpt-4o", capabilities.json().get("model").asText());
    ServerFixture.Reply registryApi = get(server, "/api/registry/models/gpt-4o/");
    assertEquals(200, registryApi.status(), registryApi.body());
    assertEquals("gpt-4o", registryApi.json().get("id").asText());
    assertEquals(get(server, "/v1/models").json(), get(server, "/v1/models//").json());
  }

  @Test
  void getModel_compactSpelling_resolvesAndSaysHow() {
    ServerFixture.Reply reply = get(server, "/v1/models/GPT4O");
    assertEquals(200, reply.status());
    assertEquals("gpt-4o", reply.json().get("id").asText());
    // The registry's NORMALIZED strategy covers normalized ids and compact keys alike; the header carries the
    // registry's own confidence for it.
    MatchResult match = SampleCatalog.registry().match("GPT4O").orElseThrow();
    assertEquals(MatchStrategy.NORMALIZED, match.strategy());
    assertEquals("normalized; confidence=" + match.confidence() + "; id=gpt-4o", reply.header("x-model-resolved-by"));
  }

  @Test
  void getModel_datedSnapshotOfKnownModel_resolvesToIt() {
    ServerFixture.Reply reply = get(server, "/v1/models/claude-3-5-sonnet-20241022");
    assertEquals(200, reply.status());
    assertEquals("claude-3-5-sonnet", reply.json().get("id").asText());
  }

  @Test
  void getModel_typo_resolvesByEditDistance() {
    ServerFixture.Reply reply = get(server, "/v1/models/mixtral-8x7b-instruct-v0-2");
    assertEquals(404, reply.status(), "a different version is another model, not a typo");
    ServerFixture.Reply typo = get(server, "/v1/models/gtp-4o-mini");
    assertEquals(200, typo.status());
    assertEquals("gpt-4o-mini", typo.json().get("id").asText());
    assertTrue(typo.header("x-model-resolved-by").startsWith("edit_distance"));
    // The registry API resolves one model as /v1/models does, and says how too.
    for (String path : new String[] {"/api/registry/models/gtp-4o-mini", "/api/registry/models/gtp-4o-mini/routes"}) {
      ServerFixture.Reply registry = get(server, path);
      assertEquals(200, registry.status(), path);
      assertEquals(typo.header("x-model-resolved-by"), registry.header("x-model-resolved-by"), path);
    }
  }

  @Test
  void getModel_otherVersionNumber_isNotResolvedToANeighbour() {
    ServerFixture.Reply reply = get(server, "/v1/models/gpt-5");
    assertEquals(404, reply.status());
    assertEquals("model_not_found", reply.json().get("error").get("code").asText());
  }

  @Test
  void getModel_detailed_hasEveryField() {
    JsonNode model = get(server, "/v1/models/deepseek-ai/DeepSeek-R1?detailed=true").json();
    assertEquals(671_000_000_000L, model.get("moe").get("total_params").asLong());
    assertEquals(0.14, model.get("pricing").get("cached_input_per_million").asDouble());
    assertTrue(model.get("capabilities").toString().contains("reasoning"));
    assertTrue(model.has("latency"));
  }

  @Test
  void getModel_unknown_is404WithOpenAiErrorAndSuggestions() {
    ServerFixture.Reply reply = get(server, "/v1/models/claude-3-5-sonet-xl");
    assertEquals(404, reply.status());
    JsonNode error = reply.json().get("error");
    assertEquals(List.of("message", "type", "param", "code", "suggestions"), fieldNames(error));
    assertEquals("invalid_request_error", error.get("type").asText());
    assertEquals("model", error.get("param").asText());
    assertEquals("claude-3-5-sonnet", error.get("suggestions").get(0).asText());
    assertTrue(error.get("message").asText().contains("did you mean 'claude-3-5-sonnet'"));
  }

  @Test
  void capabilities_idWithSlash_returnsTheReferenceShape() {
    ServerFixture.Reply reply = get(server, "/v1/models/meta-llama/Llama-3.1-8B-Instruct/capabilities");
    assertEquals(200, reply.status());
    JsonNode body = reply.json();
    assertEquals(List.of("model", "context_window", "max_completion_tokens", "pricing", "capabilities",
        "modalities", "output_modalities", "supported_features", "status", "open_weights", "max_input_tokens"),
        fieldNames(body));
    assertEquals("meta-llama/Llama-3.1-8B-Instruct", body.get("model").asText());
    assertEquals(0.05, body.get("pricing").get("prompt_price_per_1m").asDouble());
    assertTrue(body.get("capabilities").get("function_calling").asBoolean());
    assertFalse(body.get("capabilities").get("vision").asBoolean());
  }

  @Test
  void capabilities_visionModel_listsImageModality() {
    JsonNode body = get(server, "/v1/models/gpt-4o/capabilities").json();
    assertEquals("[\"text\",\"image\"]", body.get("modalities").toString());
  }

  @Test
  void postToModels_is405() {
    ServerFixture.Reply reply = ServerFixture.send(server, "POST", "/v1/models", null, "{}");
    assertEquals(405, reply.status());
    assertEquals("method_not_allowed", reply.json().get("error").get("code").asText());
    assertEquals("GET, HEAD", reply.header("Allow"));
    assertEquals("method POST is not allowed here; allowed: GET, HEAD",
        reply.json().get("error").get("message").asText());
  }

  /** Each 405 names, in its Allow header, the methods its route does take. */
  @Test
  void wrongMethod_is405WithTheRoutesMethods() {
    String[][] cases = {
        {"PUT", "/api/registry/models", "GET, HEAD, POST"},
        {"POST", "/api/registry/models/gpt-4o", "GET, HEAD, PATCH, DELETE"},
        {"GET", "/api/registry/models/gpt-4o/pricing", "PATCH"},
        {"DELETE", "/api/registry/models/gpt-4o/capabilities", "GET, HEAD, PATCH"},
        {"GET", "/api/registry/recommend", "POST"},
        {"POST", "/api/registry/stats", "GET, HEAD"},
        {"DELETE", "/healthz", "GET, HEAD"},
    };
    for (String[] c : cases) {
      ServerFixture.Reply reply = ServerFixture.send(server, c[0], c[1], null, c[0].equals("GET") ? null : "{}");
      assertEquals(405, reply.status(), c[0] + " " + c[1] + ": " + reply.body());
      assertEquals(c[2], reply.header("Allow"), c[0] + " " + c[1]);
    }
  }

  @Test
  void unknownRoute_is404JsonWithoutInternals() {
    ServerFixture.Reply reply = get(server, "/etc/passwd");
    assertEquals(404, reply.status());
    assertEquals("not_found", reply.json().get("error").get("code").asText());
    assertFalse(reply.body().contains("Exception"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
