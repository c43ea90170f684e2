package dev.modelcatalog.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.modelcatalog.runtime.Fixtures;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loading an overlay document from a loopback HTTP server: ETags and 304, changes, failures. */
class RemoteCatalogTest {

  HttpServer server;
  volatile String document;
  volatile String etag;
  volatile int status = 200;
  final AtomicInteger notModified = new AtomicInteger();
  final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/overlay.json", exchange -> {
      requests.incrementAndGet();
      try (exchange) {
        String known = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (status == 200 && etag != null && etag.equals(known)) {
          notModified.incrementAndGet();
          exchange.sendResponseHeaders(304, -1);
          return;
        }
        byte[] body = (status == 200 ? document : "oops").getBytes(StandardCharsets.UTF_8);
        if (etag != null) {
          exchange.getResponseHeaders().add("ETag", etag);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/overlay.json");
  }

  static String doc(String... models) {
    return "[" + String.join(",", models) + "]";
  }

  @Test
  void refresh_loadsThenAnswers304_thenAppliesChanges() {
    ModelRegistry registry = Fixtures.registry();
    AddedAndRemoved listener = new AddedAndRemoved();
    registry.addListener(listener);
    List<String> events = listener.events;
    document = doc("{\"id\":\"remote-a\",\"context_window\":8192}", "{\"id\":\"remote-b\",\"context_window\":4096}");
    etag = "\"v1\"";
    RemoteCatalog remote = RemoteCatalog.of(registry, uri());

    assertTrue(remote.refresh());
    assertEquals(8192, registry.find("remote-a").orElseThrow().contextWindow());
    assertTrue(registry.contains("remote-b"));
    assertEquals("\"v1\"", remote.etag().orElseThrow());

    assertTrue(remote.refresh());
    assertEquals(1, notModified.get());
    assertEquals(List.of("added remote-a", "added remote-b"), events);

    document = doc("{\"id\":\"remote-a\",\"context_window\":8192}");
    etag = "\"v2\"";
    assertTrue(remote.refresh());
    assertFalse(registry.contains("remote-b"));
    assertEquals(List.of("added remote-a", "added remote-b", "removed remote-b"), events);
    assertTrue(remote.health().healthy());
  }

  @Test
  void failingEndpoint_keepsLastGoodModels_andSaysSo() {
    ModelRegistry registry = Fixtures.registry();
    document = doc("{\"id\":\"remote-a\",\"context_window\":8192}");
    etag = "\"v1\"";
    RemoteCatalog remote = RemoteCatalog.of(registry, uri());
    assertTrue(remote.refresh());

    status = 500;
    assertFalse(remote.refresh());
    assertTrue(registry.contains("remote-a"));
    assertTrue(remote.health().lastError().contains("HTTP 500"), remote.health().lastError());
    assertTrue(remote.health().lastSyncTime().isPresent());

    status = 200; // the same document: a 304 that makes the catalog healthy again
    assertTrue(remote.refresh());
    assertEquals(1, notModified.get());
    assertTrue(remote.health().healthy(), remote.health().toString());

    status = 500;
    assertFalse(remote.refresh());

    status = 200;
    document = "[{\"id\":\"remote-a\",\"context_window\":-1}]";
    etag = "\"v3\"";
    assertFalse(remote.refresh());
    assertEquals(8192, registry.find("remote-a").orElseThrow().contextWindow());
    assertTrue(remote.health().lastError().contains("context-window-not-positive"), remote.health().lastError());

    server.stop(0);
    assertFalse(remote.refresh());
    assertFalse(remote.health().reachable());
    assertTrue(registry.contains("remote-a"));
  }

  @Test
  @SuppressWarnings("try") // the catalog is held open for the block, which only watches the registry
  void start_refreshesOnATimer() throws InterruptedException {
    ModelRegistry registry = Fixtures.registry();
    document = doc("{\"id\":\"remote-a\",\"context_window\":8192}");
    etag = "\"v1\"";
    try (RemoteCatalog remote = RemoteCatalog.of(registry, uri()).start(java.time.Duration.ofMillis(20))) {
      assertTrue(registry.contains("remote-a"), "the first read happens in start");
      for (int i = 0; i < 500 && notModified.get() < 2; i++) {
        Thread.sleep(10);
      }
      assertTrue(notModified.get() >= 2, "later reads come from the timer");
    }
    int afterClose = requests.get();
    Thread.sleep(200); // ten periods of the timer
    assertTrue(requests.get() <= afterClose + 1, "closed: at most a read already under way, then none");
  }

  @Test
  void of_otherSchemes_areRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RemoteCatalog.of(Fixtures.registry(), URI.create("file:///etc/models.json")));
    assertTrue(e.getMessage().startsWith("uri:"));
  }
}
