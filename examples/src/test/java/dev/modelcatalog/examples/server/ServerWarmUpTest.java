package dev.modelcatalog.examples.server;

import static dev.modelcatalog.examples.server.ServerFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link ModelServer#warmUp}: it prepares without answering anything, and changes no answer. */
class ServerWarmUpTest {

  private static final List<String> PATHS = List.of("/v1/models", "/v1/models/gpt-4o", "/v1/models/gtp-4o",
      "/v1/models/gpt-4o?detailed=true", "/v1/models/gpt-4o/capabilities", "/v1/models/no-such-model-xyz",
      "/healthz");

  @Test
  void warmUp_logsAndCountsNothing() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ModelRegistry registry = SampleCatalog.registry();
    try (ModelServer server = ModelServer.start(registry,
        ServerConfig.local(0).withAccessLog(new PrintStream(log, true, StandardCharsets.UTF_8)))) {
      server.warmUp();
      assertEquals(1, server.warmUpRequests(), "the warm-up sent its one request to the server itself");
      assertEquals("", log.toString(StandardCharsets.UTF_8), "no access log line");
      assertTrue(registry.topModels(10).isEmpty(), "no request recorded: " + registry.topModels(10));
    }
  }

  /** The warm-up's key is the server's own: a client that sends the header with another key is logged and counted. */
  @Test
  void warmUpHeader_withAnotherKey_isAnOrdinaryRequest() throws InterruptedException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ModelRegistry registry = SampleCatalog.registry();
    try (ModelServer server = ModelServer.start(registry,
        ServerConfig.local(0).withAccessLog(new PrintStream(log, true, StandardCharsets.UTF_8)))) {
      ServerFixture.Reply reply = ServerFixture.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
          + "/v1/models/gpt-4o")).header(SelfRequest.KEY_HEADER, UUID.randomUUID().toString()).GET());
      assertEquals(200, reply.status());
      // Recorded when the exchange completes, which may be just after the client has its answer.
      for (int i = 0; i < 500 && registry.usageStats("gpt-4o").isEmpty(); i++) {
        Thread.sleep(10);
      }
      assertEquals(1, registry.usageStats("gpt-4o").orElseThrow().requests());
      assertTrue(log.toString(StandardCharsets.UTF_8).contains("/v1/models/gpt-4o"), log.toString());
      assertEquals(0, server.warmUpRequests());
    }
  }

  @Test
  void warmUp_changesNoAnswer() {
    try (ModelServer cold = ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0));
        ModelServer warm = ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0))) {
      warm.warmUp();
      for (String path : PATHS) {
        ServerFixture.Reply expected = get(cold, path);
        ServerFixture.Reply actual = get(warm, path);
        assertEquals(expected.status(), actual.status(), path);
        assertEquals(expected.body(), actual.body(), path);
      }
    }
  }

  /** A server may start with no model at all (its models come from writes); warming it up must not fail. */
  @Test
  void warmUp_ofAnEmptyRegistry_preparesTheEmptyList() {
    try (ModelServer empty = ModelServer.start(ModelRegistry.builder().build(), ServerConfig.local(0))) {
      empty.warmUp();
      ServerFixture.Reply list = get(empty, "/v1/models");
      assertEquals(200, list.status());
      assertEquals(0, list.json().get("data").size());
    }
  }
}
