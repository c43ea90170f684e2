package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.server.ModelServer;
import dev.modelcatalog.examples.server.ServerConfig;
import java.nio.file.Path;
import dev.modelcatalog.runtime.ModelRegistry;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: runs the model server until the process is stopped; a stop (Ctrl-C, SIGTERM) lets requests in
 * flight finish first. The admin token comes from the environment, never from the command line, where other
 * users of the machine could read it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve /v1/models, the registry API and the catalog page.",
    footer = "%nThe write side is enabled by setting MODELCATALOG_ADMIN_TOKEN (at least 16 characters).")
final class ServeCommand implements Callable<Integer> {

  /** Returned while the server runs, so that {@code main} does not exit the JVM under it. */
  static final int SERVING = -1;
  static final String TOKEN_VARIABLE = "MODELCATALOG_ADMIN_TOKEN";

  @Mixin CommonOptions common;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = {"-p", "--port"}, defaultValue = "8080", description = "Port; 0 picks a free one (default "
      + "${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Save run-time changes here (atomically, before answering) and restore them at start, so a "
          + "restart loses nothing.")
  Path state;

  // A plain flag: as a negatable option defaulting to true, picocli left the log on for --no-access-log.
  @Option(names = "--no-access-log",
      description = "Do not print the access log (one JSON line per request on standard output, on by default).")
  boolean noAccessLog;

  @Option(names = "--max-body", defaultValue = "65536", paramLabel = "BYTES",
      description = "Largest request body (default ${DEFAULT-VALUE}).")
  int maxBody;

  @Override
  public Integer call() {
    ModelRegistry registry = common.registry();
    ServerConfig config = new ServerConfig(host, port, System.getenv(TOKEN_VARIABLE), maxBody, 2048,
        noAccessLog ? null : System.out, Duration.ofSeconds(10), state);
    ModelServer server = ModelServer.start(registry, config);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "model-server-shutdown"));
    common.err().println("serving " + registry.size() + " models on " + server.baseUrl()
        + (config.adminToken() == null ? " (read-only: set " + TOKEN_VARIABLE + " to enable writes)" : ""));
    common.err().flush();
    return SERVING;
  }
}
