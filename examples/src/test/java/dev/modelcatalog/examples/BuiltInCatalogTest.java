package dev.modelcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.catalog.Resolved;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.MatchStrategy;
import dev.modelcatalog.runtime.ModelRegistry;
import org.junit.jupiter.api.Test;

/** The black-box check: the built-in catalog, compiled by the processor, is found on the class path. */
class BuiltInCatalogTest {

  private final ModelRegistry registry = ModelRegistry.loadDefault();

  @Test
  void loadDefault_findsTheBuiltInCatalogs() {
    assertTrue(registry.catalogs().size() >= 2, registry.catalogs().toString());
    assertTrue(registry.find("gpt-4o").orElseThrow().has(Capability.VISION));
    assertEquals("gpt-4o", registry.find("GPT_4O").orElseThrow().id());
    assertEquals("meta-llama/Llama-3.1-8B-Instruct", registry.find("llama-3.1-8b-instruct").orElseThrow().id());
  }

  @Test
  void resolved_builtInModelsByCloseSpelling() {
    assertEquals("gpt-4o", Resolved.of(registry, "gpt4o").orElseThrow().model().id());
    Resolved typo = Resolved.of(registry, "gtp-4o-mini").orElseThrow();
    assertEquals("gpt-4o-mini", typo.model().id());
    assertEquals(MatchStrategy.EDIT_DISTANCE, typo.match().strategy());
  }
}
