package dev.modelcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The model facts the built-in catalog states, as the generated catalogs rebuild them. */
class ModelFactsCatalogTest {

  private static ModelDefinition model(String id) {
    for (ModelCatalog catalog : ServiceLoader.load(ModelCatalog.class)) {
      for (int i = 0; i < catalog.size(); i++) {
        if (catalog.id(i).equals(id)) {
          return catalog.model(i);
        }
      }
    }
    throw new AssertionError("no model " + id);
  }

  @Test
  void llama31_statesParametersReleaseAndOpenWeights() {
    ModelDefinition llama = model("meta-llama/Llama-3.1-8B-Instruct");
    assertEquals(OptionalLong.of(8_030_000_000L), llama.parameters());
    assertEquals(32, llama.architecture().numHeads());
    assertEquals(Optional.of("2024-07-23"), llama.releaseDate());
    assertTrue(llama.openWeights());
  }

  @Test
  void moeModels_takeTheirParametersFromMoe() {
    ModelDefinition deepseek = model("deepseek-ai/DeepSeek-V3");
    assertEquals(OptionalLong.of(671_000_000_000L), deepseek.parameters());
    assertEquals(ArchitectureFamily.MOE, deepseek.architectureFamily());
    assertEquals(Optional.of("2024-12-26"), deepseek.releaseDate());
  }

  @Test
  void closedModels_stateReleaseDatesButNotOpenWeights() {
    ModelDefinition gpt4o = model("gpt-4o");
    assertEquals(Optional.of("2024-05-13"), gpt4o.releaseDate());
    assertFalse(gpt4o.openWeights());
  }
}
