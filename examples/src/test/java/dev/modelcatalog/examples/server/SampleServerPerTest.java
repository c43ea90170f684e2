package dev.modelcatalog.examples.server;

import dev.modelcatalog.examples.SampleCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A server of the sample catalog on a free port, started for each test and stopped after it, for tests whose
 * requests change what the server holds or counts.
 */
abstract class SampleServerPerTest {

  ModelServer server;

  @BeforeEach
  void startServer() {
    server = ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0));
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }
}
