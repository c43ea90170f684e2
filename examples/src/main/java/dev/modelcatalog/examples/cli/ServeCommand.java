package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.server.ModelServer;
import dev.modelcatalog.examples.server.ServerConfig;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.store.RegistryStore;
import dev.modelcatalog.runtime.store.RegistrySync;
import dev.modelcatalog.store.s3.S3StoreConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: runs the model server until the process is stopped; a stop (Ctrl-C, SIGTERM) lets requests in
 * flight finish first. The admin token comes from the environment, never from the command line, where other
 * users of the machine could read it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve /v1/models, the registry API and the catalog page.",
    footer = "%nThe write side is enabled by setting MODELCATALOG_ADMIN_TOKEN (at least 16 characters of visible"
        + " ASCII).")
final class ServeCommand implements Callable<Integer> {

  /**
   * Undertow and XNIO announce their versions at INFO whenever a server starts or stops, six lines of standard
   * error around the server's own one; their warnings and errors still show. Held here: the logging system keeps
   * loggers only weakly, and a collected logger would forget its level. A level set in a logging configuration
   * wins.
   */
  private static final Logger[] LIBRARY_LOGGERS = {Logger.getLogger("io.undertow"), Logger.getLogger("org.xnio")};

  /** Returned while the server runs, so that {@code main} does not exit the JVM under it. */
  static final int SERVING = -1;
  static final String TOKEN_VARIABLE = "MODELCATALOG_ADMIN_TOKEN";

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = {"-p", "--port"}, defaultValue = "8080", paramLabel = "PORT",
      description = "Port; 0 picks a free one (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--store", paramLabel = "LOCATION",
      description = "Share run-time changes with other replicas through this store: file:DIR, or "
          + "s3://bucket/prefix (credentials from the AWS SDK's default chain: AWS_ACCESS_KEY_ID, ...). Writes go "
          + "to the store first; changes of other replicas arrive every --refresh.")
  String store;

  @Option(names = "--s3-endpoint", paramLabel = "URL", converter = EndpointConverter.class,
      description = "Endpoint of an S3-compatible server (MinIO, Ceph, ...); implies path-style addressing unless "
          + "--s3-path-style=false. Default: MODELCATALOG_S3_ENDPOINT, else AWS.")
  URI s3Endpoint;

  @Option(names = "--s3-path-style", paramLabel = "BOOLEAN", arity = "1",
      description = "Put the bucket in the path rather than the host name.")
  Boolean s3PathStyle;

  @Option(names = "--refresh", defaultValue = "5s", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How often a replica reads what others changed in the store: 500ms, 5s, 2m, or ISO-8601 "
          + "(PT5S) (default ${DEFAULT-VALUE}).")
  Duration refresh;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Save run-time changes here (atomically, before answering) and restore them at start, so a "
          + "restart loses nothing.")
  Path state;

  // A plain flag: as a negatable option defaulting to true, picocli left the log on for --no-access-log.
  @Option(names = "--no-access-log",
      description = "Do not print the access log (one JSON line per request on standard output, on by default).")
  boolean noAccessLog;

  @Option(names = "--no-warm-up",
      description = "Do not prepare the registry's indexes and the JSON writers in the background at start (on by "
          + "default, so that no early request waits for them, such as the first misspelt model name for the fuzzy "
          + "index).")
  boolean noWarmUp;

  @Option(names = "--max-body", defaultValue = "65536", paramLabel = "BYTES",
      description = "Largest request body (default ${DEFAULT-VALUE}).")
  int maxBody;

  @Override
  public Integer call() {
    if (store != null && state != null) {
      throw new ParameterException(spec.commandLine(), "--state and --store: choose one; a replica keeps its "
          + "state in the store");
    }
    if (store == null && (s3Endpoint != null || s3PathStyle != null)) {
      throw new ParameterException(spec.commandLine(), "--s3-endpoint and --s3-path-style need --store s3://...");
    }
    if (refresh.isNegative() || refresh.isZero()) {
      throw new ParameterException(spec.commandLine(), "--refresh: must be more than 0, as in 5s or 500ms");
    }
    if (store == null && spec.commandLine().getParseResult().hasMatchedOption("--refresh")) {
      // Only a replica refreshes; without a store the option would do nothing.
      throw new ParameterException(spec.commandLine(), "--refresh needs --store: only a replica refreshes from a"
          + " store");
    }
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port: " + port + " is not between 0 and 65535 (0 picks a"
          + " free port)");
    }
    if (maxBody < 1) {
      throw new ParameterException(spec.commandLine(), "--max-body: must be at least 1 byte, got " + maxBody);
    }
    if (host.isBlank()) {
      // An empty address would bind every interface: from a script's unset variable, not a choice.
      throw new ParameterException(spec.commandLine(), "--host: is empty; give the address to bind, e.g. 127.0.0.1,"
          + " or 0.0.0.0 for every interface");
    }
    for (Logger logger : LIBRARY_LOGGERS) {
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARNING);
      }
    }
    String token = System.getenv(TOKEN_VARIABLE);
    try {
      ServerConfig.checkAdminToken(TOKEN_VARIABLE, token);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ModelRegistry registry = common.registry();
    ServerConfig config = new ServerConfig(host, port, token, maxBody, 2048,
        noAccessLog ? null : System.out, Duration.ofSeconds(10), state);
    ModelServer server;
    String shared = "";
    if (store == null) {
      server = ModelServer.start(registry, config);
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "model-server-shutdown"));
    } else {
      RegistryStore opened;
      try {
        opened = StoreLocation.open(store, s3Endpoint, s3PathStyle, System.getenv());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      RegistrySync sync = RegistrySync.of(registry, opened).start(refresh);
      try {
        server = ModelServer.startReplica(sync, config);
      } catch (RuntimeException e) {
        // Nothing listens (the port is taken, say): the refreshes and the store have nothing left to serve.
        sync.close();
        closeQuietly(opened);
        throw e;
      }
      ModelServer started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        started.stop();
        sync.close();
        closeQuietly(opened);
      }, "model-server-shutdown"));
      shared = ", sharing changes through " + opened.describe()
          + (sync.health().reachable() ? "" : " (not reachable yet: " + sync.health().lastError() + ")");
    }
    common.err().println("serving " + registry.size() + " models on " + server.baseUrl() + shared
        + (config.adminToken() == null ? " (read-only: set " + TOKEN_VARIABLE + " to enable writes)" : ""));
    common.err().flush();
    if (!noWarmUp) {
      warmUpInBackground(server);
    }
    return SERVING;
  }

  /**
   * Prepares what the first requests would otherwise wait for ({@link ModelServer#warmUp}) on a thread of its own:
   * the server answers meanwhile, each early request building what it needs.
   */
  private void warmUpInBackground(ModelServer server) {
    Thread warming = new Thread(() -> {
      long start = System.nanoTime();
      try {
        server.warmUp();
        common.err().println("warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
      } catch (RuntimeException e) {
        // A catalog that fails to build a model fails the requests for it too; the server keeps serving the rest.
        common.err().println("warm-up stopped: " + e);
      }
      common.err().flush();
    }, "server-warm-up");
    warming.setDaemon(true);
    warming.start();
  }

  private static void closeQuietly(RegistryStore store) {
    try {
      store.close();
    } catch (IOException | RuntimeException e) {
      System.err.println("closing the store: " + e.getMessage());
    }
  }

  /** An S3 endpoint, checked as the store checks one from the environment: http:// or https:// and a host. */
  static final class EndpointConverter implements CommandLine.ITypeConverter<URI> {

    @Override
    public URI convert(String value) {
      try {
        return S3StoreConfig.endpointUrl("--s3-endpoint", value);
      } catch (IllegalArgumentException e) {
        // picocli names the option in front of this message already.
        throw new CommandLine.TypeConversionException(e.getMessage().substring("--s3-endpoint: ".length()));
      }
    }
  }
}
