package dev.modelcatalog.processor.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer of this project's own JSON export on small hand-written documents: how each field of a definition
 * becomes an annotation attribute, and the report lines for what a stub cannot take as is.
 */
class ModelJsonImportTest {

  private static ImportResult importJson(String json, ImportOptions options) throws IOException {
    return CatalogImporter.convert(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        Format.MODEL_JSON, options);
  }

  private static ImportResult importJson(String json) throws IOException {
    return importJson(json, ImportOptions.defaults());
  }

  /** The stub of the model, as one line with whitespace runs collapsed. */
  private static String stub(ImportResult result, String qualifiedName) {
    for (GeneratedSource source : result.sources()) {
      if (source.qualifiedName().equals(qualifiedName)) {
        return source.content().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
      }
    }
    throw new AssertionError("no source " + qualifiedName + " in " + result.sources().stream()
        .map(GeneratedSource::qualifiedName).collect(Collectors.toList()));
  }

  private static List<String> categories(ImportReport report) {
    return report.lines().stream().map(line -> line.category().code()).collect(Collectors.toList());
  }

  private static final String MIXTRAL = "{\"id\":\"mistralai/Mixtral-8x7B\",\"object\":\"model\",\"created\":0,"
      + "\"owned_by\":\"mistral\",\"name\":\"Mixtral 8x7B\",\"provider\":\"mistral\",\"context_window\":32768,"
      + "\"max_output_tokens\":32768,\"tags\":[\"open-weights\"],\"aliases\":[\"mixtral-8x7b\"],"
      + "\"status\":\"active\",\"deprecated\":false,\"license\":\"apache-2.0\",\"preset\":\"chat\","
      + "\"capabilities\":[\"chat\",\"streaming\",\"tool_calling\",\"temperature\",\"moe\"],"
      + "\"modalities\":{\"input\":[\"text\"],\"output\":[\"text\"]},"
      + "\"moe\":{\"total_params\":46700000000,\"active_params\":12900000000,\"num_experts\":8,"
      + "\"experts_per_token\":2,\"architecture\":\"sparse\"},"
      + "\"latency\":{\"ttft_mean\":0.3,\"ttft_std\":0.1,\"itl_mean\":0.02,\"itl_std\":0.02,\"vision\":1.5,"
      + "\"audio\":1.3,\"video\":2.0,\"reasoning\":2.5,\"tool_calling\":1.2},"
      + "\"pricing\":{\"input_per_million\":0.7,\"output_per_million\":0.7,\"cached_input_per_million\":0,"
      + "\"currency\":\"EUR\"}}";

  @Test
  void listResponseAndBareArray_giveTheSameSources() throws IOException {
    ImportResult list = importJson("{\"object\":\"list\",\"data\":[" + MIXTRAL + "]}");
    ImportResult array = importJson("[" + MIXTRAL + "]");
    assertEquals(list.sources(), array.sources());
    assertEquals(List.of("dev.modelcatalog.imported.mistral.Mixtral8x7B",
        "dev.modelcatalog.imported.mistral.package-info"),
        list.sources().stream().map(GeneratedSource::qualifiedName).collect(Collectors.toList()));
  }

  @Test
  void model_statesWhatDiffersFromTheDefaults() throws IOException {
    String stub = stub(importJson("[" + MIXTRAL + "]"), "dev.modelcatalog.imported.mistral.Mixtral8x7B");
    assertTrue(stub.contains("@Model(id = \"mistralai/Mixtral-8x7B\", name = \"Mixtral 8x7B\", contextWindow ="
        + " 32_768, tags = \"open-weights\", aliases = \"mixtral-8x7b\", license = \"apache-2.0\")"), stub);
    // the CHAT preset has json mode, log probabilities and parallel tool calls; the export lists none of them
    assertTrue(stub.contains("@Capabilities(parallelToolCalls = false, jsonMode = false, logprobs = false)"), stub);
    assertTrue(stub.contains("@MoE(totalParams = 46_700_000_000L, activeParams = 12_900_000_000L, numExperts = 8,"
        + " expertsPerToken = 2)"), stub);
    assertTrue(stub.contains("@Latency(itlMean = 0.02)"), stub);
    assertTrue(stub.contains("@Pricing(inputPerMillion = 0.7, outputPerMillion = 0.7, cachedInputPerMillion = 0.0,"
        + " currency = \"EUR\")"), stub);
    assertFalse(stub.contains("ownedBy"), stub); // the owner is the provider
    assertFalse(stub.contains("@SuppressWarnings"), stub);
  }

  @Test
  void presetsAndLineage_areWrittenAsDeclared() throws IOException {
    String json = "[{\"id\":\"ft:base-1:acme::x\",\"provider\":\"acme\",\"owned_by\":\"acme-labs\","
        + "\"context_window\":4096,\"max_output_tokens\":1024,\"preset\":\"embeddings\",\"base_model\":\"base-1\","
        + "\"parent\":\"base-1\",\"root\":\"base-1\",\"version\":\"2\",\"description\":\"a \\\"tuned\\\" one\","
        + "\"created\":1715558400,\"training_cutoff\":\"2024-01\",\"deprecation_date\":\"2026-01-01\","
        + "\"latency\":{\"preset\":\"xlarge\"},\"pricing\":{\"per_image\":0.04,\"audio_per_minute\":0.006,"
        + "\"cache_write_per_million\":1.25}}]";
    ImportResult result = importJson(json);
    String stub = stub(result, "dev.modelcatalog.imported.acme.FtBase1AcmeX");
    assertTrue(stub.contains("@Model(id = \"ft:base-1:acme::x\", ownedBy = \"acme-labs\", created = 1715558400L,"
        + " description = \"a \\\"tuned\\\" one\", version = \"2\", contextWindow = 4096, maxOutputTokens = 1024,"
        + " trainingCutoff = \"2024-01\", baseModel = \"base-1\", parent = \"base-1\", root = \"base-1\","
        + " deprecationDate = \"2026-01-01\", preset = CapabilityPreset.EMBEDDINGS)"), stub);
    assertFalse(stub.contains("@Capabilities"), stub);
    assertTrue(stub.contains("@Latency(preset = LatencyPreset.XLARGE)"), stub);
    assertTrue(stub.contains("@Pricing(cacheWritePerMillion = 1.25, perImage = 0.04, audioPerMinute = 0.006)"),
        stub);
    // An embeddings model priced per image and per audio minute is legal but suspicious: kept, reported, silenced.
    assertTrue(stub.contains("price-without-capability"), stub);
    assertEquals(List.of("class-name-derived", "rule-warning"), categories(result.report()));
  }

  @Test
  void modelWithoutProvider_goesToItsOwnersPackage_andIsReported() throws IOException {
    ImportResult result = importJson("[{\"id\":\"acme-vision\",\"owned_by\":\"acme\",\"context_window\":64000,"
        + "\"preset\":\"vision\"},{\"id\":\"loose\",\"context_window\":10}]");
    assertEquals(List.of("dev.modelcatalog.imported.acme.AcmeVision", "dev.modelcatalog.imported.acme.package-info",
        "dev.modelcatalog.imported.custom.Loose", "dev.modelcatalog.imported.custom.package-info"),
        result.sources().stream().map(GeneratedSource::qualifiedName).collect(Collectors.toList()));
    List<ReportLine> lines = result.report().lines(Category.PROVIDER);
    assertEquals(List.of("acme/acme-vision", "custom/loose"),
        lines.stream().map(ReportLine::entry).collect(Collectors.toList()));
    assertTrue(lines.get(0).action().contains("'acme', its owner"), lines.get(0).action());
    assertTrue(stub(result, "dev.modelcatalog.imported.acme.AcmeVision").contains("Not taken as is"));
  }

  @Test
  void deprecatedWithoutReplacement_isKept_andItsWarningSilenced() throws IOException {
    ImportResult result = importJson("[{\"id\":\"old-1\",\"provider\":\"p\",\"context_window\":10,"
        + "\"deprecated\":true}]");
    String stub = stub(result, "dev.modelcatalog.imported.p.Old1");
    assertTrue(stub.contains("deprecated = true"), stub);
    assertTrue(stub.contains("@SuppressWarnings(\"deprecated-without-replacement\")"), stub);
    List<ReportLine> lines = result.report().lines(Category.RULE_WARNING);
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).action().contains("'deprecated-without-replacement'"), lines.get(0).action());
  }

  private static final String ROUTED = "[{\"id\":\"m-1\",\"provider\":\"p\",\"context_window\":1000,"
      + "\"routes\":[{\"platform\":\"openrouter\",\"model_string\":\"p/m-1\",\"priority\":1,\"status\":\"beta\","
      + "\"input_per_million\":1.5,\"output_per_million\":2,\"max_output_tokens\":500},"
      + "{\"platform\":\"acme-cloud\",\"model_string\":\"m-1\",\"priority\":2,\"status\":\"inactive\","
      + "\"context_window\":800,\"endpoint\":\"https://acme.example/v1\"}]}]";

  @Test
  void routes_areWrittenAsIs_whenRoutesAreOn() throws IOException {
    ImportResult result = importJson(ROUTED, ImportOptions.defaults().routes(true));
    String stub = stub(result, "dev.modelcatalog.imported.p.M1");
    assertTrue(stub.contains("@Route(platform = \"openrouter\", modelString = \"p/m-1\", priority = 1,"
        + " inputPerMillion = 1.5, outputPerMillion = 2.0, maxOutputTokens = 500, status = RouteStatus.BETA)"), stub);
    assertTrue(stub.contains("@Route(platform = \"acme-cloud\", modelString = \"m-1\", priority = 2,"
        + " contextWindow = 800, status = RouteStatus.INACTIVE, endpoint = \"https://acme.example/v1\")"), stub);
    assertEquals(List.of(
        new RouteRecord("m-1", "openrouter", "p/m-1", 1, OptionalDouble.of(1.5), OptionalDouble.of(2), 0, 500,
            Optional.of("beta")),
        new RouteRecord("m-1", "acme-cloud", "m-1", 2, OptionalDouble.empty(), OptionalDouble.empty(), 800, 0,
            Optional.of("inactive"), Optional.of("https://acme.example/v1"))),
        result.report().routes());
    List<ReportLine> platforms = result.report().lines(Category.PLATFORM);
    assertEquals(1, platforms.size());
    assertTrue(platforms.get(0).reason().contains("'acme-cloud'"), platforms.get(0).reason());
    assertTrue(platforms.get(0).action().contains("@Platform"), platforms.get(0).action());
  }

  @Test
  void routes_areListedInTheReportOnly_whenRoutesAreOff() throws IOException {
    ImportResult result = importJson(ROUTED);
    assertFalse(stub(result, "dev.modelcatalog.imported.p.M1").contains("@Route("));
    assertEquals(2, result.report().routes().size());
    assertTrue(result.report().toMarkdown().contains("| `m-1` | acme-cloud | `m-1` | 2 |  |  | 800 |  | inactive |"),
        result.report().toMarkdown());
  }

  @Test
  void invalidDocument_writesNothing_andReportsEveryProblemByJsonPath() throws IOException {
    ImportResult result = importJson("{\"object\":\"list\",\"data\":[{\"id\":\"fine\",\"context_window\":10},"
        + "{\"id\":\"bad-1\",\"provider\":\"p\",\"context_window\":0},"
        + "{\"id\":\"bad-2\",\"context_window\":10,\"pricing\":{\"input_per_million\":-1},"
        + "\"routes\":[{\"platform\":\"direct\",\"priority\":0}]}]}");
    assertEquals(List.of(), result.sources());
    assertEquals(java.util.Map.of(), result.report().stubs());
    assertEquals(3, result.report().sourceEntries());
    List<ReportLine> lines = result.report().lines(Category.INVALID_DOCUMENT);
    assertEquals(List.of("p/bad-1", "*/bad-2", "*/bad-2"),
        lines.stream().map(ReportLine::entry).collect(Collectors.toList()));
    assertTrue(lines.get(0).reason().startsWith("[context-window-not-positive] $.data[1].context_window "),
        lines.get(0).reason());
    // a value that cannot be read is reported as it is read; the rules run on the model once read
    assertTrue(lines.get(1).reason().contains("$.data[2].routes[0].priority"), lines.get(1).reason());
    assertTrue(lines.get(2).reason().contains("$.data[2].pricing.input_per_million"), lines.get(2).reason());
    assertEquals(lines, result.report().lines());
  }

  @Test
  void notJson_isReportedAtTheRoot() throws IOException {
    ImportResult result = importJson("[{\"id\": ");
    assertEquals(List.of(), result.sources());
    List<ReportLine> lines = result.report().lines(Category.INVALID_DOCUMENT);
    assertEquals(1, lines.size());
    assertEquals("*/$", lines.get(0).entry());
    assertTrue(lines.get(0).reason().startsWith("[json-syntax] $ "), lines.get(0).reason());
  }

  @Test
  void importFile_invalidDocument_writesTheReportOnly(@TempDir Path dir) throws IOException {
    Path source = dir.resolve("export.json");
    Files.writeString(source, "[{\"id\":\"bad\",\"context_window\":-1}]");
    Path out = dir.resolve("out");
    ImportReport report = CatalogImporter.importFile(source, Format.MODEL_JSON, out, ImportOptions.defaults());
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of(out.resolve("import-report.md")),
          files.filter(Files::isRegularFile).collect(Collectors.toList()));
    }
    assertEquals(1, report.lines(Category.INVALID_DOCUMENT).size());
    assertTrue(Files.readString(out.resolve("import-report.md")).contains("invalid-document"));
  }
}
