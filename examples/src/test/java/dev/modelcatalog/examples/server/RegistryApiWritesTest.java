package dev.modelcatalog.examples.server;

import static dev.modelcatalog.examples.server.ServerFixture.get;
import static dev.modelcatalog.examples.server.ServerFixture.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry API's writes over real HTTP: what each answers, and which spellings of an id they act on. */
class RegistryApiWritesTest {

  private static final String TOKEN = "test-admin-token-0123456789";

  @TempDir Path dir;
  private ModelServer server;

  @BeforeEach
  void start() {
    server = ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0).withAdminToken(TOKEN)
        .withStateFile(dir.resolve("state.json")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private JsonNode model(String id) {
    ServerFixture.Reply reply = get(server, "/api/registry/models/" + id);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  @Test
  void delete_answersWhichModelItDeleted() {
    ServerFixture.Reply reply = send(server, "DELETE", "/api/registry/models/gpt-4", TOKEN, null);
    assertEquals(200, reply.status(), reply.body());
    assertEquals("{\"id\":\"gpt-4\",\"object\":\"model\",\"deleted\":true}", reply.body());
    assertEquals(404, get(server, "/api/registry/models/gpt-4").status());
  }

  /** An alias names its model exactly, so writes take it; the answer names the model by its id. */
  @Test
  void writes_throughAnAlias_actOnItsModel() {
    ServerFixture.Reply patched = send(server, "PATCH", "/api/registry/models/gpt-4o-2024-08-06/pricing", TOKEN,
        "{\"input_cost\":1.5}");
    assertEquals(200, patched.status(), patched.body());
    assertEquals("gpt-4o", patched.json().get("id").asText());
    assertEquals(1.5, model("gpt-4o").get("pricing").get("input_per_million").asDouble());
    ServerFixture.Reply deleted = send(server, "DELETE", "/api/registry/models/gpt-4o-2024-08-06", TOKEN, null);
    assertEquals(200, deleted.status(), deleted.body());
    assertEquals("gpt-4o", deleted.json().get("id").asText());
    assertEquals(404, get(server, "/api/registry/models/gpt-4o").status());
  }

  /** Reads resolve `GPT_4O` to gpt-4o; writes act only on a model's exact id or alias. */
  @Test
  void writes_throughANormalizedSpelling_are404AndChangeNothing() {
    assertEquals("gpt-4o", model("GPT_4O").get("id").asText(), "reads resolve the spelling");
    ServerFixture.Reply patched = send(server, "PATCH", "/api/registry/models/GPT_4O/pricing", TOKEN,
        "{\"input_cost\":1.5}");
    assertEquals(404, patched.status(), patched.body());
    assertEquals("model_not_found", patched.json().get("error").get("code").asText());
    assertEquals(404, send(server, "DELETE", "/api/registry/models/GPT_4O", TOKEN, null).status());
    assertEquals(2.5, model("gpt-4o").get("pricing").get("input_per_million").asDouble());
  }

  @Test
  void patchModel_replacesTheFieldsItNames() {
    ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/gpt-4o-mini", TOKEN,
        "{\"id\":\"gpt-4o-mini\",\"name\":\"Mini\",\"context_window\":64000}");
    assertEquals(200, reply.status(), reply.body());
    assertEquals("Mini", reply.json().get("name").asText());
    JsonNode stored = model("gpt-4o-mini");
    assertEquals("Mini", stored.get("name").asText());
    assertEquals(64_000, stored.get("context_window").asInt());
    assertEquals("openai", stored.get("owned_by").asText(), "fields not named stay");
  }

  @Test
  void patchModel_anotherId_is400AndChangesNothing() {
    ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/gpt-4o-mini", TOKEN,
        "{\"id\":\"gpt-4o-maxi\",\"name\":\"Maxi\"}");
    assertEquals(400, reply.status(), reply.body());
    assertEquals("id", reply.json().get("error").get("param").asText());
    assertEquals("a model's id cannot change (it is 'gpt-4o-mini')",
        reply.json().get("error").get("message").asText());
    assertEquals("gpt-4o-mini", model("gpt-4o-mini").get("id").asText());
    assertEquals(404, get(server, "/api/registry/models/gpt-4o-maxi").status());
  }

  /** The reference design's `output_cost` names the output token price, as `input_cost` names the input one. */
  @Test
  void patchPricing_outputCost_isTheOutputPrice() {
    ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/gpt-4o/pricing", TOKEN,
        "{\"output_cost\":12.5}");
    assertEquals(200, reply.status(), reply.body());
    JsonNode pricing = model("gpt-4o").get("pricing");
    assertEquals(12.5, pricing.get("output_per_million").asDouble());
    assertEquals(2.5, pricing.get("input_per_million").asDouble());
  }

  /** Both names of one price in one body: which value counts would be the server's choice, so it is refused. */
  @Test
  void patchPricing_bothNamesOfOnePrice_is400() {
    for (String body : new String[] {"{\"input_cost\":1,\"input_per_million\":2}",
        "{\"input_per_million\":2,\"input_cost\":1}"}) {
      ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/gpt-4o/pricing", TOKEN, body);
      assertEquals(400, reply.status(), reply.body());
      assertEquals("input_cost", reply.json().get("error").get("param").asText());
      assertEquals("input_cost and input_per_million name the same price; give one of them",
          reply.json().get("error").get("message").asText());
    }
    assertEquals(2.5, model("gpt-4o").get("pricing").get("input_per_million").asDouble());
  }

  /** A missing field, or one that is no string, is told as such, not read as an empty name. */
  @Test
  void patchStatusOrCapability_missingOrWrongKindOfField_saysSo() {
    String[][] cases = {
        {"status", "{}", "status", "status: is missing; expected alpha, beta, active, deprecated or retired"},
        {"status", "{\"status\":5}", "status", "status: is number, not a string; expected alpha, beta, active,"
            + " deprecated or retired"},
        {"capabilities", "{\"capability\":\"vision\"}", "operation", "operation: is missing; expected 'add' or"
            + " 'remove'"},
        {"capabilities", "{\"operation\":\"add\",\"capability\":[\"vision\"]}", "capability",
            "capability: is array, not a string; expected a capability name such as \"vision\""},
    };
    for (String[] c : cases) {
      ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/gpt-4o-mini/" + c[0], TOKEN, c[1]);
      assertEquals(400, reply.status(), c[1] + ": " + reply.body());
      assertEquals(c[2], reply.json().get("error").get("param").asText(), c[1]);
      assertEquals(c[3], reply.json().get("error").get("message").asText(), c[1]);
    }
    assertEquals("active", model("gpt-4o-mini").get("status").asText());
  }

  @Test
  void patchStatus_unknownField_is400NamingIt() {
    ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/gpt-4o-mini/status", TOKEN,
        "{\"status\":\"deprecated\",\"sunset\":\"2027-01-01\"}");
    assertEquals(400, reply.status(), reply.body());
    assertEquals("sunset", reply.json().get("error").get("param").asText());
    assertEquals("active", model("gpt-4o-mini").get("status").asText());
  }

  @Test
  void patchCapabilities_unknownOperation_is400() {
    ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/o1/capabilities", TOKEN,
        "{\"operation\":\"toggle\",\"capability\":\"vision\"}");
    assertEquals(400, reply.status(), reply.body());
    assertEquals("operation", reply.json().get("error").get("param").asText());
    assertEquals(200, send(server, "PATCH", "/api/registry/models/o1/capabilities", TOKEN,
        "{\"operation\":\"remove\",\"capability\":\"vision\"}").status(), "remove is an operation");
  }

  /** Each problem the document reader finds is in the message as `[code] field: message`, the field in the body. */
  @Test
  void create_invalidModel_messageListsEachProblemWithItsField() {
    String body = "{\"id\":\"acme/tiny-1\",\"owned_by\":\"acme\",\"context_window\":-1,"
        + "\"pricing\":{\"input_per_million\":-2,\"output_per_million\":0.02}}";
    ServerFixture.Reply reply = send(server, "POST", "/api/registry/models", TOKEN, body);
    assertEquals(400, reply.status(), reply.body());
    String message = reply.json().get("error").get("message").asText();
    assertTrue(message.matches("\\[context-window-not-positive] context_window: is -1; .+; "
        + "\\[price-negative] pricing\\.input_per_million: is -2\\.0; .+"), message);
  }
}
