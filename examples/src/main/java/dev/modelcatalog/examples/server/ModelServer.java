package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.PrometheusFormat;
import dev.modelcatalog.runtime.UsageRecorder;
import dev.modelcatalog.runtime.json.ModelJson;
import dev.modelcatalog.runtime.store.RegistrySync;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.xnio.Options;

/**
 * The model server: {@code /v1/models} in OpenAI's shape, the registry API under {@code /api/registry}, the
 * catalog page at {@code /} and Prometheus metrics at {@code /metrics}, on Undertow. Every answer comes from the
 * {@link ModelRegistry} it serves; every request is recorded in the registry's usage analytics.
 *
 * <p>Lookups are answered on Undertow's IO threads (they never block: the registry's reads are lock-free), so a
 * request costs no thread hand-off; only requests with a body or a file write move to the worker pool. Request
 * size is bounded twice: the URL (path and query) here, the header block and the body by Undertow's parser.
 * Unexpected failures are answered with a reference number and logged here, never with a stack trace.
 *
 * <pre>{@code
 * try (ModelServer server = ModelServer.start(registry, ServerConfig.local(8080))) {
 *   server.awaitStop();
 * }
 * }</pre>
 */
public final class ModelServer implements AutoCloseable {

  private final Undertow undertow;
  private final GracefulShutdownHandler shutdown;
  private final Router router;
  private final ServerConfig config;
  private final int port;

  private ModelServer(Undertow undertow, GracefulShutdownHandler shutdown, Router router, ServerConfig config) {
    this.undertow = undertow;
    this.shutdown = shutdown;
    this.router = router;
    this.config = config;
    this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  /**
   * Starts a server; it listens once this returns. With a state file, the changes saved there are restored into
   * the registry first.
   *
   * @throws UncheckedIOException when the state file exists but cannot be read, or when the server cannot listen
   *     on the configured host and port (taken, or no such host)
   * @throws dev.modelcatalog.runtime.json.InvalidCatalogDocumentException when the state file is invalid; the
   *     registry is unchanged and nothing listens
   */
  public static ModelServer start(ModelRegistry registry, ServerConfig config) {
    return start(new Router(registry, PersistedWrites.open(registry, config.stateFile()), config), config);
  }

  /**
   * Starts a replica: a server whose run-time changes live in a store shared with other replicas. Writes go to the
   * store first (compare-and-set), then to this replica's registry; changes other replicas make arrive with the
   * sync's refreshes ({@link RegistrySync#start}). {@code /healthz} reports the store's health. The caller owns
   * the sync and its store and closes them after the server.
   *
   * @throws IllegalArgumentException when the configuration names a state file too: a replica keeps its state in
   *     the store
   * @throws UncheckedIOException when the server cannot listen on the configured host and port
   */
  public static ModelServer startReplica(RegistrySync sync, ServerConfig config) {
    if (config.stateFile() != null) {
      throw new IllegalArgumentException("stateFile: a replica keeps its state in its store, not in "
          + config.stateFile());
    }
    return start(new Router(sync.registry(), new SharedStoreWrites(sync), config), config);
  }

  private static ModelServer start(Router router, ServerConfig config) {
    GracefulShutdownHandler shutdown = new GracefulShutdownHandler(router);
    Undertow undertow = Undertow.builder()
        .addHttpListener(config.port(), config.host())
        .setHandler(shutdown)
        // Header block (request line included) and body limits, enforced while parsing.
        .setServerOption(UndertowOptions.MAX_HEADER_SIZE, Math.max(8 * 1024, config.maxUrlLength() * 2))
        // Undertow cuts the connection past this hard stop. The handlers stop reading one byte past the
        // configured limit and answer 413; the margin covers the parser's read-ahead (a buffer or so) on chunked
        // bodies, so that answer can still be sent.
        .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, config.maxBodyBytes() + 1024L * 1024)
        .setServerOption(UndertowOptions.MAX_PARAMETERS, 100)
        .setServerOption(UndertowOptions.MAX_HEADERS, 100)
        // The path and query are decoded by UrlDecoding, which answers a bad escape in the API's error shape.
        // Ids contain '/', and clients that encode it as %2F reach the same model.
        .setServerOption(UndertowOptions.DECODE_URL, false)
        .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
        .setSocketOption(Options.READ_TIMEOUT, 30_000)
        .build();
    try {
      undertow.start();
    } catch (RuntimeException e) {
      // Undertow wraps what kept it from listening (the port taken, the host unknown) in a plain RuntimeException;
      // it has already shut its worker down.
      if (e.getCause() instanceof IOException cause) {
        // The resolver's own message repeats the host name before its reason.
        String why = cause instanceof UnknownHostException ? "no such host" : cause.getMessage();
        throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port() + ": " + why,
            cause);
      }
      throw e;
    }
    return new ModelServer(undertow, shutdown, router, config);
  }

  /**
   * Prepares now what the first requests would otherwise wait for: the registry's indexes
   * ({@link ModelRegistry#warmUp}), the writing of the server's most common bodies (model lists, models, their
   * capabilities, errors, health) and the recording of usage, whose first use loads several hundred classes, then
   * one request to the server itself over loopback, which loads the HTTP path. Nothing is logged or counted as a
   * request, and no answer changes. Safe from any thread while the server answers; a server calls it on a thread
   * of its own once listening.
   */
  public void warmUp() {
    String path = router.warmUp();
    router.expectWarmUp(true);
    try {
      SelfRequest.send(config.host(), port, path, router.warmUpKey);
    } finally {
      router.expectWarmUp(false);
    }
  }

  /** How many of its own warm-up requests the server answered (tests). */
  int warmUpRequests() {
    return router.warmUpRequests();
  }

  /** The port listened on (the chosen one when the configuration said 0). */
  public int port() {
    return port;
  }

  /** {@code http://host:port}. */
  public String baseUrl() {
    return "http://" + config.host() + ":" + port;
  }

  /**
   * Stops taking requests, waits up to the configured timeout for those in flight, then stops. Requests that
   * arrive meanwhile are answered 503.
   */
  public void stop() {
    shutdown.shutdown();
    try {
      shutdown.awaitShutdown(config.shutdownTimeout().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    undertow.stop();
  }

  @Override
  public void close() {
    stop();
  }

  /** Sends each request to the handler of its family and turns every failure into an error body. */
  private static final class Router implements HttpHandler {

    /** Marks an exchange whose access log line and usage record are arranged, so a dispatch does not repeat it. */
    private static final AttachmentKey<Boolean> TRACKED = AttachmentKey.create(Boolean.class);
    private static final HttpString WARM_UP_HEADER = new HttpString(SelfRequest.KEY_HEADER);

    /** Random per server and never sent anywhere but to the server itself: a client cannot hide its requests. */
    final String warmUpKey = UUID.randomUUID().toString();
    /** Set only while the warm-up's own request is under way, so other requests never look for the key. */
    private volatile boolean expectingWarmUp;
    private final AtomicInteger warmUpRequests = new AtomicInteger();

    private final ModelRegistry registry;
    private final ModelWrites writes;
    private final ServerConfig config;
    private final AccessLog accessLog;
    private final UsageTracking usage;
    private final OpenAiHandler openAi;
    private final RegistryHandler registryApi;
    private final StaticPageHandler page;

    Router(ModelRegistry registry, ModelWrites writes, ServerConfig config) {
      this.registry = registry;
      this.writes = writes;
      this.config = config;
      this.accessLog = config.accessLog() == null ? null : new AccessLog(config.accessLog());
      this.usage = new UsageTracking(registry);
      this.openAi = new OpenAiHandler(registry);
      this.registryApi = new RegistryHandler(registry, writes, new BearerAuth(config.adminToken()),
          config.maxBodyBytes());
      this.page = new StaticPageHandler();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
      if (exchange.getAttachment(TRACKED) == null) {
        exchange.putAttachment(TRACKED, Boolean.TRUE);
        if (isWarmUp(exchange)) {
          warmUpRequests.incrementAndGet();
        } else {
          usage.track(exchange);
          if (accessLog != null) {
            accessLog.track(exchange);
          }
        }
      }
      if (exchange.isInIoThread() && RegistryHandler.blocks(exchange)) {
        exchange.dispatch(this);
        return;
      }
      try {
        route(exchange);
      } catch (ApiError e) {
        if (!exchange.isResponseStarted()) {
          Responses.error(exchange, e);
        }
      } catch (RuntimeException e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        System.err.println("request " + reference + " failed: " + exchange.getRequestMethod() + " "
            + ApiError.clip(exchange.getRequestPath()));
        e.printStackTrace();
        if (!exchange.isResponseStarted()) {
          Responses.error(exchange, ApiError.internal(reference));
        }
      }
    }

    private void route(HttpServerExchange exchange) {
      // Undertow gives an empty query string, not null, for a URL without one: only a query adds its '?'.
      String query = exchange.getQueryString();
      int queryLength = query == null || query.isEmpty() ? 0 : query.length() + 1;
      if (exchange.getRequestURI().length() + queryLength > config.maxUrlLength()) {
        throw ApiError.uriTooLong(config.maxUrlLength());
      }
      String path = withoutTrailingSlash(UrlDecoding.path(exchange.getRequestPath()));
      if (path.equals(OpenAiHandler.PREFIX) || path.startsWith(OpenAiHandler.PREFIX + "/")) {
        openAi.handle(exchange, path);
      } else if (path.startsWith(RegistryHandler.PREFIX)) {
        registryApi.handle(exchange, path);
      } else if (StaticPageHandler.serves(path)) {
        page.handle(exchange, path);
      } else if (path.equals("/metrics")) {
        onlyGet(exchange);
        Responses.text(exchange, 200, PrometheusFormat.CONTENT_TYPE, PrometheusFormat.toText(registry.usage()));
      } else if (path.equals("/healthz")) {
        onlyGet(exchange);
        Responses.json(exchange, 200, health());
      } else {
        throw ApiError.notFound("no such route: " + ApiError.clip(path));
      }
    }

    /**
     * The path without trailing slashes, which clients and proxies add ({@code /v1/models/gpt-4o/}): no id ends in
     * one, so the path names the same thing without them. The root stays {@code /}.
     */
    static String withoutTrailingSlash(String path) {
      int end = path.length();
      while (end > 1 && path.charAt(end - 1) == '/') {
        end--;
      }
      return path.substring(0, end);
    }

    /** The server's own request, from {@link SelfRequest}, carrying its key: neither logged nor counted. */
    private boolean isWarmUp(HttpServerExchange exchange) {
      if (!expectingWarmUp) {
        return false;
      }
      String key = exchange.getRequestHeaders().getFirst(WARM_UP_HEADER);
      return key != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
          warmUpKey.getBytes(StandardCharsets.UTF_8));
    }

    /** How many of the server's own warm-up requests it answered (tests). */
    int warmUpRequests() {
      return warmUpRequests.get();
    }

    void expectWarmUp(boolean expecting) {
      expectingWarmUp = expecting;
    }

    /**
     * {@link ModelServer#warmUp}, but for the request to itself; returns the path that request asks for: a model by
     * id, the most common request, or the list when there is no model.
     */
    String warmUp() {
      registry.warmUp();
      openAi.warmUp();
      ModelJson.write(health());
      List<ModelDefinition> models = registry.listModels(ModelQuery.ALL);
      String id = models.isEmpty() ? null : models.get(0).id();
      // Recording a request's usage loads its classes on first use; a recorder of its own keeps the count at 0.
      new UsageRecorder(registry, 1).record(id, 0, 0, 0, 0L);
      // Ids are written into the path as they are; one that would need escapes is left for the list.
      return id != null && id.matches("[A-Za-z0-9._/-]+") ? OpenAiHandler.PREFIX + "/" + id : OpenAiHandler.PREFIX;
    }

    /**
     * {@code ok}, or for a replica its store's status ({@code ok}, {@code degraded}, {@code unreachable}) with the
     * details. Always 200: a replica that cannot reach its store still serves its last good state.
     */
    private ObjectNode health() {
      ObjectNode body = RegistryJson.object().put("status", "ok");
      writes.health().ifPresent(store -> {
        body.put("status", store.path("status").asText("ok"));
        body.set("store", store);
      });
      return body;
    }

    private static void onlyGet(HttpServerExchange exchange) {
      if (!exchange.getRequestMethod().equals(Methods.GET) && !exchange.getRequestMethod().equals(Methods.HEAD)) {
        throw ApiError.methodNotAllowed(exchange.getRequestMethod().toString(), ApiError.READ_ONLY);
      }
    }
  }
}
