package dev.modelcatalog.store.s3;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A loopback HTTP proxy in front of S3Mock that lets one PUT through at a time.
 *
 * <p>Why: S3 evaluates a conditional write ({@code If-Match}, {@code If-None-Match}) and the write itself as one
 * step. S3Mock checks the condition, then stores the object, so two conditional PUTs arriving together can both pass
 * the check. Serialising PUTs gives the tests S3's semantics; every request still goes to S3Mock unchanged (it does
 * not verify signatures, so the changed port in the Host header does not matter).
 */
final class SerialWriteProxy implements AutoCloseable {

  private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade",
      "transfer-encoding", "keep-alive", "date");
  /** How long a forwarded request may take, answer and body, before the proxy answers 503 instead. */
  private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(5);

  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI target;
  private final Object writeLock = new Object();

  SerialWriteProxy(URI target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::forward);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      URI uri = target.resolve(exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
      HttpRequest.Builder request = HttpRequest.newBuilder(uri)
          .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        if (!HOP_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
          header.getValue().forEach(v -> request.header(header.getKey(), v));
        }
      }
      HttpResponse<byte[]> response;
      try {
        if (exchange.getRequestMethod().equals("PUT")) {
          synchronized (writeLock) {
            response = send(request.build());
          }
        } else {
          response = send(request.build());
        }
      } catch (TimeoutException e) {
        // S3 clients retry a 503. Now and then a forwarded request got no whole answer at all, and under the write
        // lock that stalled every write of a test until the test gave up.
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      response.headers().map().forEach((name, values) -> {
        if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      byte[] out = response.body();
      boolean empty = out.length == 0 || response.statusCode() == 304 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : out.length);
      if (!empty) {
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(out);
        }
      }
    }
  }

  /** The whole exchange with S3Mock, headers and body, within {@link #FORWARD_TIMEOUT}. */
  private HttpResponse<byte[]> send(HttpRequest request) throws IOException, TimeoutException {
    CompletableFuture<HttpResponse<byte[]>> response =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    try {
      return response.get(FORWARD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    } catch (TimeoutException e) {
      response.cancel(true);
      throw e;
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
