package dev.modelcatalog.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.List;

/**
 * Fuzzes the JSON model-document reader, which loads overlays, custom-model files and request bodies: any text
 * gives models or an {@link InvalidCatalogDocumentException} listing problems, nothing else; models it accepts
 * are written and read back unchanged.
 */
class DocumentFuzzTest {

  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
  void read(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    List<ModelDefinition> models;
    try {
      models = ModelDocumentReader.read(json, "fuzz");
    } catch (InvalidCatalogDocumentException e) {
      assertFalse(e.problems().isEmpty(), "a refusal names its problems");
      return;
    }
    String written = ModelJson.write(ModelJson.list(models, ModelJson::toDetailedJson));
    List<ModelDefinition> again = ModelDocumentReader.read(written, "round trip");
    assertEquals(models.size(), again.size());
    for (int i = 0; i < models.size(); i++) {
      assertEquals(ModelJson.toDetailedJson(models.get(i)), ModelJson.toDetailedJson(again.get(i)), written);
    }
  }
}
