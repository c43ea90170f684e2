package dev.modelcatalog.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.runtime.InvalidModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the server's request handling. {@link #modelJson} drives the body parsing of the write endpoints
 * directly; {@link #httpRequest} sends whole requests (method, path, query, token, body, all fuzzed) over a real
 * socket to a running server. Invariants: bad input is a 4xx, never a 5xx; no answer carries a stack trace or a
 * path; the server keeps answering.
 */
class ServerInputFuzzTest {

  private static final String TOKEN = "fuzz-admin-token-0123456789";
  private static final String[] METHODS = {"GET", "POST", "PATCH", "DELETE", "HEAD", "PUT", "OPTIONS"};
  private static final String[] PREFIXES = {"/v1/models/", "/api/registry/models/", "/api/registry/", "/v1/",
      "/api/registry/search?q=", "/api/registry/models?capability=", "/", "/api/registry/recommend"};
  /** Fresh server every so many requests, so fuzzed writes cannot pile up models without end. */
  private static final int REQUESTS_PER_SERVER = 5_000;

  private static ModelServer server;
  private static int requests;

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  private static ModelServer server() {
    if (server == null || requests++ % REQUESTS_PER_SERVER == 0) {
      stopServer();
      server = ModelServer.start(SampleCatalog.registry(),
          ServerConfig.local(0).withAdminToken(TOKEN).withLimits(16 * 1024, 2048));
    }
    return server;
  }

  /** The write endpoints' body parsing: any bytes give a model or one of the errors answered with 400. */
  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
  void modelJson(byte[] body) {
    JsonNode node;
    try {
      node = Requests.parseJson(body);
    } catch (ApiError expected) {
      assertEquals(400, expected.status);
      assertEquals("invalid_json", expected.code);
      return;
    }
    try {
      ModelBodies.newModel(node);
    } catch (ApiError expected) {
      assertTrue(expected.status >= 400 && expected.status < 500, () -> "status " + expected.status);
      assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
    } catch (InvalidModelException expected) {
      assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
    }
  }

  /** A whole request over a socket: any answer is below 500 and leaks nothing. */
  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
  @SuppressWarnings("try") // the network allowance is held for the block, which never names it
  void httpRequest(FuzzedDataProvider data) throws IOException {
    String method = data.pickValue(METHODS);
    String prefix = data.pickValue(PREFIXES);
    boolean authorized = data.consumeBoolean();
    String target = data.consumeString(600);
    byte[] body = data.consumeRemainingAsBytes();
    StringBuilder request = new StringBuilder();
    // The fuzzed part goes in raw: spaces, CR and LF, percent signs and non-ASCII are exactly what is tested.
    request.append(method).append(' ').append(prefix).append(target).append(" HTTP/1.1\r\nHost: localhost\r\n")
        .append("Content-Type: application/json\r\nConnection: close\r\n");
    if (authorized) {
      request.append("Authorization: Bearer ").append(TOKEN).append("\r\n");
    }
    request.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    byte[] head = request.toString().getBytes(StandardCharsets.UTF_8);
    byte[] whole = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, whole, head.length, body.length);
    ModelServer current = server();
    RawHttp.Answer answer;
    // The test's own connection to its server; Jazzer's SSRF detector still flags any other the server might make.
    try (SilentCloseable allowed = BugDetectors.allowNetworkConnections(
        (host, port) -> port == current.port() && (host.equals("localhost") || host.equals("127.0.0.1")))) {
      answer = RawHttp.send(current.port(), whole);
    }
    assertTrue(answer.status() < 500, () -> "status " + answer.status() + " for " + request + "\n" + answer.text());
    assertNull(RawHttp.leakBeyondEcho(answer.text(), new String(whole, StandardCharsets.UTF_8)), answer::text);
  }
}
