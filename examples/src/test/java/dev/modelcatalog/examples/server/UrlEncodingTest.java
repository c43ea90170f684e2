package dev.modelcatalog.examples.server;

import static dev.modelcatalog.examples.server.ServerFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.examples.catalog.RegistryJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Percent-escapes in the path and the query over HTTP: decoded as UTF-8, or refused with a 400. Requests with bad
 * escapes go through a raw socket, since {@code java.net.URI} refuses to build them.
 */
class UrlEncodingTest {

  private static ModelServer server;

  @BeforeAll
  static void start() {
    server = ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static Stream<Arguments> notUtf8() {
    String path = "the path is not UTF-8: the escapes at character ";
    return Stream.of(
        Arguments.of("/v1/models/%c3%28", null, path + "12 ('%c3%28') do not spell a character"),
        // An overlong encoding of "./" and an encoded surrogate: both refused by a strict UTF-8 decoder.
        Arguments.of("/v1/models/a%c0%ae%c0%af", null, path + "13 ('%c0%ae%c0%af') do not spell a character"),
        Arguments.of("/v1/models/%ed%a0%80", null, path + "12 ('%ed%a0%80') do not spell a character"),
        Arguments.of("/api/registry/search?q=llama%ff", "q",
            "the value of q is not UTF-8: the escapes at character 6 ('%ff') do not spell a character"),
        Arguments.of("/v1/models?%ffcapability=vision", null,
            "a query parameter's name is not UTF-8: the escapes at character 1 ('%ff') do not spell a character"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notUtf8")
  void escapesThatAreNotUtf8_areA400NamingWhere(String path, String param, String message) throws IOException {
    RawHttp.Answer answer = rawGet(path);
    assertEquals(400, answer.status(), answer.text());
    JsonNode error = RegistryJson.MAPPER.readTree(body(answer)).get("error");
    assertEquals("invalid_url_encoding", error.get("code").asText(), answer.text());
    assertEquals("invalid_request_error", error.get("type").asText());
    assertEquals(param, error.get("param").isNull() ? null : error.get("param").asText());
    assertEquals(message, error.get("message").asText());
  }

  /** Undertow's request parser refuses these before any handler runs; the server answers the next request. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/v1/models/%zz", "/v1/models/gpt%2", "/v1/models/gpt-4o%", "/v1/models?capability=%zz"})
  void malformedEscapes_areRefusedByTheParser(String path) throws IOException {
    RawHttp.Answer answer = rawGet(path);
    assertEquals(400, answer.status(), answer.text());
    assertEquals("", body(answer));
    assertEquals(200, get(server, "/v1/models/gpt-4o").status());
  }

  @Test
  void escapedCharacters_reachTheSameModel() {
    for (String path : List.of("/v1/models/gpt%2D4o", "/v1/models/%67%70%74-4o", "/v1/models/gpt-4o")) {
      ServerFixture.Reply reply = get(server, path);
      assertEquals(200, reply.status(), path);
      assertEquals("gpt-4o", reply.json().get("id").asText(), path);
    }
    ServerFixture.Reply slash = get(server, "/v1/models/meta-llama%2fLlama-3.1-70B-Instruct");
    assertEquals(200, slash.status());
    assertEquals("meta-llama/Llama-3.1-70B-Instruct", slash.json().get("id").asText());
  }

  @Test
  void severalEscapesMakeOneCharacter_andAPlusInThePathStaysAPlus() {
    JsonNode accented = get(server, "/v1/models/caf%C3%A9-model").json().get("error");
    assertEquals("The model 'café-model' does not exist", accented.get("message").asText());
    JsonNode plus = get(server, "/v1/models/zz+qq").json().get("error");
    assertEquals("The model 'zz+qq' does not exist", plus.get("message").asText());
  }

  @Test
  void queryNamesAndValues_areDecoded_plusIsASpace() {
    List<String> vision = ids(get(server, "/v1/models?capability=vision").json());
    assertFalse(vision.isEmpty());
    assertEquals(vision, ids(get(server, "/v1/models?capa%62ility=vis%69on").json()));
    List<String> words = ids(get(server, "/api/registry/search?q=mixtral%20moe").json());
    assertEquals(List.of("mistralai/Mixtral-8x7B-Instruct-v0.1"), words);
    assertEquals(words, ids(get(server, "/api/registry/search?q=mixtral+moe").json()));
  }

  private static RawHttp.Answer rawGet(String path) throws IOException {
    return RawHttp.send(server.port(), "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  }

  private static String body(RawHttp.Answer answer) {
    return answer.text().substring(answer.text().indexOf("\r\n\r\n") + 4);
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.get("data").forEach(m -> ids.add(m.get("id").asText()));
    return ids;
  }
}
