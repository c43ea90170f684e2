package dev.modelcatalog.store.s3;

import com.adobe.testing.s3mock.S3MockApplication;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** An S3-compatible server (S3Mock) run in this process on loopback, for the tests; its objects live in a directory. */
public final class LocalS3 implements AutoCloseable {

  public static final String BUCKET = "replicas";

  private final Path root;
  private S3MockApplication server;
  private int port;
  private SerialWriteProxy proxy;

  private LocalS3(Path root) {
    this.root = root;
  }

  /** Starts a server on a free port, with the test bucket. */
  public static LocalS3 start(Path root) {
    LocalS3 s3 = new LocalS3(root);
    s3.run(S3MockApplication.RANDOM_PORT);
    try {
      s3.proxy = new SerialWriteProxy(URI.create("http://127.0.0.1:" + s3.port));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return s3;
  }

  // s3mock marks its whole in-process API (the port getters included) for removal, in favour of a separate JVM or
  // its Docker image; the tests use it while it exists, since the build can fetch jars but runs no containers.
  @SuppressWarnings("removal")
  private void run(int httpPort) {
    Map<String, Object> properties = new HashMap<>();
    properties.put(S3MockApplication.PROP_HTTP_PORT, httpPort);
    properties.put(S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT);
    properties.put(S3MockApplication.PROP_INITIAL_BUCKETS, BUCKET);
    properties.put(S3MockApplication.PROP_ROOT_DIRECTORY, root.toString());
    properties.put("com.adobe.testing.s3mock.store.retainFilesOnExit", true);
    properties.put("server.address", "127.0.0.1");
    properties.put("logging.level.root", "WARN");
    properties.put("spring.main.banner-mode", "off");
    server = S3MockApplication.start(properties);
    port = server.getHttpPort();
  }

  /** Stops the server: clients get connection errors until {@link #restart()}. */
  public void stop() {
    server.stop();
  }

  /** Starts the server again on the same port, with the objects it had. */
  public void restart() {
    run(port);
  }

  /** Where clients connect: the proxy that gives conditional writes S3's atomicity ({@link SerialWriteProxy}). */
  public URI endpoint() {
    return proxy.endpoint();
  }

  /** A store configuration for this server under the prefix. */
  public S3StoreConfig config(String prefix) {
    return new S3StoreConfig(BUCKET, prefix, "us-east-1", endpoint(), true, "test-key", "test-secret",
        java.time.Duration.ofSeconds(30)); // generous: test machines may be busy
  }

  @Override
  public void close() {
    proxy.close();
    server.stop();
  }
}
