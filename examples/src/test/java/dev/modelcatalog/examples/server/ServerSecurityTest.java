package dev.modelcatalog.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.SampleCatalog;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example server's security properties, each over real HTTP: loopback by default, every write behind the
 * bearer token, no oracle in refusals, no internals in any answer, ids never turned into file paths, hostile
 * bytes refused while the server keeps serving.
 */
class ServerSecurityTest {

  private static final String TOKEN = "security-admin-token-0123456789";
  private static final String MODEL = "{\"id\":\"acme/secure-1\",\"owned_by\":\"acme\",\"context_window\":4096}";

  @TempDir Path dir;
  private Path state;
  private ModelServer server;

  @BeforeEach
  void start() {
    state = dir.resolve("data").resolve("state.json");
    server = ModelServer.start(SampleCatalog.registry(),
        ServerConfig.local(0).withAdminToken(TOKEN).withStateFile(state));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private String models() {
    return ServerFixture.get(server, "/api/registry/models").body();
  }

  @Test
  void defaultConfig_bindsToLoopback() {
    // The command line's default is checked in ServeDefaultsTest.
    assertEquals("127.0.0.1", ServerConfig.local(8080).host());
    assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"));
  }

  @Test
  void loopbackServer_isNotReachableFromOtherAddresses() throws IOException {
    List<InetAddress> others = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
          others.add(address);
        }
      }
    }
    Assumptions.assumeFalse(others.isEmpty(), "this machine has no address but loopback");
    for (InetAddress address : others) {
      try (Socket socket = new Socket()) {
        assertThrows(IOException.class, () -> socket.connect(new InetSocketAddress(address, server.port()), 2_000),
            "reachable on " + address);
      }
    }
  }

  /** A token no client could send whole, or no secret at all, stops the server before it starts. */
  @Test
  void adminToken_withWhitespaceOrControlCharacters_isRefusedAtStart() {
    for (String token : List.of(" ".repeat(20), TOKEN + "\n", "token with spaces inside", "\ttabbed-token-0123456",
        "nul\0-in-the-token-0123")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ServerConfig.local(0).withAdminToken(token), token);
      assertTrue(e.getMessage().startsWith("adminToken: character "), e.getMessage());
    }
    assertEquals(TOKEN, ServerConfig.local(0).withAdminToken(TOKEN).adminToken());
    assertEquals("adminToken: at least 16 characters, got 5",
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.local(0).withAdminToken("short")).getMessage());
  }

  @Test
  void everyWriteEndpoint_withoutTheToken_isRefusedAndChangesNothing() {
    String before = models();
    String[][] writes = {
        {"POST", "/api/registry/models", MODEL},
        {"PATCH", "/api/registry/models/gpt-4o", "{\"description\":\"changed\"}"},
        {"PATCH", "/api/registry/models/gpt-4o/pricing", "{\"input_per_million\":0}"},
        {"PATCH", "/api/registry/models/gpt-4o/status", "{\"status\":\"deprecated\"}"},
        {"PATCH", "/api/registry/models/gpt-4o/capabilities", "{\"operation\":\"remove\",\"capability\":\"chat\"}"},
        {"DELETE", "/api/registry/models/gpt-4o", null}};
    // No header, another scheme, wrong tokens close to and far from the real one, empty.
    String[] headers = {null, "Basic " + TOKEN, "Bearer", "Bearer ", "Bearer wrong",
        "Bearer " + TOKEN.substring(0, TOKEN.length() - 1), "Bearer " + TOKEN + "x", "Bearer x" + TOKEN,
        "Bearer " + TOKEN.toUpperCase(java.util.Locale.ROOT), "Bearer " + TOKEN.replace('0', '1')};
    for (String[] write : writes) {
      List<String> refusals = new ArrayList<>();
      for (String header : headers) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.baseUrl() + write[1]))
            .method(write[0], write[2] == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(write[2]))
            .header("Content-Type", "application/json");
        if (header != null && !header.isBlank()) {
          request.header("Authorization", header);
        }
        ServerFixture.Reply reply = ServerFixture.send(request);
        assertEquals(401, reply.status(), write[0] + " " + write[1] + " with " + header);
        assertEquals("Bearer", reply.header("www-authenticate"));
        if (header != null && header.startsWith("Bearer ") && header.length() > 7) {
          refusals.add(reply.body());
        }
      }
      // A token one character off is refused exactly like one that is nothing like it: no oracle.
      assertEquals(1, refusals.stream().distinct().count(), refusals.toString());
    }
    assertEquals(before, models(), "no refused write changed anything");
    assertFalse(Files.exists(state), "no refused write saved anything");
  }

  @Test
  void internalFailure_answers500WithAReferenceOnly() throws IOException {
    // The state file's directory is a plain file, so saving fails inside the server.
    Path blocked = dir.resolve("blocked");
    Files.writeString(blocked, "not a directory");
    Path unwritable = blocked.resolve("state.json");
    try (ModelServer broken = ModelServer.start(SampleCatalog.registry(),
        ServerConfig.local(0).withAdminToken(TOKEN).withStateFile(unwritable))) {
      ServerFixture.Reply reply = ServerFixture.send(broken, "POST", "/api/registry/models", TOKEN, MODEL);
      assertEquals(500, reply.status(), reply.body());
      assertEquals("state_not_saved", reply.json().get("error").get("code").asText());
      assertEquals("the change could not be saved, so it was not made",
          reply.json().get("error").get("message").asText(), reply.body());
      assertNull(RawHttp.leak(reply.body(), dir.toString(), "state.json", "blocked", "directory"), reply.body());
      assertEquals(404, ServerFixture.get(broken, "/v1/models/acme/secure-1").status(), "the failed write was undone");
    }
  }

  @Test
  void hostileIds_neverBecomeFilePaths() throws IOException {
    String[] ids = {"../escape", "../../escape", "/etc/escape", "a/../../escape", "..\\\\..\\\\escape",
        "C:\\\\escape", "%2e%2e%2fescape", "..%2Fescape", "escape\\u0000.json", "state.json", "../data/state.json"};
    for (String id : ids) {
      ServerFixture.send(server, "POST", "/api/registry/models", TOKEN,
          "{\"id\":\"" + id + "\",\"owned_by\":\"acme\",\"context_window\":10}");
      String path = java.net.URLEncoder.encode(id.replace("\\u0000", "\u0000"), StandardCharsets.UTF_8)
          .replace("+", "%20");
      ServerFixture.send(server, "DELETE", "/api/registry/models/" + path, TOKEN, null);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertTrue(files.isEmpty() || files.equals(List.of(state)), "files written: " + files);
    try (Stream<Path> siblings = Files.list(dir.getParent())) {
      assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("escape")));
    }
  }

  @Test
  void hostileRequests_areRefusedWithoutInternalsAndTheServerStaysUp() throws IOException {
    String bigHeader = "X-Filler: " + "h".repeat(64 * 1024) + "\r\n";
    StringBuilder manyHeaders = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      manyHeaders.append("X-H").append(i).append(": v\r\n");
    }
    List<byte[]> requests = new ArrayList<>(List.of(
        ascii("GET /v1/models/%zz HTTP/1.1\r\nHost: x\r\n\r\n"),
        ascii("GET /v1/models/%c0%ae%c0%ae%c0%af HTTP/1.1\r\nHost: x\r\n\r\n"),
        ascii("GET /v1/models/a%00b HTTP/1.1\r\nHost: x\r\n\r\n"),
        ascii("GET /api/registry/models/..%2F..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\n\r\n"),
        ascii("GET /v1/models?capability=" + "v".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n"),
        ascii("GET /healthz HTTP/1.1\r\nHost: x\r\n" + bigHeader + "\r\n"),
        ascii("GET /healthz HTTP/1.1\r\nHost: x\r\n" + manyHeaders + "\r\n"),
        ascii("GET http://elsewhere.invalid/v1/models HTTP/1.1\r\nHost: x\r\n\r\n"),
        ascii("BREW /v1/models HTTP/1.1\r\nHost: x\r\n\r\n"),
        ascii("GET /v1/models\r\n\r\n"),
        ascii("\u0000\u0001\u0002 / HTTP/1.1\r\n\r\n"),
        ascii("POST /api/registry/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 10\r\n\r\n{\"limit\":"),
        ascii("POST /api/registry/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: -5\r\n\r\n{}"),
        ascii("POST /api/registry/recommend HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            + "Content-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
        ascii("POST /api/registry/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 6001\r\n\r\n" + "[".repeat(6000) + "]"),
        ascii("POST /api/registry/models HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN + "\r\n"
            + "Content-Type: application/json\r\nContent-Length: 3\r\n\r\n\"x\"")));
    requests.add(concat(ascii("GET /v1/models/"), new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xff},
        ascii(" HTTP/1.1\r\nHost: x\r\n\r\n")));
    requests.add(concat(ascii("POST /api/registry/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
        + "\r\nContent-Length: 4\r\n\r\n"), new byte[] {(byte) 0xfe, (byte) 0xff, 0, '{'}));
    for (byte[] request : requests) {
      RawHttp.Answer answer = RawHttp.send(server.port(), request);
      String shown = new String(request, 0, Math.min(request.length, 80), StandardCharsets.ISO_8859_1);
      assertTrue(answer.status() == 0 || answer.status() >= 400 && answer.status() < 500,
          "status " + answer.status() + " for " + shown);
      assertNull(RawHttp.leak(answer.text(), dir.toString()), "leak in the answer to " + shown + ": " + answer.text());
    }
    assertEquals(200, ServerFixture.get(server, "/healthz").status(), "the server still serves");
    assertEquals(200, ServerFixture.get(server, "/v1/models/gpt-4o").status());
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
