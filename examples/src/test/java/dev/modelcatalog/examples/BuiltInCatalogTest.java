package dev.modelcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.catalog.CatalogService;
import dev.modelcatalog.runtime.Capability;
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
  void catalogService_resolvesBuiltInModelsByCloseSpelling() {
    CatalogService catalog = new CatalogService(registry);
    assertEquals("gpt-4o", catalog.resolve("gpt4o").orElseThrow().model().id());
    assertEquals("gpt-4o-mini", catalog.resolve("gtp-4o-mini").orElseThrow().model().id());
  }
}
