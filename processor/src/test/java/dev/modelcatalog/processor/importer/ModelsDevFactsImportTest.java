package dev.modelcatalog.processor.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The models.dev fields that became model facts: modalities, open_weights, release_date, last_updated,
 * cost.reasoning, cost.input_audio, cost.output_audio, cost.context_over_200k, limit.input and status.
 */
class ModelsDevFactsImportTest {

  /** 2025-09-01T00:00:00Z. */
  private static final long NOW = 1_756_684_800L;

  private static ImportResult importModel(String id, String json) throws IOException {
    String catalog = "{\"providers\": {\"p\": {\"id\": \"p\", \"models\": {\"" + id + "\": " + json + "}}}}";
    return CatalogImporter.convert(new ByteArrayInputStream(catalog.getBytes(StandardCharsets.UTF_8)),
        Format.MODELS_DEV, ImportOptions.defaults().now(NOW));
  }

  /** A chat model with these extra members. */
  private static String chat(long context, String extra) {
    return "{\"name\": \"m\", \"attachment\": false, \"reasoning\": false, \"temperature\": true,"
        + " \"tool_call\": true, \"modalities\": {\"input\": [\"text\"], \"output\": [\"text\"]},"
        + " \"limit\": {\"context\": " + context + ", \"output\": 4096}" + (extra.isEmpty() ? "" : ", " + extra)
        + "}";
  }

  private static String stub(ImportResult result) {
    return result.sources().stream().filter(s -> !s.qualifiedName().endsWith("package-info"))
        .map(GeneratedSource::content).collect(Collectors.joining()).replaceAll("\\s+", " ")
        .replace("( ", "(").replace(" )", ")").replace("{ ", "{").replace(" }", "}");
  }

  @Test
  void lifecycle_releaseLastUpdatedAndOpenWeights_areDeclared() throws IOException {
    String stub = stub(importModel("m", chat(8192, "\"release_date\": \"2024-07-23\","
        + " \"last_updated\": \"2024-09-25\", \"open_weights\": true")));
    assertTrue(stub.contains("@Lifecycle(releaseDate = \"2024-07-23\", lastUpdated = \"2024-09-25\","
        + " openWeights = true)"), stub);
  }

  @Test
  void lifecycle_lastUpdatedBeforeRelease_isLeftOutAndReported() throws IOException {
    ImportResult result = importModel("m", chat(8192, "\"release_date\": \"2024-07-23\","
        + " \"last_updated\": \"2024-01-01\""));
    assertFalse(stub(result).contains("lastUpdated"), stub(result));
    assertTrue(result.report().lines(Category.RELEASE_DATE).get(0).reason().contains("before the release date"));
  }

  @Test
  void status_alpha_isDeclaredOnLifecycle() throws IOException {
    String stub = stub(importModel("m", chat(8192, "\"status\": \"alpha\"")));
    assertTrue(stub.contains("@Lifecycle(status = LifecycleStatus.ALPHA)"), stub);
  }

  @Test
  void modalities_differentFromTheDerivation_areDeclared() throws IOException {
    // attachment + image input give vision; pdf input needs @Modalities, since only a "pdf" tag derives it.
    String stub = stub(importModel("m", chat(8192, "\"attachment\": true,"
        + " \"modalities\": {\"input\": [\"text\", \"image\", \"pdf\"], \"output\": [\"text\"]}")));
    assertTrue(stub.contains("@Modalities(input = {Modality.TEXT, Modality.IMAGE, Modality.PDF})"), stub);
  }

  @Test
  void modalities_equalToTheDerivation_areNotDeclared() throws IOException {
    assertFalse(stub(importModel("m", chat(8192, ""))).contains("@Modalities"));
  }

  @Test
  void limitInput_belowContext_isDeclared() throws IOException {
    String stub = stub(importModel("m", chat(400_000, "\"limit\": {\"context\": 400000, \"input\": 272000,"
        + " \"output\": 128000}")));
    assertTrue(stub.contains("@Limits(maxInputTokens = 272_000)"), stub);
  }

  @Test
  void prices_reasoningAudioAndLongContext_areDeclared() throws IOException {
    String stub = stub(importModel("m", chat(1_048_576, "\"cost\": {\"input\": 1.25, \"output\": 10,"
        + " \"reasoning\": 12, \"input_audio\": 40, \"output_audio\": 80,"
        + " \"context_over_200k\": {\"input\": 2.5, \"output\": 15}}")));
    assertTrue(stub.contains("reasoningPerMillion = 12.0, audioInputPerMillion = 40.0,"
        + " audioOutputPerMillion = 80.0, longContextThreshold = 200_000, longContextInputPerMillion = 2.5,"
        + " longContextOutputPerMillion = 15.0)"), stub);
  }

  @Test
  void longContextTier_onASmallContext_isLeftOutAndReported() throws IOException {
    ImportResult result = importModel("m", chat(128_000, "\"cost\": {\"input\": 1, \"output\": 2,"
        + " \"context_over_200k\": {\"input\": 2, \"output\": 4}}"));
    assertFalse(stub(result).contains("longContext"), stub(result));
    List<ReportLine> lines = result.report().lines(Category.PRICE);
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).action().contains("could never apply"), lines.get(0).action());
  }
}
