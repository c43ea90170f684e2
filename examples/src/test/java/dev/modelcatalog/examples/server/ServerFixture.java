package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.catalog.RegistryJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks real HTTP to a server under test. */
final class ServerFixture {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /**
   * How long one request may take before the test fails: a guard against a hung server, not a speed check. A
   * replica's write goes through the test's S3 proxy, which answers 503 to a request S3Mock leaves unanswered for
   * 5 s; the S3 client then retries, so one write may take several of those.
   */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private ServerFixture() {}

  /** A response with its body, parsed as JSON when it is JSON. */
  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return RegistryJson.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  static Reply get(ModelServer server, String path) {
    return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET());
  }

  static Reply send(ModelServer server, String method, String path, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = CLIENT.send(request.timeout(REQUEST_TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
