package dev.modelcatalog.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.examples.catalog.RegistryJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Oversize bodies and URLs, the access log, graceful shutdown. */
class RequestLimitsTest {

  private static final String TOKEN = "limits-admin-token-0123456789";
  /** A new log for each run of the class: lines of an earlier run must not stand in for this run's. */
  private static ByteArrayOutputStream log;
  private static ModelServer server;

  @BeforeAll
  static void start() {
    log = new ByteArrayOutputStream();
    ServerConfig config = ServerConfig.local(0).withAdminToken(TOKEN).withLimits(1024, 512)
        .withAccessLog(new PrintStream(log, true, StandardCharsets.UTF_8));
    server = ModelServer.start(SampleCatalog.registry(), config);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void body_overLimit_is413() {
    String big = "{\"id\":\"acme/big\",\"description\":\"" + "x".repeat(4096) + "\",\"context_window\":1}";
    ServerFixture.Reply reply = ServerFixture.send(server, "POST", "/api/registry/models", TOKEN, big);
    assertEquals(413, reply.status());
    assertEquals("body_too_large", reply.json().get("error").get("code").asText());
  }

  /** A model document padded with its description to exactly this many bytes. */
  private static String modelOfBytes(String id, int bytes) {
    String shell = "{\"id\":\"" + id + "\",\"context_window\":1,\"description\":\"\"}";
    return shell.replace("\"description\":\"\"", "\"description\":\"" + "d".repeat(bytes - shell.length()) + "\"");
  }

  @Test
  void body_ofExactlyTheLimit_isRead_oneByteMoreIs413() {
    String exact = modelOfBytes("acme/exact-limit", 1024);
    assertEquals(1024, exact.getBytes(StandardCharsets.UTF_8).length);
    ServerFixture.Reply created = ServerFixture.send(server, "POST", "/api/registry/models", TOKEN, exact);
    assertEquals(201, created.status(), created.body());
    ServerFixture.Reply over = ServerFixture.send(server, "POST", "/api/registry/models", TOKEN,
        modelOfBytes("acme/over-limit", 1025));
    assertEquals(413, over.status(), over.body());
  }

  @Test
  void body_notJson_is415_andJsonWithACharsetIsRead() {
    String model = "{\"id\":\"acme/typed\",\"context_window\":1}";
    ServerFixture.Reply plain = ServerFixture.send(HttpRequest.newBuilder(
        URI.create(server.baseUrl() + "/api/registry/models")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(model)));
    assertEquals(415, plain.status(), plain.body());
    assertEquals("unsupported_media_type", plain.json().get("error").get("code").asText());
    ServerFixture.Reply charset = ServerFixture.send(HttpRequest.newBuilder(
        URI.create(server.baseUrl() + "/api/registry/models")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "Application/JSON; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(model)));
    assertEquals(201, charset.status(), charset.body());
  }

  @Test
  void body_overLimitWithoutLength_is413() {
    byte[] big = ("{\"id\":\"acme/big\",\"description\":\"" + "y".repeat(8192) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    // A publisher of unknown length makes the client stream the body in chunks, with no Content-Length.
    HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(
        () -> new java.io.ByteArrayInputStream(big));
    ServerFixture.Reply reply = ServerFixture.send(HttpRequest.newBuilder(
        URI.create(server.baseUrl() + "/api/registry/models")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json").POST(chunked));
    assertEquals(413, reply.status(), reply.body());
  }

  @Test
  void url_overLimit_is414() {
    ServerFixture.Reply reply = ServerFixture.get(server, "/v1/models/" + "a".repeat(600));
    assertEquals(414, reply.status());
    assertEquals("url_too_long", reply.json().get("error").get("code").asText());
  }

  @Test
  void unknownModel_longId_isEchoedShortened() {
    String id = "z".repeat(400);
    ServerFixture.Reply reply = ServerFixture.get(server, "/v1/models/" + id);
    assertEquals(404, reply.status());
    assertFalse(reply.json().get("error").get("message").asText().contains(id));
  }

  @Test
  void accessLog_writesOneJsonLinePerRequest() throws Exception {
    long start = System.nanoTime();
    ServerFixture.Reply reply = ServerFixture.get(server, "/v1/models/gpt-4o?detailed=true");
    // The line is written when the exchange completes, which may be just after the client has its answer.
    for (int i = 0; i < 100 && !log.toString(StandardCharsets.UTF_8).contains("/v1/models/gpt-4o\""); i++) {
      Thread.sleep(20);
    }
    List<JsonNode> lines = log.toString(StandardCharsets.UTF_8).lines().map(line -> {
      try {
        return RegistryJson.MAPPER.readTree(line);
      } catch (Exception e) {
        throw new AssertionError("not a JSON line: " + line, e);
      }
    }).toList();
    JsonNode line = lines.stream().filter(l -> l.get("path").asText().equals("/v1/models/gpt-4o")).findFirst()
        .orElseThrow(() -> new AssertionError(lines.toString()));
    assertEquals("GET", line.get("method").asText());
    assertEquals(200, line.get("status").asInt());
    assertEquals(reply.body().getBytes(StandardCharsets.UTF_8).length, line.get("bytes").asLong());
    assertEquals("127.0.0.1", line.get("remote").asText());
    // Written once the request completed, so within the time until the line was found.
    long waitedMicros = (System.nanoTime() - start) / 1_000;
    long micros = line.get("duration_us").asLong();
    assertTrue(micros >= 0 && micros <= waitedMicros, micros + " us against " + waitedMicros);
  }

  /** The limit counts the path, the '?' and the query: a URL of exactly the limit is served, one more is 414. */
  @Test
  void url_ofExactlyTheLimit_isServed_andOneMoreIs414() {
    String path = "/v1/models/";
    String atLimit = path + "a".repeat(512 - path.length());
    assertEquals(404, ServerFixture.get(server, atLimit).status(), "an unknown model, not a URL too long");
    assertEquals(414, ServerFixture.get(server, atLimit + "b").status());
    String query = "?detailed=true&x=";
    String withQuery = path + "gpt-4o" + query + "y".repeat(512 - path.length() - "gpt-4o".length() - query.length());
    assertEquals(512, withQuery.length());
    assertEquals(200, ServerFixture.get(server, withQuery).status());
    assertEquals(414, ServerFixture.get(server, withQuery + "y").status());
  }

  @Test
  void stop_refusesNewConnections() {
    ModelServer other = ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0));
    String base = other.baseUrl();
    assertEquals(200, ServerFixture.get(other, "/healthz").status());
    other.stop();
    boolean refused;
    try {
      ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).GET());
      refused = false;
    } catch (UncheckedIOException e) {
      refused = true;
    }
    assertTrue(refused, "a stopped server still answered");
  }

  @Test
  void close_stopsTheServerAsStopDoes() {
    String base;
    try (ModelServer other = ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0))) {
      base = other.baseUrl();
      assertEquals(200, ServerFixture.get(other, "/healthz").status());
    }
    assertThrows(UncheckedIOException.class,
        () -> ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).GET()));
  }

  /** A URL limit above the HTTP parser's default header size raises that size too, so the server's own 414 holds. */
  @Test
  void urlLimitAboveEightKiB_isTheServersToo() {
    ServerConfig config = ServerConfig.local(0).withLimits(1024, 16_384);
    try (ModelServer wide = ModelServer.start(SampleCatalog.registry(), config)) {
      ServerFixture.Reply unknown = ServerFixture.get(wide, "/v1/models/" + "a".repeat(12_000));
      assertEquals(404, unknown.status(), unknown.body());
      assertEquals("model_not_found", unknown.json().get("error").get("code").asText());
      ServerFixture.Reply tooLong = ServerFixture.get(wide, "/v1/models/" + "a".repeat(16_384));
      assertEquals(414, tooLong.status());
      assertEquals("url_too_long", tooLong.json().get("error").get("code").asText());
    }
  }

  @Test
  void start_onATakenPort_namesTheAddressAndWhy() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class,
          () -> ModelServer.start(SampleCatalog.registry(), ServerConfig.local(taken.getLocalPort())));
      assertEquals("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": Address already in use", e.getMessage());
    }
  }

  /** The resolver's message repeats the host name; the server's says what went wrong once. */
  @Test
  void start_onAnUnknownHost_saysSo() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0).withHost("no-such-host.invalid")));
    assertEquals("cannot listen on no-such-host.invalid:0: no such host", e.getMessage());
  }
}
