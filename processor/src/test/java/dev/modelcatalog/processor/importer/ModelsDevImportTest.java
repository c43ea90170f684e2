package dev.modelcatalog.processor.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The models.dev importer on small hand-written catalogs: mapping, identity, fixes and report lines. */
class ModelsDevImportTest {

  /** 2025-09-01T00:00:00Z: release dates after it are in the future. */
  private static final long NOW = 1_756_684_800L;

  private static ImportResult importJson(String json, ImportOptions options) throws IOException {
    return CatalogImporter.convert(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        Format.MODELS_DEV, options.now(NOW));
  }

  private static ImportResult importJson(String json) throws IOException {
    return importJson(json, ImportOptions.defaults());
  }

  /** A models.dev catalog from provider blocks written as {@code "id": {...}}. */
  private static String catalog(String... providers) {
    return "{\"providers\": {" + String.join(",", providers) + "}}";
  }

  private static String provider(String id, String... models) {
    return "\"" + id + "\": {\"id\": \"" + id + "\", \"name\": \"" + id.toUpperCase() + "\", \"models\": {"
        + String.join(",", models) + "}}";
  }

  /** A text chat model with these limits and extra fields (JSON members, comma-separated). */
  private static String model(String id, long context, long output, String extra) {
    return "\"" + id + "\": {\"id\": \"" + id + "\", \"name\": \"" + id + " name\", \"attachment\": false,"
        + " \"reasoning\": false, \"temperature\": true, \"tool_call\": true, \"release_date\": \"2025-01-15\","
        + " \"last_updated\": \"2025-02-01\", \"modalities\": {\"input\": [\"text\"], \"output\": [\"text\"]},"
        + " \"open_weights\": false, \"limit\": {\"context\": " + context + ", \"output\": " + output + "}"
        + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }

  /** The source with whitespace runs collapsed and no padding inside parentheses, as one line. */
  private static String source(ImportResult result, String simpleName) {
    return flat(rawSource(result, simpleName));
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
  }

  private static String rawSource(ImportResult result, String simpleName) {
    return result.sources().stream().filter(s -> s.qualifiedName().endsWith("." + simpleName)).findFirst()
        .orElseThrow(() -> new AssertionError("no source " + simpleName + " in " + result.sources().stream()
            .map(GeneratedSource::qualifiedName).collect(Collectors.toList())))
        .content();
  }

  private static List<Category> categories(ImportReport report, String provider, String id) {
    return report.linesFor(provider, id).stream().map(ReportLine::category).collect(Collectors.toList());
  }

  @Test
  void chatModel_mapsFlagsLimitsPricesAndDates() throws IOException {
    ImportResult result = importJson(catalog(provider("openai", model("gpt-5", 400_000, 128_000,
        "\"reasoning\": true, \"attachment\": true, \"knowledge\": \"2024-09\","
            + " \"modalities\": {\"input\": [\"text\", \"image\"], \"output\": [\"text\"]},"
            + " \"cost\": {\"input\": 1.25, \"output\": 10, \"cache_read\": 0.125}"))));
    String stub = source(result, "Gpt5");
    assertTrue(stub.contains("id = \"gpt-5\""), stub);
    assertTrue(stub.contains("name = \"gpt-5 name\""), stub);
    assertTrue(stub.contains("created = 1736899200L"), stub); // 2025-01-15
    assertTrue(stub.contains("contextWindow = 400_000"), stub);
    assertTrue(stub.contains("maxOutputTokens = 128_000"), stub);
    assertTrue(stub.contains("trainingCutoff = \"2024-09\""), stub);
    // chat, streaming, vision, reasoning, tool calling, temperature: REASONING is the closest preset
    assertTrue(stub.contains("preset = CapabilityPreset.REASONING)"), stub);
    assertTrue(stub.contains("@Capabilities(vision = true, structuredOutputs = false, jsonMode = false,"
        + " temperature = true)"), stub);
    assertTrue(stub.contains("@Pricing(inputPerMillion = 1.25, outputPerMillion = 10.0,"
        + " cachedInputPerMillion = 0.125)"), stub);
    assertFalse(stub.contains("ownedBy"), "the provider is the owner: " + stub);
    assertEquals(Map.of("gpt-5", "dev.modelcatalog.imported.openai.Gpt5"), result.report().stubs());
    assertEquals(List.of(Category.CLASS_NAME_DERIVED), categories(result.report(), "openai", "gpt-5"));
    assertEquals(Map.of(), result.report().fieldsNotImported());
    assertTrue(stub.contains("@Lifecycle(releaseDate = \"2025-01-15\", lastUpdated = \"2025-02-01\")"), stub);
  }

  @Test
  void sameModelUnderTwoProviders_isOneStubOwnedByTheMakerAndOneRoute() throws IOException {
    ImportResult result = importJson(catalog(
        provider("openrouter", model("openai/gpt-5", 400_000, 128_000,
            "\"cost\": {\"input\": 1.3, \"output\": 11}")),
        provider("openai", model("gpt-5", 400_000, 128_000, "\"cost\": {\"input\": 1.25, \"output\": 10}"))));
    ImportReport report = result.report();
    assertEquals(Map.of("gpt-5", "dev.modelcatalog.imported.openai.Gpt5"), report.stubs());
    assertEquals(List.of(new RouteRecord("gpt-5", "openrouter", "openai/gpt-5", 1, OptionalDouble.of(1.3),
        OptionalDouble.of(11), 400_000, 128_000, java.util.Optional.empty())), report.routes());
    assertEquals(List.of(Category.ROUTE), categories(report, "openrouter", "openai/gpt-5"));
    assertFalse(source(result, "Gpt5").contains("@Route"), "routes are off by default");
    assertEquals(2, report.sourceEntries());
    assertFalse(result.sources().stream().anyMatch(s -> s.qualifiedName().contains(".openrouter.")),
        "a provider with routes only gets no package");
  }

  @Test
  void modelWithoutItsMakersApi_isOwnedByTheMakerAndLivesWithTheFirstProvider() throws IOException {
    ImportResult result = importJson(catalog(
        provider("groq", model("openai/gpt-oss-120b", 131_072, 32_768, "")),
        provider("cerebras", model("gpt-oss-120b", 131_072, 40_000, ""))));
    assertEquals(Map.of("gpt-oss-120b", "dev.modelcatalog.imported.cerebras.GptOss120b"),
        result.report().stubs());
    assertTrue(source(result, "GptOss120b").contains("ownedBy = \"openai\""));
    assertEquals("groq", result.report().routes().get(0).platform());
  }

  @Test
  void routesOn_writesRouteAnnotationsWithTheRoutesFacts() throws IOException {
    ImportResult result = importJson(catalog(
        provider("openai", model("gpt-5", 400_000, 128_000, "")),
        provider("azure", model("gpt-5", 272_000, 128_000, "\"cost\": {\"input\": 1.25, \"output\": 10}")),
        provider("amazon-bedrock", model("openai/gpt-5", 272_000, 64_000, "\"status\": \"beta\""))),
        ImportOptions.defaults().routes(true));
    String stub = source(result, "Gpt5");
    assertTrue(stub.contains("@Route(platform = \"bedrock\", modelString = \"openai/gpt-5\", priority = 1,"
        + " contextWindow = 272_000, maxOutputTokens = 64_000, status = RouteStatus.BETA)"), stub);
    assertTrue(stub.contains("@Route(platform = \"azure\", modelString = \"gpt-5\", priority = 2,"
        + " inputPerMillion = 1.25, outputPerMillion = 10.0, contextWindow = 272_000,"
        + " maxOutputTokens = 128_000)"), stub);
    assertTrue(result.report().routesWritten());
    assertEquals(2, result.report().routesAnnotated());
    assertTrue(result.report().toMarkdown().contains("| routes (written as @Route) | 2 |\n"));
    assertCompilesStrictly(result);
  }

  /** A route through a platform that is not built in is counted as listed, not as written. */
  @Test
  void routesOn_routeThroughAnUnknownPlatform_isCountedAsListed() throws IOException {
    ImportResult result = importJson(catalog(
        provider("openai", model("gpt-5", 400_000, 128_000, "")),
        provider("azure", model("gpt-5", 272_000, 128_000, "")),
        provider("acme-cloud", model("gpt-5", 272_000, 128_000, ""))),
        ImportOptions.defaults().routes(true));
    assertEquals(2, result.report().routes().size());
    assertEquals(1, result.report().routesAnnotated());
    String markdown = result.report().toMarkdown();
    assertTrue(markdown.contains("| routes (written as @Route) | 1 |\n"
        + "| routes (listed below, not written: no built-in platform) | 1 |\n"), markdown);
    ImportResult listed = importJson(catalog(
        provider("openai", model("gpt-5", 400_000, 128_000, "")),
        provider("azure", model("gpt-5", 272_000, 128_000, ""))));
    assertEquals(0, listed.report().routesAnnotated());
    assertTrue(listed.report().toMarkdown().contains("| routes (listed below, not written) | 1 |\n"));
  }

  @Test
  void impossibleLimits_areFixedAndReported() throws IOException {
    ImportResult result = importJson(catalog(provider("p",
        model("asr", 0, 4096, ""),
        model("big-output", 75_000, 163_840, ""),
        model("image-maker", 0, 0, "\"modalities\": {\"input\": [\"text\"], \"output\": [\"image\"]},"
            + " \"tool_call\": false"),
        model("no-output", 2048, 0, ""))));
    assertTrue(source(result, "Asr").contains("contextWindow = 4096"));
    assertFalse(source(result, "Asr").contains("maxOutputTokens"));
    assertTrue(source(result, "BigOutput").contains("contextWindow = 75_000"));
    assertFalse(source(result, "BigOutput").contains("maxOutputTokens"));
    String imageMaker = source(result, "ImageMaker");
    assertTrue(imageMaker.contains("contextWindow = 1,"), imageMaker);
    assertTrue(imageMaker.contains("tags = \"limits-unknown\""), imageMaker);
    assertFalse(source(result, "NoOutput").contains("maxOutputTokens"));
    ImportReport report = result.report();
    assertEquals(4, report.lines(Category.IMPOSSIBLE_LIMIT).size());
    assertTrue(report.linesFor("p", "big-output").get(0).reason().contains("output 163840 above context 75000"),
        report.linesFor("p", "big-output").toString());
  }

  /** The categories of an entry's lines, without the informational one every hyphenated id gets. */
  private static List<Category> fixes(ImportReport report, String provider, String id) {
    return categories(report, provider, id).stream().filter(c -> c != Category.CLASS_NAME_DERIVED)
        .collect(Collectors.toList());
  }

  @Test
  void unusableFacts_areLeftOutOrSkipped_eachWithItsReportLine() throws IOException {
    String tooLong = "m" + "x".repeat(256);
    ImportResult result = importJson(catalog(provider("p",
        model("bad-dates", 8192, 4096, "\"knowledge\": \"summer 2024\", \"last_updated\": \"2025-02-30\""),
        model("bad-prices", 8192, 4096, "\"cost\": {\"input\": -1, \"output\": 2}"),
        model("no-output-price", 8192, 4096, "\"cost\": {\"input\": 1}"),
        model("pdf-in", 8192, 4096, "\"modalities\": {\"input\": [\"text\", \"pdf\"], \"output\": [\"text\"]}"),
        model(" ", 8192, 4096, ""),
        model(tooLong, 8192, 4096, ""))));
    ImportReport report = result.report();
    assertEquals(List.of(Category.RELEASE_DATE, Category.CUTOFF_FORMAT), fixes(report, "p", "bad-dates"));
    String dates = source(result, "BadDates");
    assertFalse(dates.contains("trainingCutoff"), dates);
    assertFalse(dates.contains("lastUpdated"), dates);
    assertTrue(report.linesFor("p", "bad-dates").get(0).reason().contains("'2025-02-30' is not a YYYY-MM-DD date"));
    assertEquals(List.of(Category.PRICE, Category.PRICE), fixes(report, "p", "bad-prices"));
    assertTrue(report.linesFor("p", "bad-prices").get(0).reason().contains("cost.input is -1.0"));
    assertTrue(report.linesFor("p", "bad-prices").get(1).reason().contains("cost without an input price"));
    assertTrue(source(result, "BadPrices").contains("inputPerMillion = 0"), source(result, "BadPrices"));
    assertTrue(report.linesFor("p", "no-output-price").get(0).reason().contains("cost without an output price"));
    // The capability mapping reports that PDF has no flag; the facts check, that no capability backs it.
    assertEquals(List.of(Category.CAPABILITY, Category.CAPABILITY), fixes(report, "p", "pdf-in"));
    assertTrue(report.linesFor("p", "pdf-in").get(1).reason().contains("input modality 'pdf' without a"));
    assertFalse(source(result, "PdfIn").contains("PDF"), source(result, "PdfIn"));
    assertEquals(List.of(Category.SKIPPED), fixes(report, "p", " "));
    assertEquals(List.of(Category.SKIPPED), fixes(report, "p", tooLong));
    assertTrue(report.linesFor("p", tooLong).get(0).reason().contains("257 characters long"));
    assertEquals(4, report.stubs().size(), report.stubs().toString());
  }

  @Test
  void longContextPrices_applyAboveTwoHundredThousandTokensOnly() throws IOException {
    String tier = "\"cost\": {\"input\": 1, \"output\": 2, \"context_over_200k\": {\"input\": 2, \"output\": 4}}";
    ImportResult result = importJson(catalog(provider("p", model("at-limit", 200_000, 8192, tier),
        model("above-limit", 200_001, 8192, tier))));
    assertEquals(List.of(Category.PRICE), fixes(result.report(), "p", "at-limit"));
    assertFalse(source(result, "AtLimit").contains("longContext"), source(result, "AtLimit"));
    assertEquals(List.of(), fixes(result.report(), "p", "above-limit"));
    String above = source(result, "AboveLimit");
    assertTrue(above.contains("longContextThreshold = 200_000"), above);
  }

  @Test
  void cutoffWithDay_keepsYearAndMonth() throws IOException {
    ImportResult result = importJson(catalog(provider("p", model("m", 8192, 4096,
        "\"knowledge\": \"2024-06-30\""))));
    assertTrue(source(result, "M").contains("trainingCutoff = \"2024-06\""));
    ReportLine line = result.report().lines(Category.CUTOFF_FORMAT).get(0);
    assertEquals("p/m", line.entry());
    assertTrue(line.action().contains("2024-06"), line.action());
  }

  @Test
  void idWithInvalidCharacters_isRewrittenAndReported() throws IOException {
    ImportResult result = importJson(catalog(provider("p", model("my model!", 8192, 4096, ""))));
    assertEquals(Map.of("my-model-", "dev.modelcatalog.imported.p.MyModel"), result.report().stubs());
    ReportLine line = result.report().lines(Category.ID_INVALID_CHARACTERS).get(0);
    assertEquals("my model!", line.sourceId());
    assertTrue(line.reason().contains("U+0020") && line.reason().contains("'!'"), line.reason());
  }

  @Test
  void duplicateKey_keepsTheFirstAndReportsTheSecond() throws IOException {
    ImportResult result = importJson(catalog(provider("p", model("m", 8192, 4096, ""),
        model("m", 100, 50, ""))));
    assertTrue(source(result, "M").contains("contextWindow = 8192"));
    assertEquals(List.of(Category.DUPLICATE), categories(result.report(), "p", "m"));
  }

  @Test
  void idsDerivingOneClassName_getASuffix() throws IOException {
    ImportResult result = importJson(catalog(provider("p", model("Gpt41", 8192, 4096, ""),
        model("gpt-41", 8192, 4096, ""))));
    // Models are named in normalized-id order: gpt-41 before gpt41.
    assertEquals(Map.of("gpt-41", "dev.modelcatalog.imported.p.Gpt41", "Gpt41",
        "dev.modelcatalog.imported.p.Gpt41_2"), result.report().stubs());
    assertEquals(1, result.report().lines(Category.CLASS_NAME_CLASH).size());
  }

  @Test
  void cachedPriceAboveInput_isKeptAndItsWarningSilenced() throws IOException {
    ImportResult result = importJson(catalog(provider("openai", model("gpt-3.5-turbo", 16_385, 4096,
        "\"cost\": {\"input\": 0.5, \"output\": 1.5, \"cache_read\": 1.25}"))));
    String stub = source(result, "Gpt3_5Turbo");
    assertTrue(stub.contains("cachedInputPerMillion = 1.25"), stub);
    assertTrue(stub.contains("@SuppressWarnings(\"cached-price-above-input\")"), stub);
    assertEquals(1, result.report().lines(Category.PRICE).size());
  }

  @Test
  void nonChatModalities_mapToTheirOwnCapabilities() throws IOException {
    ImportResult result = importJson(catalog(provider("p",
        model("whisper", 448, 448, "\"tool_call\": false, \"temperature\": false,"
            + " \"modalities\": {\"input\": [\"audio\"], \"output\": [\"text\"]}"),
        model("voice", 4096, 4096, "\"tool_call\": false, \"temperature\": false,"
            + " \"modalities\": {\"input\": [\"text\"], \"output\": [\"audio\"]}"),
        model("ocr", 4096, 4096, "\"tool_call\": false, \"temperature\": false,"
            + " \"modalities\": {\"input\": [\"image\"], \"output\": [\"text\"]}"))));
    assertTrue(source(result, "Whisper").contains("@Capabilities(contentModeration = false,"
        + " transcription = true)"), source(result, "Whisper"));
    assertTrue(source(result, "Voice").contains("speech = true"), source(result, "Voice"));
    assertEquals(List.of(Category.CAPABILITY), categories(result.report(), "p", "ocr"));
    assertTrue(source(result, "Ocr").contains("@Capabilities(vision = true, toolCalling = false,"
        + " parallelToolCalls = false, jsonMode = false, temperature = false, logprobs = false)"),
        source(result, "Ocr"));
  }

  @Test
  void reasoningPrice_isDeclaredOnPricing() throws IOException {
    ImportResult result = importJson(catalog(provider("p", model("r", 8192, 4096,
        "\"cost\": {\"input\": 1, \"output\": 2, \"reasoning\": 3}"))));
    assertTrue(source(result, "R").contains("reasoningPerMillion = 3.0"), source(result, "R"));
    assertEquals(List.of(), result.report().lines(Category.PRICE));
  }

  @Test
  void releaseDateInTheFuture_isLeftOut() throws IOException {
    ImportResult result = importJson(catalog(provider("p", model("m", 8192, 4096,
        "\"release_date\": \"2030-01-01\""))));
    assertFalse(source(result, "M").contains("created"));
    assertEquals(1, result.report().lines(Category.RELEASE_DATE).size());
  }

  @Test
  void deprecatedStatus_isDeclaredAndItsWarningSilenced() throws IOException {
    ImportResult result = importJson(catalog(provider("p", model("old", 8192, 4096,
        "\"status\": \"deprecated\""), model("new", 8192, 4096, "\"status\": \"beta\""))));
    assertTrue(source(result, "Old").contains("deprecated = true"));
    assertTrue(source(result, "Old").contains("@SuppressWarnings(\"deprecated-without-replacement\")"));
    assertTrue(source(result, "New").contains("@Lifecycle(status = LifecycleStatus.BETA,"), source(result, "New"));
    assertFalse(source(result, "New").contains("tags = \"beta\""));
  }

  @Test
  void packageInfo_declaresTheProvider() throws IOException {
    ImportResult result = importJson(catalog(provider("cloudflare-workers-ai", model("m", 8192, 4096, ""))));
    String info = rawSource(result, "package-info");
    assertTrue(info.contains("@dev.modelcatalog.annotations.Provider(id = \"cloudflare-workers-ai\","
        + " name = \"CLOUDFLARE-WORKERS-AI\")"), info);
    assertTrue(info.contains("package dev.modelcatalog.imported.cloudflare_workers_ai;"), info);
    assertEquals(1, result.report().lines(Category.PACKAGE_NAME_DERIVED).size());
  }

  /** A name with markup in it reads as written, and a build that checks doc comments accepts the stub. */
  @Test
  void htmlInImportedText_isWrittenAsEntities() throws IOException {
    String name = "<b>Fast</b> & cheap <id>";
    ImportResult result = importJson("{\"providers\": {\"p\": {\"id\": \"p\", \"name\": \"P\", \"models\": {"
        + model("fast", 8192, 4096, "").replace("\"fast name\"", "\"" + name + "\"") + "}}}}");
    String stub = rawSource(result, "Fast");
    assertTrue(stub.contains("&lt;b&gt;Fast&lt;/b&gt; &amp; cheap &lt;id&gt;, imported from"), stub);
    assertCompilesStrictly(result);
  }

  @Test
  void unicodeEscapesInImportedText_cannotEndTheJavadoc() throws IOException {
    // javac reads a backslash-u escape before anything else, so the escape of "*/" would close the Javadoc and
    // turn the rest of the name into code. In the JSON the backslash is written twice.
    String escapedEnd = "\\\\u002a\\\\u002f";
    String payload = "Evil " + escapedEnd + " final class Injected {} /**";
    ImportResult result = importJson("{\"providers\": {\"p\": {\"id\": \"p\", \"name\": \"P " + payload
        + "\", \"models\": {" + model("evil", 8192, 4096, "").replace("\"evil name\"", "\"" + payload + "\"")
        + "}}}}");
    assertTrue(rawSource(result, "Evil").contains("Evil &#92;u002a&#92;u002f final class Injected"),
        rawSource(result, "Evil"));
    List<javax.tools.JavaFileObject> sources = result.sources().stream()
        .map(s -> com.google.testing.compile.JavaFileObjects.forSourceString(s.qualifiedName(), s.content()))
        .collect(Collectors.toList());
    com.google.testing.compile.Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new dev.modelcatalog.processor.CatalogProcessor()).compile(sources);
    com.google.testing.compile.CompilationSubject.assertThat(compilation).succeeded();
    List<String> classes = compilation.generatedFiles().stream()
        .filter(file -> file.getKind() == javax.tools.JavaFileObject.Kind.CLASS)
        .map(javax.tools.JavaFileObject::getName).collect(Collectors.toList());
    assertTrue(classes.stream().anyMatch(name -> name.endsWith("/p/Evil.class")), classes.toString());
    assertFalse(classes.stream().anyMatch(name -> name.contains("Injected")), classes.toString());
  }

  @Test
  void report_rendersSummaryAndOneTablePerCategory() throws IOException {
    ImportResult result = importJson(catalog(
        provider("openai", model("gpt-5", 400_000, 128_000, "\"knowledge\": \"2024-09-30\"")),
        provider("openrouter", model("openai/gpt-5", 400_000, 128_000, ""))));
    String markdown = result.report().toMarkdown();
    assertTrue(markdown.contains("| source entries | 2 |"), markdown);
    assertTrue(markdown.contains("| canonical models (one stub each) | 1 |"), markdown);
    assertTrue(markdown.contains("## Knowledge cutoffs (1, `cutoff-format`)"), markdown);
    assertTrue(markdown.contains("| `openai/gpt-5` | knowledge cutoff '2024-09-30' has a day | kept as 2024-09"),
        markdown);
    assertTrue(markdown.contains("| `gpt-5` | openrouter | `openai/gpt-5` | 1 |"), markdown);
  }

  @Test
  void sameInput_sameOutput() throws IOException {
    String json = catalog(provider("openai", model("gpt-5", 400_000, 128_000, "")),
        provider("azure", model("gpt-5", 272_000, 128_000, "")), provider("p", model("a-b", 10, 5, "")));
    ImportResult first = importJson(json);
    ImportResult second = importJson(json);
    assertEquals(first.sources(), second.sources());
    assertEquals(first.report().toMarkdown(), second.report().toMarkdown());
  }

  @Test
  void notModelsDev_failsNamingWhere() {
    CatalogFormatException noProviders = assertThrows(CatalogFormatException.class, () -> importJson("{}"));
    assertTrue(noProviders.getMessage().contains("$.providers"), noProviders.getMessage());
    CatalogFormatException broken = assertThrows(CatalogFormatException.class,
        () -> importJson("{\"providers\": {\"p\": [1]}}"));
    assertTrue(broken.getMessage().contains("$.providers.p: expected an object"), broken.getMessage());
    CatalogFormatException notJson = assertThrows(CatalogFormatException.class,
        () -> importJson("{\"providers\": "));
    assertTrue(notJson.getMessage().contains("line"), notJson.getMessage());
    CatalogFormatException truncated = assertThrows(CatalogFormatException.class,
        () -> importJson("{\"providers\": {\"p\": {"));
    assertTrue(truncated.getMessage().endsWith("not valid JSON: Unexpected end-of-input: expected close marker for"
        + " Object (start marker at line 1, column 21) at line 1, column 22"), truncated.getMessage());
  }

  /** Two catalogs run together are refused, not read up to the end of the first. */
  @Test
  void contentAfterTheCatalog_failsNamingWhere() {
    CatalogFormatException twice = assertThrows(CatalogFormatException.class,
        () -> importJson("{\"providers\": {}}\n{\"providers\": {}}"));
    assertTrue(twice.getMessage().endsWith("$: an object after the catalog's object at line 2; a models.dev catalog"
        + " is one JSON object"), twice.getMessage());
    CatalogFormatException junk = assertThrows(CatalogFormatException.class,
        () -> importJson("{\"providers\": {}} xyz"));
    assertTrue(junk.getMessage().contains("not valid JSON"), junk.getMessage());
  }

  /** The imported sources compile with the processor, as a strict build (every lint, doc comments) runs it. */
  private static void assertCompilesStrictly(ImportResult result) {
    List<javax.tools.JavaFileObject> sources = result.sources().stream()
        .map(s -> com.google.testing.compile.JavaFileObjects.forSourceString(s.qualifiedName(), s.content()))
        .collect(Collectors.toList());
    com.google.testing.compile.CompilationSubject.assertThat(com.google.testing.compile.Compiler.javac()
        .withProcessors(new dev.modelcatalog.processor.CatalogProcessor())
        .withOptions("-Xlint:all,-processing", "-Xdoclint:all,-missing")
        .compile(sources)).succeededWithoutWarnings();
  }
}
