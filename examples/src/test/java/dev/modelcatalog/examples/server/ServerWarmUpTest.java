package dev.modelcatalog.examples.server;

import static dev.modelcatalog.examples.server.ServerFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
      assertEquals("", log.toString(StandardCharsets.UTF_8), "no access log line");
      assertTrue(registry.topModels(10).isEmpty(), "no request recorded: " + registry.topModels(10));
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
