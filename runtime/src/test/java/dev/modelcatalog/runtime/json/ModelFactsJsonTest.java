package dev.modelcatalog.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.RequestParameter;
import dev.modelcatalog.runtime.CapabilityReport;
import dev.modelcatalog.runtime.Modality;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelStatus;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Model facts in the detailed JSON, the capabilities response and model documents. */
class ModelFactsJsonTest {

  /** A model that states every fact. */
  private static final ModelDefinition FULL = ModelDefinition.builder("acme/omni").preset(CapabilityPreset.MULTIMODAL)
      .name("Acme Omni").ownedBy("acme").provider("acme").created(1_743_811_200L).description("Everything, stated")
      .version("2025-04-05").trainingCutoff("2024-12").tags("flagship", "multimodal").aliases("omni-latest")
      .baseModel("acme/omni-base").parent("acme/omni-preview").root("acme/omni-base").license("apache-2.0")
      .contextWindow(1_000_000).maxOutputTokens(64_000)
      .moe(MoEConfig.sparse(400_000_000_000L, 17_000_000_000L, 128, 1)).parameters(400_000_000_000L)
      .numLayers(48).hiddenSize(5120).numHeads(40).architectureFamily(ArchitectureFamily.HYBRID)
      .inputModalities(Modality.TEXT, Modality.IMAGE, Modality.AUDIO, Modality.PDF)
      .supportedParameters(RequestParameter.MAX_TOKENS, RequestParameter.TOOLS, RequestParameter.TOOL_CHOICE)
      .status(ModelStatus.BETA).releaseDate("2025-04-05").lastUpdated("2025-05-01").openWeights(true)
      .paperUrl("https://example.com/paper").docsUrl("https://example.com/docs")
      .maxInputTokens(900_000).maxImagesPerRequest(10).maxAudioSecondsPerRequest(600)
      .pricing(Pricing.builder().inputPerMillion(1.25).outputPerMillion(10).cachedInputPerMillion(0.3)
          .cacheWritePerMillion(1.5).perImage(0.002).audioPerMinute(0.01).reasoningPerMillion(12)
          .audioInputPerMillion(40).audioOutputPerMillion(80).perRequest(0.005).longContextThreshold(200_000)
          .longContextInputPerMillion(2.5).longContextOutputPerMillion(15).build())
      .build();

  @Test
  void detailedJson_readBack_isTheSameDefinition() {
    String json = ModelJson.writePretty(ModelJson.list(List.of(FULL), ModelJson::toDetailedJson));
    assertEquals(List.of(FULL), ModelDocumentReader.read(json, "t"));
  }

  @Test
  void detailedJson_writesEveryFactUnderItsSnakeCaseName() {
    ObjectNode node = ModelJson.toDetailedJson(FULL);
    assertEquals("hybrid", node.get("architecture").asText());
    assertEquals(400_000_000_000L, node.get("parameters").asLong());
    assertEquals(5120, node.get("hidden_size").asInt());
    assertEquals("beta", node.get("status").asText());
    assertEquals("[\"text\",\"image\",\"audio\",\"pdf\"]", node.get("modalities").get("input").toString());
    assertEquals("[\"max_tokens\",\"tools\",\"tool_choice\"]", node.get("supported_parameters").toString());
    assertEquals("2025-04-05", node.get("release_date").asText());
    assertEquals(true, node.get("open_weights").asBoolean());
    assertEquals(900_000, node.get("max_input_tokens").asInt());
    assertEquals("12.0", node.get("pricing").get("reasoning_per_million").toString());
    assertEquals(200_000, node.get("pricing").get("long_context_threshold").asInt());
  }

  @Test
  void capabilitiesJson_carriesFactsAndSupportedFeatures() {
    ObjectNode node = ModelJson.capabilities(CapabilityReport.of(FULL));
    assertEquals("[\"max_tokens\",\"tools\",\"tool_choice\"]", node.get("supported_features").toString());
    assertEquals("beta", node.get("status").asText());
    assertEquals(900_000, node.get("max_input_tokens").asInt());
    assertEquals(400_000_000_000L, node.get("parameters").asLong());
    assertEquals("0.005", node.get("pricing").get("request_price").toString());
    assertEquals("2.5", node.get("pricing").get("long_context_prompt_price_per_1m").toString());
    assertEquals("15.0", node.get("pricing").get("long_context_completion_price_per_1m").toString());
    assertEquals("40.0", node.get("pricing").get("audio_prompt_price_per_1m").toString());
    assertEquals("80.0", node.get("pricing").get("audio_completion_price_per_1m").toString());
    assertEquals("1.5", node.get("pricing").get("cache_write_price_per_1m").toString());
    assertEquals("0.002", node.get("pricing").get("image_price_per_unit").toString());
    assertEquals("0.01", node.get("pricing").get("audio_price_per_minute").toString());
    assertEquals("2025-04-05", node.get("release_date").asText());
    assertEquals(10, node.get("max_images_per_request").asInt());
    assertEquals(600, node.get("max_audio_seconds_per_request").asInt());
  }

  @Test
  void document_badFacts_areReportedByJsonPath() {
    String json = "[{\"id\": \"a\", \"context_window\": 1000, \"num_heads\": 3, \"hidden_size\": 1000,"
        + " \"status\": \"retired\", \"release_date\": \"2024-13-01\", \"supported_parameters\": [\"top_k\"],"
        + " \"modalities\": {\"output\": [\"image\"]}, \"max_input_tokens\": 2000,"
        + " \"pricing\": {\"long_context_threshold\": 500}}]";
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read(json, "t"));
    assertEquals(List.of("$[0].supported_parameters[0]", "$[0].num_heads", "$[0].modalities.output",
        "$[0].release_date", "$[0].status", "$[0].max_input_tokens", "$[0].pricing.long_context_threshold"),
        e.problems().stream().map(Problem::field).toList());
  }
}
