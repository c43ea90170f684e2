package dev.modelcatalog.runtime.store;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.json.CustomModels;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Models loaded into a registry from a model document at an HTTP(S) URL, kept up to date: each refresh sends the
 * last {@code ETag} in {@code If-None-Match}, so an unchanged document costs a 304 and no parsing. A changed document
 * is checked as a whole ({@link CustomModels#parse}, the same rules as any model document) and applied in one step:
 * its models are registered or replaced, and models it no longer lists are removed. A failing endpoint, an error
 * status or an invalid document changes nothing: the registry keeps the last good models and {@link #health()} says
 * what went wrong.
 *
 * <pre>{@code
 * RemoteCatalog remote = RemoteCatalog.of(registry, URI.create("https://models.example.com/overlay.json"))
 *     .start(Duration.ofMinutes(5));
 * remote.health().lastSyncTime();
 * }</pre>
 */
public final class RemoteCatalog implements Closeable {

  /** How long one request may take. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final ModelRegistry registry;
  private final URI uri;
  private final HttpClient client;
  private final Duration timeout;
  private final HealthTracker health;
  private final Object lock = new Object();
  /** The models the last good document held, by id; removed from the registry when a later one drops them. */
  private Map<String, ModelDefinition> loaded = Map.of();
  private String etag;
  private volatile Refresher refresher;

  private RemoteCatalog(ModelRegistry registry, URI uri, HttpClient client, Duration timeout) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.uri = Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("uri: '" + uri + "' is not an http or https URL");
    }
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.health = new HealthTracker(uri.toString(), Clock.systemUTC());
  }

  /** A remote catalog read with a default client; nothing is read until {@link #refresh} or {@link #start}. */
  public static RemoteCatalog of(ModelRegistry registry, URI uri) {
    return of(registry, uri, HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL).build(), DEFAULT_TIMEOUT);
  }

  /** A remote catalog read with this client, each request bounded by the timeout. */
  public static RemoteCatalog of(ModelRegistry registry, URI uri, HttpClient client, Duration timeout) {
    return new RemoteCatalog(registry, uri, client, timeout);
  }

  /**
   * Reads the document now, then every {@code interval} on a daemon thread until {@link #close}. A first read that
   * fails is not thrown; {@link #health()} reports it.
   *
   * @return this
   */
  public RemoteCatalog start(Duration interval) {
    synchronized (lock) {
      if (refresher != null) {
        throw new IllegalStateException("already started");
      }
      refresh();
      refresher = new Refresher("modelcatalog-remote " + uri, interval, this::refresh);
    }
    return this;
  }

  /**
   * Reads the document if it changed and applies it. Never throws.
   *
   * @return whether the endpoint answered with a usable document or 304
   */
  public boolean refresh() {
    synchronized (lock) {
      try {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
            .header("Accept", "application/json");
        if (etag != null) {
          request.header("If-None-Match", etag);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 304 && etag != null) {
          health.succeeded(etag, List.of());
          return true;
        }
        if (response.statusCode() != 200) {
          throw new IOException("HTTP " + response.statusCode() + " from " + uri);
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        apply(CustomModels.parse(body, uri.toString()).models());
        etag = response.headers().firstValue("ETag").orElse(null);
        health.succeeded(etag, List.of());
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        health.failed(e);
        return false;
      } catch (IOException | RuntimeException e) {
        health.failed(e);
        return false;
      }
    }
  }

  private void apply(List<ModelDefinition> models) {
    Map<String, ModelDefinition> next = new HashMap<>();
    List<ModelDefinition> put = new ArrayList<>();
    for (ModelDefinition model : models) {
      next.put(model.id(), model);
      if (!model.equals(loaded.get(model.id()))) {
        put.add(model);
      }
    }
    List<String> remove = new ArrayList<>();
    for (String id : loaded.keySet()) {
      if (!next.containsKey(id)) {
        remove.add(id);
      }
    }
    registry.applyChanges(put, remove);
    loaded = Map.copyOf(next);
  }

  /** When the document was last read, whether that worked, and its ETag. */
  public SyncHealth health() {
    return health.health();
  }

  /** The ETag of the document applied; empty when the server sent none or nothing was read yet. */
  public Optional<String> etag() {
    synchronized (lock) {
      return Optional.ofNullable(etag);
    }
  }

  /** The URL read. */
  public URI uri() {
    return uri;
  }

  /** Stops the timer. */
  @Override
  public void close() {
    Refresher r = refresher;
    if (r != null) {
      r.close();
    }
  }
}
