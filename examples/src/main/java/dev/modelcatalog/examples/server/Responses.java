package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.runtime.json.ModelJson;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Writes JSON bodies, text bodies and error bodies. */
final class Responses {

  private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");

  private Responses() {}

  /** A JSON body, written by the runtime's {@link ModelJson#write} so decimals stay as they are. */
  static void json(HttpServerExchange exchange, int status, JsonNode body) {
    text(exchange, status, "application/json; charset=utf-8", ModelJson.write(body));
  }

  static void text(HttpServerExchange exchange, int status, String contentType, String body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
    exchange.getResponseHeaders().put(NOSNIFF, "nosniff");
    exchange.getResponseSender().send(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)));
  }

  static void error(HttpServerExchange exchange, ApiError error) {
    if (error.status == 401) {
      exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer");
    }
    if (error.allow != null) {
      exchange.getResponseHeaders().put(Headers.ALLOW, error.allow);
    }
    json(exchange, error.status, errorBody(error));
  }

  /** OpenAI's error shape: {@code {"error": {"message", "type", "param", "code"}}}, with suggestions if any. */
  static ObjectNode errorBody(ApiError error) {
    ObjectNode root = RegistryJson.object();
    ObjectNode body = root.putObject("error");
    body.put("message", error.getMessage());
    body.put("type", error.type);
    if (error.param == null) {
      body.putNull("param");
    } else {
      body.put("param", error.param);
    }
    body.put("code", error.code);
    if (!error.suggestions.isEmpty()) {
      error.suggestions.forEach(body.putArray("suggestions")::add);
    }
    return root;
  }
}
