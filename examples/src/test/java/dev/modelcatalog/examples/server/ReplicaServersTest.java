package dev.modelcatalog.examples.server;

import static dev.modelcatalog.examples.server.ServerFixture.get;
import static dev.modelcatalog.examples.server.ServerFixture.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.store.RegistryStore;
import dev.modelcatalog.runtime.store.RegistrySync;
import dev.modelcatalog.store.s3.LocalS3;
import dev.modelcatalog.store.s3.S3RegistryStore;
import dev.modelcatalog.store.s3.S3StoreConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two example servers as replicas of one S3 bucket (an S3-compatible server run in this process): a write to either
 * is answered the same by both after a refresh, concurrent patches of one model through both lose nothing, and a
 * replica that loses its store keeps serving and says so in {@code /healthz}.
 */
class ReplicaServersTest {

  private static final String TOKEN = "replica-admin-token-0123456789";
  /** Short, so the tests wait little; the waits below allow many refreshes. */
  private static final Duration REFRESH = Duration.ofMillis(200);
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir static Path s3Root;
  private static LocalS3 s3;

  private final List<AutoCloseable> opened = new ArrayList<>();
  private ModelServer first;
  private ModelServer second;

  @BeforeAll
  static void startS3() {
    s3 = LocalS3.start(s3Root);
  }

  @AfterAll
  static void stopS3() {
    s3.close();
  }

  @BeforeEach
  void startReplicas(TestInfo test) {
    // A prefix per test: each starts from an empty shared state.
    String prefix = "servers/" + test.getTestMethod().orElseThrow().getName() + "/";
    first = replica(prefix);
    second = replica(prefix);
  }

  @AfterEach
  void stopReplicas() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
  }

  private ModelServer replica(String prefix) {
    RegistryStore store = S3RegistryStore.open(s3.config(prefix));
    RegistrySync sync = RegistrySync.of(SampleCatalog.registry(), store).start(REFRESH);
    ModelServer server = ModelServer.startReplica(sync, ServerConfig.local(0).withAdminToken(TOKEN));
    opened.add(store);
    opened.add(sync);
    opened.add(server);
    return server;
  }

  @Test
  void writeToEither_bothAnswerTheSame() {
    String model = "{\"id\":\"acme/replicated-1\",\"owned_by\":\"acme\",\"context_window\":8192,"
        + "\"capabilities\":[\"chat\"],\"pricing\":{\"input_per_million\":1.0,\"output_per_million\":2.0}}";
    assertEquals(201, send(first, "POST", "/api/registry/models", TOKEN, model).status());
    String path = "/api/registry/models/acme/replicated-1";
    JsonNode written = get(first, path).json();
    assertEquals(written, await(second, path, reply -> reply.status() == 200).json());

    assertEquals(200, send(second, "PATCH", path + "/pricing", TOKEN, "{\"input_per_million\":0.5}").status());
    JsonNode patched = await(first, path, reply -> reply.status() == 200
        && reply.json().path("pricing").path("input_per_million").asDouble() == 0.5).json();
    assertEquals(get(second, path).json(), patched);

    // A compiled model removed through one replica is gone from the other too.
    assertEquals(200, send(second, "DELETE", "/api/registry/models/gpt-4o", TOKEN, null).status());
    assertEquals(404, await(first, "/api/registry/models/gpt-4o", reply -> reply.status() == 404).status());
    assertEquals(get(first, "/v1/models").json(), get(second, "/v1/models").json());
  }

  @Test
  void concurrentPatchesThroughBoth_loseNothing() throws Exception {
    String model = "{\"id\":\"acme/contended\",\"owned_by\":\"acme\",\"context_window\":8192,"
        + "\"capabilities\":[\"chat\"]}";
    assertEquals(201, send(first, "POST", "/api/registry/models", TOKEN, model).status());
    await(second, "/api/registry/models/acme/contended", reply -> reply.status() == 200);
    // Each replica adds its own capabilities, one PATCH each, at the same time as the other.
    List<String> viaFirst = List.of("vision", "audio_input", "tool_calling", "json_mode", "batch", "logprobs");
    List<String> viaSecond = List.of("video", "structured_outputs", "prompt_caching", "temperature",
        "fine_tunable", "predicted_outputs");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = pool.submit(() -> addAll(first, viaFirst));
      Future<?> b = pool.submit(() -> addAll(second, viaSecond));
      a.get();
      b.get();
    } finally {
      pool.shutdownNow();
    }
    TreeSet<String> expected = new TreeSet<>(viaFirst);
    expected.addAll(viaSecond);
    expected.add("chat");
    for (ModelServer server : List.of(first, second)) {
      JsonNode served = await(server, "/api/registry/models/acme/contended",
          reply -> capabilities(reply.json()).equals(expected)).json();
      assertEquals(expected, capabilities(served), "every patch kept on " + server.baseUrl());
    }
  }

  @Test
  void healthz_reportsTheStore() {
    JsonNode health = get(first, "/healthz").json();
    assertEquals("ok", health.get("status").asText());
    assertTrue(health.get("store").get("source").asText().contains(LocalS3.BUCKET), health.toString());
    assertTrue(health.get("store").hasNonNull("last_sync"), health.toString());
  }

  @Test
  void storeUnreachable_replicaServesItsCatalogAndSaysSo() throws Exception {
    // Nothing listens on port 1 of loopback: every read of this store fails.
    S3StoreConfig nowhere = s3.config("servers/nowhere/").withEndpoint(URI.create("http://127.0.0.1:1"))
        .withTimeout(Duration.ofSeconds(2));
    try (RegistryStore store = S3RegistryStore.open(nowhere);
        RegistrySync sync = RegistrySync.of(SampleCatalog.registry(), store).start(Duration.ofMinutes(1));
        ModelServer lonely = ModelServer.startReplica(sync, ServerConfig.local(0).withAdminToken(TOKEN))) {
      JsonNode health = get(lonely, "/healthz").json();
      assertEquals("unreachable", health.get("status").asText(), health.toString());
      assertTrue(health.get("store").hasNonNull("last_error"), health.toString());
      assertEquals(200, get(lonely, "/v1/models/gpt-4o").status());
      // A write that cannot reach the store is not made, and says so.
      ServerFixture.Reply refused = send(lonely, "PATCH", "/api/registry/models/gpt-4o/pricing", TOKEN,
          "{\"input_per_million\":0.5}");
      assertEquals(500, refused.status(), refused.body());
      assertEquals("state_not_saved", refused.json().get("error").get("code").asText());
      assertEquals(get(first, "/api/registry/models/gpt-4o").json(), get(lonely, "/api/registry/models/gpt-4o").json());
    }
  }

  @Test
  void startReplica_withAStateFileToo_isRefused() throws Exception {
    try (RegistryStore store = S3RegistryStore.open(s3.config("servers/refused/"));
        RegistrySync sync = RegistrySync.of(ModelRegistry.builder().build(), store)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ModelServer.startReplica(sync, ServerConfig.local(0).withStateFile(s3Root.resolve("state.json"))));
      assertTrue(e.getMessage().startsWith("stateFile:"), e.getMessage());
    }
  }

  private static void addAll(ModelServer server, List<String> capabilities) {
    for (String capability : capabilities) {
      ServerFixture.Reply reply = send(server, "PATCH", "/api/registry/models/acme/contended/capabilities", TOKEN,
          "{\"operation\":\"add\",\"capability\":\"" + capability + "\"}");
      assertEquals(200, reply.status(), reply.body());
    }
  }

  private static TreeSet<String> capabilities(JsonNode model) {
    TreeSet<String> names = new TreeSet<>();
    model.path("capabilities").forEach(c -> names.add(c.asText()));
    return names;
  }

  /** The first answer to GET path that satisfies the condition, asked again every refresh until PATIENCE ends. */
  private static ServerFixture.Reply await(ModelServer server, String path,
      Predicate<ServerFixture.Reply> condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    ServerFixture.Reply reply = get(server, path);
    while (!condition.test(reply) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(REFRESH.toMillis() / 2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      reply = get(server, path);
    }
    assertTrue(condition.test(reply), "no such answer from " + server.baseUrl() + path + " within " + PATIENCE
        + "; last: " + reply.status() + " " + reply.body());
    return reply;
  }
}
