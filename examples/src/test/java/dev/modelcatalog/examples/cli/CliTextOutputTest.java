package dev.modelcatalog.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tool prints for people, line by line: tables with numbers to the right, labels in a column, counts
 * grouped by thousands whatever the machine's locale. The JSON output is checked in {@link CatalogCliTest}.
 */
class CliTextOutputTest {

  private static final Supplier<ModelRegistry> SAMPLE = SampleCatalog::registry;

  private static CliRunner cli(String... args) {
    return CliRunner.run(SAMPLE, args);
  }

  /** The sample catalog with an unpriced model beside it. */
  private static ModelRegistry withExtras() {
    ModelRegistry registry = SampleCatalog.registry();
    registry.register(ModelDefinition.builder("acme/free-1").ownedBy("acme").name("Free One").contextWindow(32_000)
        .maxOutputTokens(4_000).build());
    return registry;
  }

  private static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  @Test
  void get_describesTheModelItResolvedTo_labelsInAColumn() {
    CliRunner run = cli("get", "GPT_4O");
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err(), "a model found is no error");
    assertEquals("GPT_4O -> gpt-4o\n" + lines(
        "  name         GPT-4o",
        "  owned by     openai",
        "  context      128,000 tokens (max output 16,384)",
        "  capabilities chat, vision, tool_calling, parallel_tool_calls, structured_outputs, json_mode, streaming, "
            + "temperature, logprobs",
        "  pricing      USD 2.5 input / 10.0 output per million tokens",
        "  latency      ttft 0.30s +- 0.10s, itl 0.050s +- 0.020s",
        "  aliases      gpt-4o-2024-08-06",
        "  routes       direct (gpt-4o) -> openrouter (openai/gpt-4o) -> azure (gpt-4o-2024-08-06)"), run.out());
  }

  /** A machine set to German writes 128.000 and 0,30 with its own formatter; the tool's output stays the same. */
  @Test
  void output_isTheSameInAnyLocale() {
    String here = cli("get", "deepseek-ai/DeepSeek-R1").out() + cli("capabilities", "o1").out();
    Locale before = Locale.getDefault();
    String german;
    try {
      Locale.setDefault(Locale.GERMANY);
      german = cli("get", "deepseek-ai/DeepSeek-R1").out() + cli("capabilities", "o1").out();
    } finally {
      Locale.setDefault(before);
    }
    assertEquals(here, german);
    assertTrue(german.contains("128,000 tokens") && german.contains("ttft 2.00s") && german.contains("200,000"),
        german);
  }

  @Test
  void get_mixtureOfExperts_showsItsParameters() {
    CliRunner run = cli("get", "deepseek-ai/DeepSeek-R1");
    assertTrue(run.out().startsWith("deepseek-ai/DeepSeek-R1\n"), run.out());
    assertTrue(run.out().contains(lines(
        "  moe          671,000,000,000 total / 37,000,000,000 active params, 256 experts, 8 per token")), run.out());
  }

  @Test
  void get_deprecatedModel_saysWhatToUseInstead() {
    CliRunner deprecated = cli("get", "gpt-4");
    assertTrue(deprecated.out().endsWith(lines("  status       deprecated (use gpt-4o)")), deprecated.out());
    CliRunner active = cli("get", "gpt-4o");
    assertFalse(active.out().contains("status"), active.out());
  }

  @Test
  void stats_tablesRightAlignTheirCounts() {
    CliRunner run = cli("stats");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith(lines(
        "WHAT      COUNT",
        "--------  -----",
        "models       10",
        "compiled      0",
        "run-time     10",
        "aliases       1",
        "catalogs      0",
        "",
        "OWNER      MODELS",
        "---------  ------",
        "anthropic       1",
        "deepseek        1",
        "meta            2",
        "mistral         1",
        "openai          5",
        "",
        "CAPABILITY           MODELS",
        "-------------------  ------",
        "chat                      9")), run.out());
    assertTrue(run.out().endsWith(lines("reranking                 0")), run.out());
  }

  @Test
  void capabilities_text_isTheReportAsATable() {
    CliRunner run = cli("capabilities", "o1");
    assertEquals(0, run.status(), run.err());
    assertEquals(lines(
        "o1  context 200,000, max output 100,000, input text, output text",
        "features: max_tokens, stop, seed, stream, tools, tool_choice, response_format, reasoning_effort",
        "CAPABILITY         SUPPORTED",
        "-----------------  ---------",
        "streaming          yes",
        "function_calling   yes",
        "vision             no",
        "audio_input        no",
        "audio_output       no",
        "reasoning          yes",
        "structured_output  yes",
        "predicted_outputs  no",
        "fine_tuning        no",
        "batch_processing   no"), run.out());
  }

  @Test
  void routes_text_showsUnusableRoutesWithoutAFallbackPosition() {
    CliRunner run = cli("routes", "mistralai/Mixtral-8x7B-Instruct-v0.1");
    assertEquals(0, run.status(), run.err());
    assertEquals(lines(
        "PRIORITY  PLATFORM  MODEL STRING        STATUS       FALLBACK  INPUT/M  OUTPUT/M",
        "--------  --------  ------------------  -----------  --------  -------  --------",
        "       1  direct    open-mixtral-8x7b   active              1     0.45       0.7",
        "       2  groq      mixtral-8x7b-32768  maintenance         -     0.45       0.7"), run.out());
  }

  @Test
  void list_text_isOneRowPerModelWithItsPrices() {
    CliRunner run = cli("list", "--owned-by", "openai");
    assertEquals(0, run.status(), run.err());
    assertEquals(lines(
        "MODEL                   PROVIDER  CONTEXT  INPUT/M  OUTPUT/M",
        "----------------------  --------  -------  -------  --------",
        "gpt-4                   openai      8,192     30.0      60.0",
        "gpt-4o                  openai    128,000      2.5      10.0",
        "gpt-4o-mini             openai    128,000     0.15       0.6",
        "o1                      openai    200,000     15.0      60.0",
        "text-embedding-3-small  openai      8,191     0.02       0.0"), run.out());
  }

  @Test
  void list_text_marksAnUnpricedModelsPrices() {
    CliRunner run = CliRunner.run(CliTextOutputTest::withExtras, "list", "--owned-by", "acme");
    assertEquals(0, run.status(), run.err());
    assertEquals(lines(
        "MODEL        PROVIDER  CONTEXT  INPUT/M  OUTPUT/M",
        "-----------  --------  -------  -------  --------",
        "acme/free-1  acme       32,000        -         -"), run.out());
  }

  @Test
  void search_text_andNoHitExitsTwo() {
    CliRunner run = cli("search", "llama");
    assertEquals(0, run.status(), run.err());
    assertEquals(lines(
        "MODEL                              OWNER  NAME",
        "---------------------------------  -----  ----------------------",
        "meta-llama/Llama-3.1-70B-Instruct  meta   Llama 3.1 70B Instruct",
        "meta-llama/Llama-3.1-8B-Instruct   meta   Llama 3.1 8B Instruct"), run.out());
    CliRunner none = cli("search", "zebra", "quantum");
    assertEquals(2, none.status());
    assertEquals("", none.out(), "no table without rows");
    assertEquals(lines("no model holds every word of: zebra quantum"), none.err());
    CliRunner blank = cli("search", " ", "");
    assertEquals(1, blank.status());
    assertTrue(blank.err().startsWith("error: WORD: is blank; give at least one word to find\n"
        + "try: modelcatalog search --help"), blank.err());
  }

  @Test
  void list_nothingMeetsTheFilters_saysSoOnStandardError_andJsonIsAnEmptyList() throws Exception {
    CliRunner none = cli("list", "--owned-by", "nobody");
    assertEquals(2, none.status());
    assertEquals("", none.out(), "no table without rows");
    assertEquals(lines("no model meets every filter given"), none.err());
    CliRunner json = cli("list", "--json", "--owned-by", "nobody");
    assertEquals(2, json.status());
    assertEquals("", json.err());
    assertEquals(0, new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("data").size());
  }

  @Test
  void cheapest_text_andNoModelMeetingTheRequirementsExitsTwo() {
    CliRunner run = cli("cheapest", "--input", "1000", "--output", "100", "-c", "vision");
    assertEquals(0, run.status(), run.err());
    assertEquals(lines(
        "MODEL              COST  CURRENCY",
        "-----------  ----------  --------",
        "gpt-4o-mini  0.00021000  USD"), run.out());
    CliRunner none = cli("cheapest", "--input", "1000", "--output", "100", "-c", "realtime");
    assertEquals(2, none.status());
    assertEquals(lines("no model priced in USD meets these requirements"), none.err());
    // The built-in catalog prices in USD only: asked for euros, the message says which currency found nothing.
    CliRunner euros = cli("cheapest", "--input", "1000", "--output", "100", "-c", "vision", "--currency", "eur");
    assertEquals(2, euros.status());
    assertEquals(lines("no model priced in EUR meets these requirements"), euros.err());
  }

  /** Without -c the request wants text back: chat is required, so a free moderation model cannot win. */
  @Test
  void cheapest_withoutCapabilities_requiresChat() {
    ModelRegistry registry = SampleCatalog.registry();
    registry.register(ModelDefinition.builder("acme/free-moderation").contextWindow(32_000).maxOutputTokens(1_000)
        .capabilities(dev.modelcatalog.runtime.Capabilities.of(dev.modelcatalog.runtime.Capability.CONTENT_MODERATION))
        .pricing(0, 0).build());
    CliRunner plain = CliRunner.run(() -> registry, "cheapest", "--input", "1000", "--output", "100");
    assertEquals(0, plain.status(), plain.err());
    assertEquals(CliRunner.run(() -> registry, "cheapest", "--input", "1000", "--output", "100", "-c", "chat").out(),
        plain.out());
    assertTrue(!plain.out().contains("acme/free-moderation"), plain.out());
    assertTrue(CliRunner.run(() -> registry, "cheapest", "--input", "1000", "--output", "100", "-c", "content_moderation")
        .out().contains("acme/free-moderation"), "the model is there to be found when asked for");
  }

  @Test
  void cost_text_isOneLineWithTheParts_andAnUnpricedModelExitsTwo() {
    CliRunner run = cli("cost", "gpt-4o", "--input", "1000", "--output", "500");
    assertEquals(0, run.status(), run.err());
    assertEquals(lines("gpt-4o: 0.00750000 USD  (input 0.00250000, cached 0.00000000, output 0.00500000)"),
        run.out());
    CliRunner unpriced = CliRunner.run(CliTextOutputTest::withExtras, "cost", "acme/free-1", "--input", "1",
        "--output", "1");
    assertEquals(2, unpriced.status());
    assertEquals(lines("model 'acme/free-1' has no pricing"), unpriced.err());
  }

  /** Every command that looks a model up exits 2 for one it cannot resolve, with the registry's suggestions. */
  @Test
  void unknownModel_exitsTwoInEveryCommandThatLooksOneUp() {
    String[][] commands = {
        {"get", "gpt-5x"}, {"resolve", "gpt-5x"}, {"capabilities", "gpt-5x"}, {"routes", "gpt-5x"},
        {"cost", "gpt-5x", "--input", "1", "--output", "1"}};
    for (String[] command : commands) {
      CliRunner run = cli(command);
      assertEquals(2, run.status(), String.join(" ", command) + ": " + run.err());
      assertEquals("", run.out(), String.join(" ", command));
      assertTrue(run.err().contains("gpt-5x"), String.join(" ", command) + ": " + run.err());
    }
  }

  /** A count held in an int goes up to its largest value; a price may be 0. */
  @Test
  void countsAndPrices_atTheirEdges_areAccepted() {
    assertEquals(0, cli("search", "llama", "--limit", "2147483647").status());
    CliRunner tooLarge = cli("search", "llama", "--limit", "2147483648");
    assertEquals(1, tooLarge.status());
    assertTrue(tooLarge.err().contains("2147483648 is too large; at most 2147483647"), tooLarge.err());
    CliRunner pastLong = cli("cost", "gpt-4o", "--input", "9223372036854775808", "--output", "1");
    assertTrue(pastLong.err().contains("9223372036854775808 is too large; at most 9223372036854775807"),
        pastLong.err());
    CliRunner none = cli("search", "llama", "--limit", "0");
    assertEquals(1, none.status(), "a limit of 0 is a usage error, not a search that found nothing");
    assertTrue(none.err().contains("0 shows nothing; give a limit of at least 1"), none.err());
    CliRunner free = cli("list", "--max-output-price", "0");
    assertEquals(0, free.status(), free.err());
    assertTrue(free.out().contains("text-embedding-3-small"), free.out());
  }

  @Test
  void import_text_summarizesWhatItWrote(@TempDir Path dir) throws Exception {
    Path source = Path.of(CliTextOutputTest.class.getResource("/import/models-dev-small.json").toURI());
    Path output = dir.resolve("src");
    CliRunner run = cli("import", source.toString(), "--output", output.toString(), "--now", "1767225600");
    assertEquals(0, run.status(), run.err());
    String[] printed = run.out().split(System.lineSeparator());
    assertTrue(printed[0].matches("models\\.dev: 5 entries -> 4 models, 1 routes \\(0 as @Route\\), "
        + "\\d+ report lines"), printed[0]);
    assertEquals("stubs under " + output + "; report " + output.resolve("import-report.md"), printed[1]);
    assertTrue(printed[2].startsWith("MODEL") && printed[2].endsWith("STUB"), printed[2]);
    assertTrue(printed.length > 4, run.out());
    for (int i = 4; i < printed.length; i++) {
      String stub = printed[i].substring(printed[i].lastIndexOf(' ') + 1);
      assertTrue(Files.isRegularFile(output.resolve(stub.replace('.', '/') + ".java")), printed[i]);
    }
  }

  /** The present given by {@code --now} decides which release dates lie in the future (left out, and reported). */
  @Test
  void import_now_beforeEveryReleaseDate_reportsEachAsInTheFuture(@TempDir Path dir) throws Exception {
    Path source = Path.of(CliTextOutputTest.class.getResource("/import/models-dev-small.json").toURI());
    Path early = dir.resolve("early");
    Path late = dir.resolve("late");
    assertEquals(0, cli("import", source.toString(), "--output", early.toString(), "--now", "0").status());
    assertEquals(0, cli("import", source.toString(), "--output", late.toString(), "--now", "1767225600").status());
    assertTrue(Files.readString(early.resolve("import-report.md")).contains("is in the future"));
    assertFalse(Files.readString(late.resolve("import-report.md")).contains("is in the future"));
  }

  /** A models file that is not UTF-8 is named and called so, not reported in a decoder's words. */
  @Test
  void modelsFileNotUtf8_isAUsageErrorSayingSo(@TempDir Path dir) throws Exception {
    Path binary = Files.write(dir.resolve("bin.json"), new byte[] {(byte) 0xff, (byte) 0xfe, '['});
    CliRunner run = cli("get", "gpt-4o", "--models", binary.toString());
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().startsWith("error: --models: cannot read " + binary + ": not UTF-8 text"), run.err());
  }

  /** A file where the output directory should be: one line naming the problem, exit 1, no stack trace. */
  @Test
  void import_outputThatCannotBeWritten_isAOneLineError(@TempDir Path dir) throws Exception {
    Path source = Path.of(CliTextOutputTest.class.getResource("/import/models-dev-small.json").toURI());
    Path blocker = Files.writeString(dir.resolve("not-a-directory"), "");
    CliRunner run = cli("import", source.toString(), "--output", blocker.resolve("src").toString());
    assertEquals(1, run.status(), run.err());
    // The file and what is wrong with it, not the bare path that the JDK's exception carries.
    assertEquals(lines("error: " + blocker.resolve("src") + ": not a directory"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertEquals("", run.out());
    CliRunner file = cli("import", source.toString(), "--output", blocker.toString());
    assertEquals(1, file.status());
    assertEquals(lines("error: --output: " + blocker + " is a file; name a directory to write the stubs under"),
        file.err());
  }
}
