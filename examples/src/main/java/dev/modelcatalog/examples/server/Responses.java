package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.ModelJson;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;

/** Writes JSON bodies and error bodies. */
final class Responses {

  private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");

  private Responses() {}

  static void json(HttpServerExchange exchange, int status, JsonNode body) {
    byte[] bytes;
    try {
      bytes = ModelJson.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
    exchange.getResponseHeaders().put(NOSNIFF, "nosniff");
    exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
  }

  static void error(HttpServerExchange exchange, ApiError error) {
    ObjectNode root = ModelJson.MAPPER.createObjectNode();
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
    if (error.status == 401) {
      exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer");
    }
    json(exchange, error.status, root);
  }
}
