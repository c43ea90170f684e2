package dev.modelcatalog.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modelcatalog.runtime.Fixtures;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON rendering: exact wire text, golden files, byte stability and the detailed format's round trip. */
class ModelJsonTest {

  @Test
  void toOpenAiModel_hasTheFourOpenAiFieldsInOrder() {
    assertEquals("{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1715558400,\"owned_by\":\"openai\"}",
        ModelJson.write(ModelJson.toOpenAiModel(Fixtures.GPT_4O)));
  }

  @Test
  void toOpenAiModel_matchesGolden() {
    Golden.assertMatches("openai-model-gpt-4o.json", ModelJson.writePretty(ModelJson.toOpenAiModel(Fixtures.GPT_4O)));
  }

  @Test
  void toDetailedJson_matchesGolden() {
    Golden.assertMatches("detailed-gpt-4o.json", ModelJson.writePretty(ModelJson.toDetailedJson(Fixtures.GPT_4O)));
    Golden.assertMatches("detailed-mixtral-8x7b.json",
        ModelJson.writePretty(ModelJson.toDetailedJson(Fixtures.MIXTRAL)));
    Golden.assertMatches("detailed-dall-e-3.json", ModelJson.writePretty(ModelJson.toDetailedJson(Fixtures.DALL_E_3)));
  }

  @Test
  void list_matchesGolden() {
    Golden.assertMatches("list-openai.json", ModelJson.writePretty(
        ModelJson.list(List.of(Fixtures.GPT_4O_MINI, Fixtures.O1), ModelJson::toOpenAiModel)));
  }

  @Test
  void capabilities_matchesGolden() {
    ModelRegistry registry = Fixtures.registry();
    Golden.assertMatches("capabilities-gpt-4o.json",
        ModelJson.writePretty(ModelJson.capabilities(registry.capabilities("gpt-4o"))));
    Golden.assertMatches("capabilities-text-embedding-3-small.json",
        ModelJson.writePretty(ModelJson.capabilities(registry.capabilities("text-embedding-3-small"))));
  }

  @Test
  void write_sameModelTwice_identicalBytes() {
    ModelDefinition rebuilt = Fixtures.GPT_4O.toBuilder().build();
    assertEquals(ModelJson.writePretty(ModelJson.toDetailedJson(Fixtures.GPT_4O)),
        ModelJson.writePretty(ModelJson.toDetailedJson(rebuilt)));
  }

  @Test
  void prices_areWrittenAsPlainDecimals() {
    ModelDefinition cheap = Fixtures.GPT_4O_MINI.toBuilder()
        .pricing(dev.modelcatalog.runtime.Pricing.of(0.0000001, 10.0)).build();
    String json = ModelJson.write(ModelJson.toDetailedJson(cheap));
    assertEquals(true, json.contains("\"input_per_million\":0.0000001"), json);
    assertEquals(true, json.contains("\"output_per_million\":10.0"), json);
  }

  @Test
  void detailedJson_roundTripsEveryFixture() {
    String document = ModelJson.writePretty(ModelJson.list(Fixtures.all(), ModelJson::toDetailedJson));
    assertEquals(Fixtures.all(), ModelDocumentReader.read(document, "round trip"));
  }
}
