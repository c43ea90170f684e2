package dev.modelcatalog.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.ModelRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code serve} keeps the server off the network unless told otherwise, and reads durations as people type them. */
class ServeDefaultsTest {

  private static CommandLine serve() {
    return CatalogCli.allCommands(() -> ModelRegistry.builder().build()).getSubcommands().get("serve");
  }

  /** The {@code serve} command after parsing {@code serve args...} as the tool's command line. */
  private static ServeCommand parsedServe(String... args) {
    CommandLine tool = CatalogCli.allCommands(() -> ModelRegistry.builder().build());
    String[] line = new String[args.length + 1];
    line[0] = "serve";
    System.arraycopy(args, 0, line, 1, args.length);
    tool.parseArgs(line);
    return tool.getSubcommands().get("serve").getCommand();
  }

  /** The server prints no table, so it offers no --json that would do nothing; --models it keeps. */
  @Test
  void serve_hasNoJsonOption_butTheOtherCommandsDo() {
    assertEquals(null, serve().getCommandSpec().findOption("--json"));
    assertTrue(serve().getCommandSpec().findOption("--models") != null);
    CliRunner run = CliRunner.run(ModelRegistry.builder()::build, "serve", "--port=0", "--json");
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().contains("Unknown option: '--json'"), run.err());
    CommandLine list = CatalogCli.allCommands(() -> ModelRegistry.builder().build()).getSubcommands().get("list");
    assertTrue(list.getCommandSpec().findOption("--json") != null);
  }

  /** A store or endpoint that is no URL is a usage error in plain words, not a URI parser's message. */
  @Test
  void storeOrEndpointThatIsNoUrl_isAUsageErrorNamingTheOption() {
    CliRunner store = CliRunner.run(ModelRegistry.builder()::build, "serve", "--port=0", "--store", "s3://");
    assertEquals(1, store.status(), store.err());
    assertTrue(store.err().startsWith("error: --store: 's3://' is not an s3://bucket/prefix URL"), store.err());
    CliRunner endpoint = CliRunner.run(ModelRegistry.builder()::build, "serve", "--port=0", "--store", "s3://b/p",
        "--s3-endpoint", "not a url");
    assertEquals(1, endpoint.status(), endpoint.err());
    assertTrue(endpoint.err().startsWith("error: Invalid value for option '--s3-endpoint': 'not a url' is no"
        + " endpoint URL; give http:// or https:// and a host"), endpoint.err());
    assertTrue(!endpoint.err().contains("URISyntaxException"), endpoint.err());
  }

  @Test
  void serve_hostDefault_isLoopback() {
    assertEquals("127.0.0.1", serve().getCommandSpec().findOption("--host").defaultValue());
  }

  /**
   * An empty {@code --host} (a script's unset variable) would bind every interface: refused before anything
   * listens, as is a body limit under one byte, each naming its option.
   */
  @Test
  void emptyHostOrNoBody_isAUsageErrorNamingTheOption() {
    CliRunner host = CliRunner.run(ModelRegistry.builder()::build, "serve", "--port=0", "--host=");
    assertEquals(1, host.status(), host.err());
    assertTrue(host.err().startsWith("error: --host: is empty"), host.err());
    assertEquals("", host.out(), "nothing was served");
    CliRunner body = CliRunner.run(ModelRegistry.builder()::build, "serve", "--port=0", "--max-body=0");
    assertEquals(1, body.status(), body.err());
    assertTrue(body.err().startsWith("error: --max-body: must be at least 1 byte, got 0"), body.err());
    assertThrows(IllegalArgumentException.class, () -> new dev.modelcatalog.examples.server.ServerConfig(" ", 0,
        null, 1, 1, null, Duration.ofSeconds(1), null));
  }

  @Test
  void portOutOfRange_isAUsageErrorNamingTheOption() {
    for (String port : new String[] {"-1", "65536"}) {
      CliRunner run = CliRunner.run(ModelRegistry.builder()::build, "serve", "--port=" + port);
      assertEquals(1, run.status(), run.err());
      assertTrue(run.err().startsWith("error: --port: " + port + " is not between 0 and 65535 (0 picks a free port)"
          + "\ntry: modelcatalog serve --help"), run.err());
      assertEquals("", run.out(), "nothing was served");
    }
  }

  @Test
  void refreshDefault_isFiveSeconds() {
    assertEquals(Duration.ofSeconds(5), parsedServe().refresh);
  }

  @ParameterizedTest
  @CsvSource({"500ms, PT0.5S", "5s, PT5S", "1.5s, PT1.5S", "2m, PT2M", "1h, PT1H", "PT2S, PT2S", "pt2s, PT2S",
      "' 3S ', PT3S", "PT1M30S, PT1M30S"})
  void refresh_takesShortAndIsoDurations(String typed, String expected) {
    assertEquals(Duration.parse(expected), parsedServe("--refresh", typed).refresh);
  }

  /** A refresh only a replica makes, or one of no time at all, is a usage error before anything listens. */
  @Test
  void refresh_withoutAStoreOrOfZero_isAUsageError() {
    CliRunner alone = CliRunner.run(ModelRegistry.builder()::build, "serve", "--port=0", "--refresh", "2s");
    assertEquals(1, alone.status(), alone.err());
    assertTrue(alone.err().startsWith("error: --refresh needs --store: only a replica refreshes from a store"),
        alone.err());
    CliRunner zero = CliRunner.run(ModelRegistry.builder()::build, "serve", "--port=0", "--store", "file:x",
        "--refresh", "0s");
    assertEquals(1, zero.status(), zero.err());
    assertTrue(zero.err().startsWith("error: --refresh: must be more than 0, as in 5s or 500ms"), zero.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2x", "s", "5 s", "-", "1e3s", "99999999999999999h", "0.0000000001s"})
  void refresh_otherText_isRefusedNamingTheForms(String typed) {
    CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
        () -> parsedServe("--refresh", typed));
    assertTrue(e.getMessage().contains("'" + typed + "' is not a duration: write 500ms, 5s, 2m, 1h or ISO-8601"
        + " (PT5S)"), e.getMessage());
  }
}
