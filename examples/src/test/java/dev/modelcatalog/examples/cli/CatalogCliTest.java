package dev.modelcatalog.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Modality;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The tool's commands, run in this JVM against the sample catalog. */
class CatalogCliTest {

  private static final Supplier<ModelRegistry> SAMPLE = SampleCatalog::registry;

  private static CliRunner cli(String... args) {
    return CliRunner.run(SAMPLE, args);
  }

  private static JsonNode json(CliRunner run) throws Exception {
    return RegistryJson.MAPPER.readTree(run.out());
  }

  /** A wrong count or price is a usage error naming the option, not the runtime's field behind it. */
  @Test
  void wrongCountsAndPrices_areUsageErrorsNamingTheOption() {
    String[][] cases = {
        {"--input", "cost", "gpt-4o", "--input=-5", "--output=1"},
        {"--output", "cost", "gpt-4o", "--input=5", "--output=many"},
        {"--cached", "cost", "gpt-4o", "--input=5", "--output=1", "--cached=-1"},
        {"--cached", "cost", "gpt-4o", "--input=5", "--output=1", "--cached=6"},
        {"--input", "cheapest", "--input=-1", "--output=1"},
        {"--min-context", "list", "--min-context=-1"},
        {"--min-context", "list", "--min-context=4294967296"},
        {"--max-input-price", "list", "--max-input-price=NaN"},
        {"--max-output-price", "list", "--max-output-price=-0.5"},
        {"--limit", "search", "gpt", "--limit=-2"},
        {"--limit", "search", "gpt", "--limit=0"},
        {"--input", "cost", "gpt-4o", "--input=99999999999999999999", "--output=1"},
        {"--currency", "list", "--max-input-price=1", "--currency=euro"},
        {"--currency", "cheapest", "--input=1", "--output=1", "--currency=$"},
    };
    for (String[] c : cases) {
      CliRunner run = cli(java.util.Arrays.copyOfRange(c, 1, c.length));
      String shown = String.join(" ", c);
      assertEquals(1, run.status(), shown + ": " + run.err());
      assertTrue(run.err().contains(c[0]), shown + ": " + run.err());
      assertTrue(!run.err().contains("Tokens:") && !run.err().contains("PerMillion") && !run.err().contains("Window"),
          shown + " names the runtime's field: " + run.err());
    }
    assertEquals(0, cli("cost", "gpt-4o", "--input=5", "--output=1", "--cached=5").status(), "all cached is fine");
    CliRunner upper = cli("cheapest", "--input=10", "--output=10", "--currency=USD");
    assertEquals(0, upper.status(), upper.err());
    assertEquals(upper.out(), cli("cheapest", "--input=10", "--output=10", "--currency=usd").out(),
        "a currency in lower case is the same code");
  }

  /** The build's version ({@code project.version}, handed over by the test run), never a copy that drifts. */
  @Test
  void version_isTheBuildsVersion() {
    CliRunner run = cli("--version");
    assertEquals(0, run.status(), run.err());
    String expected = System.getProperty("project.version");
    assertTrue(expected != null && !expected.isBlank(), "the test run names the project's version");
    assertEquals("modelcatalog " + expected, run.out().strip());
    // Every command has -V too (picocli's standard options), and it says the same.
    for (String[] command : new String[][] {{"cost", "gpt-4o", "--version"}, {"list", "-V"}, {"serve", "-V"}}) {
      CliRunner sub = cli(command);
      assertEquals(0, sub.status(), String.join(" ", command) + ": " + sub.err());
      assertEquals("modelcatalog " + expected, sub.out().strip(), String.join(" ", command));
    }
  }

  @Test
  void bareId_isLookedUpLikeGet() {
    CliRunner run = cli("gpt4o");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("gpt4o -> gpt-4o"), run.out());
    assertTrue(run.out().contains("128,000 tokens"), run.out());
  }

  @Test
  void list_capabilityBothRequiredAndExcluded_isAUsageError() {
    CliRunner run = cli("list", "-c", "vision,chat", "-x", "vision");
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().startsWith("error: --capability and --exclude both name vision; no model can have it and"
        + " lack it"), run.err());
  }

  @Test
  void import_nowBefore1970_isAUsageError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path source = java.nio.file.Path.of(
        CatalogCliTest.class.getResource("/import/models-dev-small.json").toURI());
    CliRunner run = cli("import", source.toString(), "--output", dir.toString(), "--now", "-5");
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().startsWith("error: --now: -5 is before 1970"), run.err());
    assertTrue(!java.nio.file.Files.exists(dir.resolve("import-report.md")), "nothing written");
  }

  /** What a user pasted is shown, not run: control characters escaped, a long id clipped as the runtime clips it. */
  @Test
  void unknownId_isEchoedSafely() {
    CliRunner escape = cli("get", "bad\u001b[2Jname");
    assertEquals(2, escape.status());
    assertTrue(escape.err().startsWith("unknown model 'bad\\u001b[2Jname'"), escape.err());
    assertTrue(!escape.err().contains("\u001b"), escape.err());
    CliRunner longId = cli("get", "x".repeat(5_000));
    assertTrue(longId.err().startsWith("unknown model '" + "x".repeat(80) + "...'"), longId.err());
    CliRunner search = cli("search", "zzq\u0007bell");
    assertTrue(search.err().contains("zzq\\u0007bell") && !search.err().contains("\u0007"), search.err());
  }

  @Test
  void get_unknownId_exitsTwoWithSuggestion() {
    CliRunner run = cli("get", "gpt-4o", "claude-3-5-sonet-xl");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("did you mean 'claude-3-5-sonnet"), run.err());
    assertTrue(run.out().contains("gpt-4o"), "the known id is still printed");
  }

  @Test
  void get_json_isAListOfTheDetailedModels() throws Exception {
    JsonNode list = json(cli("get", "--json", "deepseek-ai/DeepSeek-R1", "gpt4o"));
    assertEquals("list", list.get("object").asText(), "the shape of list --json");
    assertEquals(256, list.get("data").get(0).get("moe").get("num_experts").asInt());
    assertEquals("gpt-4o", list.get("data").get(1).get("id").asText());
    CliRunner none = cli("get", "--json", "no-such-model-xyz");
    assertEquals(2, none.status());
    assertEquals(0, json(none).get("data").size());
  }

  @Test
  void resolve_showsStrategyAndConfidence() throws Exception {
    JsonNode node = json(cli("resolve", "--json", "gtp-4o-mini"));
    assertEquals("gpt-4o-mini", node.get("id").asText());
    assertEquals("edit_distance", node.get("strategy").asText());
    assertTrue(node.get("confidence").asDouble() < 1.0);
    CliRunner table = cli("resolve", "gpt-4o-2024-08-06");
    assertEquals(0, table.status());
    assertTrue(table.out().contains("alias"), table.out());
  }

  @Test
  void list_filters_matchTheCatalog() throws Exception {
    JsonNode list = json(cli("list", "--json", "-c", "vision", "--max-input-price", "2.6"));
    List<String> expected = SampleCatalog.models().stream()
        .filter(m -> m.has(Capability.VISION) && m.pricing().orElseThrow().inputPerMillion() <= 2.6)
        .map(ModelDefinition::id).sorted().toList();
    assertEquals(expected.size(), list.get("data").size());
    assertEquals(expected.get(0), list.get("data").get(0).get("id").asText());
  }

  @Test
  void list_noMatch_exitsTwo() {
    assertEquals(2, cli("list", "--owned-by", "nobody").status());
  }

  @Test
  void list_unknownCapability_isUsageError() {
    CliRunner run = cli("list", "-c", "telepathy");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("telepathy"), run.err());
  }

  @Test
  void search_findsByWords() {
    CliRunner run = cli("search", "llama", "70b");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("meta-llama/Llama-3.1-70B-Instruct"));
    assertTrue(!run.out().contains("Llama-3.1-8B"), run.out());
  }

  @Test
  void cheapest_picksTheLowestCost() throws Exception {
    JsonNode node = json(cli("cheapest", "--json", "--input", "10000", "--output", "1000", "-c", "vision"));
    ModelDefinition expected = SampleCatalog.models().stream().filter(m -> m.has(Capability.VISION))
        .min(Comparator.comparing(m -> m.pricing().orElseThrow().cost(10_000, 1000))).orElseThrow();
    assertEquals(expected.id(), node.get("model").asText());
    assertEquals(expected.pricing().orElseThrow().cost(10_000, 1000).toPlainString(), node.get("cost").asText());
  }

  @Test
  void cost_withCachedTokens_usesTheCachedPrice() {
    CliRunner run = cli("cost", "deepseek-ai/DeepSeek-R1", "--input", "1000000", "--output", "0", "--cached",
        "1000000");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("deepseek-ai/DeepSeek-R1: 0.14"), run.out());
  }

  @Test
  void cost_missingOption_isUsageError() {
    CliRunner run = cli("cost", "gpt-4o", "--input", "10");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("--output"), run.err());
  }

  /** Misspelt options are why the required ones are missing: they are named, with the option meant. */
  @Test
  void misspeltOptions_areNamedBeforeTheMissingOnes_withASuggestion() {
    CliRunner run = cli("cost", "gpt-4o", "--input-tokens", "1000", "--output-tokens", "500");
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("error: Unknown options: '--input-tokens', '--output-tokens'\n"), run.err());
    assertTrue(run.err().contains("Possible solutions: --input"), run.err());
    assertTrue(run.err().contains("try: modelcatalog cost --help"), run.err());

    CliRunner owner = cli("list", "--owner", "openai");
    assertEquals(1, owner.status());
    assertTrue(owner.err().contains("Possible solutions: --owned-by"), owner.err());

    CliRunner attached = cli("cheapest", "-cvision", "--input", "10");
    assertTrue(attached.err().startsWith("error: Missing required option: '--output=TOKENS'"),
        "-cvision is -c with its value: " + attached.err());

    CliRunner negative = cli("cost", "gpt-4o", "--input", "-1", "--output", "5");
    assertEquals(1, negative.status());
    assertTrue(negative.err().startsWith("error: Invalid value for option '--input': -1 is negative"),
        "a negative value is no option, but the option's value: " + negative.err());

    CliRunner stray = cli("cost", "gpt-4o", "--input", "5", "-3");
    assertTrue(stray.err().startsWith("error: Missing required option: '--output=TOKENS'"),
        "a negative number is never named as an unknown option: " + stray.err());
  }

  @Test
  void unknownCapabilityOrModality_isAUsageErrorOfItsOption_withTheNamesExpected() {
    CliRunner capability = cli("cheapest", "-c", "vision,telepathy", "--input", "1", "--output", "1");
    assertEquals(1, capability.status());
    assertTrue(capability.err().startsWith("error: Invalid value for option '--capability' (CAPABILITY): 'telepathy'"
        + " is no capability; expected one of [chat, completion, "), capability.err());
    assertTrue(capability.err().contains("try: modelcatalog cheapest --help"), capability.err());

    CliRunner excluded = cli("list", "-x", "Reasoning,mind-reading");
    assertEquals(1, excluded.status());
    assertTrue(excluded.err().startsWith("error: Invalid value for option '--exclude' (CAPABILITY): 'mind-reading'"),
        excluded.err());

    CliRunner modality = cli("list", "--output-modality", "smell");
    assertEquals(1, modality.status());
    assertTrue(modality.err().startsWith("error: Invalid value for option '--output-modality' (MODALITY): 'smell' is"
        + " no modality; expected one of text, image, audio, video, pdf\n"), modality.err());
    assertTrue(modality.err().contains("try: modelcatalog list --help"), modality.err());
  }

  @Test
  void capabilityAndModalityNames_areReadAsTheRuntimeReadsThem() throws Exception {
    // tool-calling and Reasoning are spellings the runtime accepts; IMAGE is a modality in any case.
    JsonNode data = json(cli("list", "--json", "-c", "vision,tool-calling", "-x", "Reasoning",
        "--input-modality", "IMAGE")).get("data");
    List<String> expected = SampleCatalog.registry().listModelIds(ModelQuery.builder()
        .require(Capability.VISION, Capability.TOOL_CALLING).exclude(Capability.REASONING)
        .inputModalities(Modality.IMAGE).build());
    assertFalse(expected.isEmpty());
    List<String> listed = new ArrayList<>();
    data.forEach(model -> listed.add(model.get("id").asText()));
    assertEquals(expected, listed);
  }

  @Test
  void search_json_isTheRegistrysSearchInTheOpenAiShape() throws Exception {
    JsonNode data = json(cli("search", "--json", "llama", "--limit", "1")).get("data");
    List<ModelDefinition> expected = SampleCatalog.registry().search("llama", 1);
    assertEquals(1, data.size());
    assertEquals(expected.get(0).id(), data.get(0).get("id").asText());
    assertEquals("model", data.get(0).get("object").asText());
  }

  @Test
  void capabilitiesAndRoutesAndStats_answer() throws Exception {
    assertTrue(json(cli("capabilities", "--json", "o1")).get("capabilities").get("reasoning").asBoolean());
    assertTrue(cli("routes", "o1").out().contains("direct"));
    assertEquals(SampleCatalog.models().size(), json(cli("stats", "--json")).get("total_models").asInt());
  }

  @Test
  void resolve_unknown_exitsTwoWithTheRegistrysSuggestions() throws Exception {
    CliRunner run = cli("resolve", "--json", "gpt-5");
    assertEquals(2, run.status());
    JsonNode node = json(run);
    assertTrue(node.get("id").isNull());
    List<String> suggested = new java.util.ArrayList<>();
    node.get("did_you_mean").forEach(id -> suggested.add(id.asText()));
    assertEquals(SampleCatalog.registry().suggest("gpt-5", 3), suggested);
  }

  @Test
  void get_showsTheFallbackChain() {
    CliRunner run = cli("get", "deepseek-ai/DeepSeek-R1");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("routes       direct (deepseek-reasoner) -> together (deepseek-ai/DeepSeek-R1)"),
        run.out());
  }

  @Test
  void routes_json_listsDeclaredRoutesWithFallbackPositions() throws Exception {
    JsonNode body = json(cli("routes", "--json", "gpt-4o"));
    assertEquals(3, body.get("data").size());
    assertEquals("azure", body.get("data").get(2).get("platform").asText());
    assertEquals("2.75", body.get("data").get(2).get("input_per_million").asText());
    assertEquals(3, body.get("data").get(2).get("fallback_position").asInt());
  }

  @Test
  void routes_modelWithoutDeclaredRoutes_exitsTwo() {
    CliRunner run = cli("routes", "gpt-4o-mini");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("no declared routes"), run.err());
  }

  @Test
  void list_preferAndModalityAndStatus_areQueryFilters() throws Exception {
    JsonNode list = json(cli("list", "--json", "--input-modality", "image", "--prefer", "reasoning",
        "--status", "ACTIVE"));
    List<String> expected = SampleCatalog.registry().listModelIds(dev.modelcatalog.runtime.ModelQuery.builder()
        .inputModalities(dev.modelcatalog.runtime.Modality.IMAGE).prefer(Capability.REASONING)
        .status(dev.modelcatalog.runtime.ModelStatus.ACTIVE).build());
    List<String> ids = new java.util.ArrayList<>();
    list.get("data").forEach(m -> ids.add(m.get("id").asText()));
    assertEquals(expected, ids);
    assertTrue(ids.size() >= 2, ids.toString());
    assertEquals(1, cli("list", "--status", "sleeping").status());
    JsonNode dense = json(cli("list", "--json", "--no-moe"));
    assertEquals(SampleCatalog.models().stream().filter(m -> m.moe().isEmpty()).count(), dense.get("data").size());
  }

  @Test
  void cost_json_hasTheBreakdown() throws Exception {
    JsonNode node = json(cli("cost", "--json", "gpt-4o", "--input", "12000", "--output", "800", "--cached",
        "10000"));
    // 2,000 uncached at 2.50, 10,000 cached at the input price (no cached price declared), 800 out at 10.00
    assertEquals("0.03800000", node.get("cost").asText());
    assertEquals("0.00500000", node.get("breakdown").get("input").asText());
    assertEquals(1, cli("cost", "gpt-4o", "--input", "10", "--output", "1", "--cached", "11").status());
  }

  @Test
  void help_everyCommandHasIt() {
    // Every command the tool has, so a new one without picocli's standard options fails here; usage errors
    // rely on each command answering -h and -V itself.
    for (String command : CatalogCli.allCommands(SAMPLE).getSubcommands().keySet()) {
      if (command.equals("help")) {
        // picocli's own help command: its usage follows its description, and it has no version option.
        assertTrue(cli("help", "--help").out().contains("Usage: modelcatalog help [-h] [COMMAND]"));
        assertTrue(cli("help", "search").out().startsWith("Usage: modelcatalog search"));
        continue;
      }
      CliRunner run = cli(command, "--help");
      assertEquals(0, run.status(), command);
      assertTrue(run.out().startsWith("Usage: modelcatalog " + command), run.out());
      assertEquals("modelcatalog " + System.getProperty("project.version"), cli(command, "-V").out().strip(),
          command);
    }
    assertTrue(cli("--help").out().contains("Exit status:"));
  }

  @Test
  void help_everyOptionThatTakesAValue_namesWhatTheValueIs() {
    // Without a label picocli shows the Java field's name (--owned-by=<ownedBy>); the help says TOKENS, FILE, ...
    for (CommandLine command : CatalogCli.allCommands(SAMPLE).getSubcommands().values()) {
      for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
        if (option.arity().max() > 0) {
          assertTrue(option.paramLabel().matches("[A-Z][A-Z0-9_]*"),
              command.getCommandName() + " " + option.longestName() + ": " + option.paramLabel());
        }
      }
    }
  }

  /**
   * A run that names a command builds that command alone (picocli builds each command's model by reflection);
   * help and completion build every command, in help's order, each under the name its annotation declares.
   */
  @Test
  void aNamedCommand_isTheOnlyOneBuilt_helpListsThemAll() {
    Supplier<ModelRegistry> none = () -> {
      throw new AssertionError("building a command line needs no registry");
    };
    assertEquals(List.of("cost"),
        List.copyOf(CatalogCli.commandLine(none, new String[] {"cost", "gpt-4o"}).getSubcommands().keySet()));
    String[] lookup = CatalogCli.withDefaultCommand(new String[] {"gpt4o"});
    assertEquals(List.of("get", "gpt4o"), List.of(lookup));
    assertEquals(List.of("get"), List.copyOf(CatalogCli.commandLine(none, lookup).getSubcommands().keySet()));

    CommandLine all = CatalogCli.allCommands(none);
    assertEquals(List.of("get", "resolve", "search", "list", "stats", "capabilities", "cost", "cheapest", "routes",
        "import", "serve", "generate-completion", "help"), List.copyOf(all.getSubcommands().keySet()));
    all.getSubcommands().forEach((name, command) -> assertEquals(name,
        command.getCommandSpec().userObject().getClass().getAnnotation(Command.class).name()));
    assertEquals(all.getSubcommands().keySet().size(), CatalogCli.commandLine(none, new String[] {"help", "search"})
        .getSubcommands().size(), "help can describe every command");
    assertEquals(all.getSubcommands().keySet().size(), CatalogCli.commandLine(none, new String[] {
        "generate-completion"}).getSubcommands().size(), "completion lists every command");
    String help = cli("--help").out();
    assertTrue(help.indexOf("  get ") < help.indexOf("  serve ") && help.contains("  generate-completion"), help);
  }

  @Test
  void serve_portInUse_isOneLineError() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      CliRunner run = cli("serve", "--host", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()),
          "--no-access-log");
      assertEquals(1, run.status(), run.err());
      assertEquals("error: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": Address already in use",
          run.err().strip());
    }
  }

  @Test
  void generateCompletion_printsABashScript() {
    CliRunner run = cli("generate-completion");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("complete -F"), run.out().substring(0, Math.min(200, run.out().length())));
    assertTrue(run.out().contains("cheapest"));
  }

  @Test
  void modelsFile_invalidModel_isUsageErrorNamingTheField(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("models.json");
    java.nio.file.Files.writeString(file, "[{\"id\":\"acme/x\",\"context_window\":0}]");
    CliRunner run = cli("get", "--models", file.toString(), "acme/x");
    assertEquals(1, run.status());
    // The runtime's document reader names the field by its JSON path.
    assertTrue(run.err().contains("$[0].context_window"), run.err());
  }
}
