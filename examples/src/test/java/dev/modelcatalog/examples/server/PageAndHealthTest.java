package dev.modelcatalog.examples.server;

import static dev.modelcatalog.examples.server.ServerFixture.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog page's three files and the health route, over real HTTP. */
class PageAndHealthTest extends SampleServerPerTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PageAndHealthTest.class.getResourceAsStream("/web/" + name)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/, index.html, text/html; charset=utf-8",
      "/static/app.js, app.js, text/javascript; charset=utf-8",
      "/static/app.css, app.css, text/css; charset=utf-8"})
  void pageFile_isServedWithItsTypeAndPolicy(String path, String file, String type) throws IOException {
    ServerFixture.Reply reply = get(server, path);
    assertEquals(200, reply.status());
    assertArrayEquals(resource(file), reply.body().getBytes(StandardCharsets.UTF_8));
    assertEquals(type, reply.header("content-type"));
    assertEquals("default-src 'self'; img-src 'self' data:", reply.header("content-security-policy"));
    assertEquals("no-cache", reply.header("cache-control"));
  }

  @Test
  void pageFile_post_is405() {
    ServerFixture.Reply reply = ServerFixture.send(server, "POST", "/static/app.js", null, "{}");
    assertEquals(405, reply.status());
    assertEquals("method_not_allowed", reply.json().get("error").get("code").asText());
  }

  @Test
  void healthz_ofAServerWithoutAStore_isOk() {
    ServerFixture.Reply reply = get(server, "/healthz");
    assertEquals(200, reply.status());
    assertEquals("{\"status\":\"ok\"}", reply.body());
    assertEquals(405, ServerFixture.send(server, "DELETE", "/healthz", null, null).status());
  }
}
