package dev.modelcatalog.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modelcatalog.runtime.ModelRegistry;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve} keeps the server off the network unless told otherwise. */
class ServeDefaultsTest {

  @Test
  void serve_hostDefault_isLoopback() {
    CommandLine serve =
        CatalogCli.allCommands(() -> ModelRegistry.builder().build()).getSubcommands().get("serve");
    assertEquals("127.0.0.1", serve.getCommandSpec().findOption("--host").defaultValue());
  }
}
