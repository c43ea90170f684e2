package dev.modelcatalog.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Fixtures;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extra models from resources, files and the environment, registered all or nothing. */
class CustomModelsTest {

  private final ModelRegistry registry = Fixtures.registry();

  @TempDir
  Path dir;

  @Test
  void fromResource_registersEveryModel() throws IOException {
    CustomModels.Document document = CustomModels.fromResource(getClass().getClassLoader(),
        "documents/custom-models.json");
    assertEquals(2, CustomModels.register(registry, document));
    assertEquals("My Custom Model", registry.find("custom/my-model").orElseThrow().name());
    assertTrue(registry.find("acme/reasoner-1").orElseThrow().has(Capability.VISION));
    assertEquals(0.55, registry.find("reasoner-1").orElseThrow().pricing().orElseThrow().cachedInputPerMillion()
        .orElseThrow());
  }

  @Test
  void fromResource_invalidDocument_registersNothing() {
    int before = registry.size();
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> CustomModels.register(registry, CustomModels.fromResource(getClass().getClassLoader(),
            "documents/invalid-models.json")));
    assertEquals("classpath:documents/invalid-models.json", e.source());
    assertEquals(List.of("$[1].id", "$[1].context_window", "$[2].capabilitiez", "$[2].pricing.input_per_million",
        "$[3].context_window", "$[3].moe.active_params", "$[3].moe.num_experts", "$[3].moe.experts_per_token"),
        e.problems().stream().map(Problem::field).collect(Collectors.toList()));
    assertEquals(before, registry.size());
    assertEquals(false, registry.contains("fine-1"));
  }

  @Test
  void fromEnvironment_readsTheVariable() {
    Map<String, String> env = Map.of(CustomModels.ENV_VAR,
        "[{\"id\":\"env-model\",\"context_window\":2048,\"supports_streaming\":true}]");
    CustomModels.register(registry, CustomModels.fromEnvironment(env));
    assertEquals(2048, registry.find("env-model").orElseThrow().contextWindow());
  }

  @Test
  void fromEnvironment_unset_isEmpty() {
    assertEquals(List.of(), CustomModels.fromEnvironment(Map.of()).models());
  }

  @Test
  void discover_readsEnvironmentAndModelsJson() throws IOException {
    Files.writeString(dir.resolve(CustomModels.CONFIG_FILE), "[{\"id\":\"file-model\",\"context_window\":512}]");
    Map<String, String> env = Map.of(CustomModels.ENV_VAR, "[{\"id\":\"env-model\",\"context_window\":2048}]");
    assertEquals(2, CustomModels.register(registry, CustomModels.discover(env, dir)));
    assertTrue(registry.contains("file-model"));
    assertTrue(registry.contains("env-model"));
  }

  @Test
  void discover_noConfigFile_readsOnlyTheEnvironment() throws IOException {
    assertEquals(1, CustomModels.discover(Map.of(), dir).size());
  }

  @Test
  void register_clashWithRegistry_pointsIntoTheDocumentAndRegistersNothing() {
    CustomModels.Document document = CustomModels.parse("[{\"id\":\"new-one\",\"context_window\":10},"
        + "{\"id\":\"other\",\"aliases\":[\"gpt-4o\"],\"context_window\":10}]", "inline");
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> CustomModels.register(registry, document));
    assertEquals("model-conflict", e.problems().get(0).code());
    assertEquals("$[1].aliases[0]", e.problems().get(0).field());
    assertEquals(false, registry.contains("new-one"));
  }

  @Test
  void fromFile_missing_throwsIoException() {
    assertThrows(IOException.class, () -> CustomModels.fromFile(dir.resolve("absent.json")));
  }
}
