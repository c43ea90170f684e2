package dev.modelcatalog.examples.server;

import static dev.modelcatalog.examples.server.ServerFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.runtime.PrometheusFormat;
import dev.modelcatalog.runtime.UsageRecorder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Every request recorded in the registry's usage analytics, read back over real HTTP as JSON and Prometheus text. */
class UsageRoutesTest extends SampleServerPerTest {

  /** The usage entry of one model, or null. */
  private JsonNode usageOf(String model) {
    return usageOf(server, model);
  }

  private static JsonNode usageOf(ModelServer server, String model) {
    for (JsonNode entry : get(server, "/api/registry/usage").json().get("data")) {
      if (entry.get("model").asText().equals(model)) {
        return entry;
      }
    }
    return null;
  }

  /** A request is recorded when its exchange completes, which may be just after the client has its answer. */
  private void awaitRequests(String model, long requests) throws InterruptedException {
    awaitRequests(server, model, requests);
  }

  private static void awaitRequests(ModelServer server, String model, long requests) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    BooleanSupplier done = () -> {
      JsonNode entry = usageOf(server, model);
      return entry != null && entry.get("requests").asLong() >= requests;
    };
    while (!done.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "usage of " + model + " never reached " + requests + " requests");
      Thread.sleep(10);
    }
  }

  @Test
  void usage_countsRequestsPerResolvedModel() throws InterruptedException {
    assertEquals(200, get(server, "/v1/models/gpt-4o").status());
    assertEquals(200, get(server, "/v1/models/GPT_4O?detailed=true").status());
    assertEquals(200, get(server, "/v1/models/gtp-4o/capabilities").status());
    assertEquals(200, get(server, "/api/registry/models/gpt-4o/routes").status());
    assertEquals(200, get(server, "/v1/models/o1").status());
    awaitRequests("gpt-4o", 4);
    awaitRequests("o1", 1);
    JsonNode gpt4o = usageOf("gpt-4o");
    assertEquals(4, gpt4o.get("requests").asLong(), "every spelling counts for the model it resolved to");
    assertEquals(0, gpt4o.get("input_tokens").asLong());
    assertEquals(0, gpt4o.get("output_tokens").asLong());
    assertEquals(0, new BigDecimal(gpt4o.get("cost").get("USD").asText()).signum(), "no tokens, no cost");
    JsonNode latency = gpt4o.get("latency_seconds");
    BigDecimal p50 = latency.get("p50").decimalValue();
    BigDecimal p99 = latency.get("p99").decimalValue();
    assertTrue(p50.signum() > 0, latency.toString());
    assertTrue(p50.compareTo(latency.get("p90").decimalValue()) <= 0 && latency.get("p90").decimalValue()
        .compareTo(p99) <= 0, latency.toString());
  }

  @Test
  void usage_requestsNamingNoModel_countAsOther() throws InterruptedException {
    assertEquals(404, get(server, "/v1/models/no-such-model-xyz").status());
    assertEquals(200, get(server, "/v1/models").status());
    awaitRequests(UsageRecorder.OTHER, 2);
    assertEquals(null, usageOf("no-such-model-xyz"));
  }

  @Test
  void usage_top_limitsToTheBusiestModels() throws InterruptedException {
    get(server, "/v1/models/o1");
    get(server, "/v1/models/o1");
    get(server, "/v1/models/gpt-4o");
    awaitRequests("o1", 2);
    awaitRequests("gpt-4o", 1);
    JsonNode top = get(server, "/api/registry/usage?top=1").json().get("data");
    assertEquals(1, top.size());
    assertEquals("o1", top.get(0).get("model").asText());
    assertEquals(400, get(server, "/api/registry/usage?top=-1").status());
    ServerFixture.Reply none = get(server, "/api/registry/usage?top=0");
    assertEquals(200, none.status(), none.body());
    assertEquals(0, none.json().get("data").size());
  }

  /** A request's latency is the time from its arrival to its last byte, within the time until it was recorded. */
  @Test
  void usage_latency_isWithinTheTimeUntilTheRequestWasRecorded() throws InterruptedException {
    long start = System.nanoTime();
    assertEquals(200, get(server, "/v1/models/o1").status());
    awaitRequests("o1", 1);
    long waited = System.nanoTime() - start;
    BigDecimal max = usageOf("o1").get("latency_seconds").get("max").decimalValue();
    assertTrue(max.signum() > 0, max.toString());
    // The histogram keeps three significant digits, so its maximum may round a little above the exact time.
    assertTrue(max.compareTo(BigDecimal.valueOf(waited * 1.01 / 1e9)) <= 0, max + " s against " + waited + " ns");
  }

  /** Registry routes that name a model count for it, as the OpenAI routes do. */
  @Test
  void usage_registryRoutesNamingAModel_countForIt() throws InterruptedException {
    assertEquals(200, get(server, "/api/registry/search?q=gtp-4o").status());
    assertEquals(200, get(server, "/api/registry/models/gpt-4o/capabilities").status());
    assertEquals(200, get(server, "/api/registry/models/GPT_4O").status());
    awaitRequests("gpt-4o", 3);
    assertEquals(3, usageOf("gpt-4o").get("requests").asLong());
  }

  @Test
  void usage_writes_countForTheModelTheyWrite() throws InterruptedException {
    try (ModelServer writable = ModelServer.start(SampleCatalog.registry(),
        ServerConfig.local(0).withAdminToken("test-admin-token-0123456789"))) {
      ServerFixture.Reply created = ServerFixture.send(writable, "POST", "/api/registry/models",
          "test-admin-token-0123456789", "{\"id\":\"acme/tiny-1\",\"owned_by\":\"acme\",\"context_window\":4096}");
      assertEquals(201, created.status(), created.body());
      ServerFixture.Reply patched = ServerFixture.send(writable, "PATCH", "/api/registry/models/acme/tiny-1",
          "test-admin-token-0123456789", "{\"name\":\"Tiny\"}");
      assertEquals(200, patched.status(), patched.body());
      awaitRequests(writable, "acme/tiny-1", 2);
      assertEquals(2, usageOf(writable, "acme/tiny-1").get("requests").asLong());
    }
  }

  @Test
  void metrics_arePrometheusTextOfTheSameCounts() throws InterruptedException {
    get(server, "/v1/models/o1");
    get(server, "/v1/models/o1");
    awaitRequests("o1", 2);
    ServerFixture.Reply reply = get(server, "/metrics");
    assertEquals(200, reply.status());
    assertEquals(PrometheusFormat.CONTENT_TYPE, reply.header("content-type"));
    assertTrue(reply.body().contains("# TYPE modelcatalog_requests_total counter"), reply.body());
    assertTrue(reply.body().lines().anyMatch(line -> line.equals("modelcatalog_requests_total{model=\"o1\"} 2")),
        reply.body());
    assertTrue(reply.body().contains("modelcatalog_request_latency_seconds{model=\"o1\",quantile=\"0.99\"}"));
  }

  @Test
  void metrics_post_is405() {
    ServerFixture.Reply reply = ServerFixture.send(server, "POST", "/metrics", null, "{}");
    assertEquals(405, reply.status());
  }
}
