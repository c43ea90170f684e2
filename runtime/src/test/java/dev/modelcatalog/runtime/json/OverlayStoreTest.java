package dev.modelcatalog.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.Fixtures;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and restoring the run-time overlay: round trip, atomic writes, corrupt files rejected. */
class OverlayStoreTest {

  @TempDir
  Path dir;

  private ModelRegistry withRuntimeModels() {
    ModelRegistry registry = Fixtures.registry();
    registry.register(Fixtures.acmeVision());
    registry.register(ModelDefinition.builder("ft:gpt-4o-mini:acme::abc123").baseModel("gpt-4o-mini")
        .ownedBy("acme").contextWindow(128_000).build());
    registry.replace(Fixtures.O1.toBuilder().description("tuned limits").maxOutputTokens(50_000).build());
    return registry;
  }

  @Test
  void saveThenRestore_freshRegistryHasTheSameRuntimeModels() throws IOException {
    ModelRegistry before = withRuntimeModels();
    Path file = dir.resolve("overlay.json");
    OverlayStore.save(before, file);
    ModelRegistry after = Fixtures.registry();
    assertEquals(3, OverlayStore.restore(after, file));
    assertEquals(before.runtimeModels(), after.runtimeModels());
    assertEquals(50_000, after.find("o1").orElseThrow().maxOutputTokens());
    assertEquals("gpt-4o-mini", after.find("ft:gpt-4o-mini:acme::abc123").orElseThrow().baseModel().orElseThrow());
  }

  @Test
  void save_isByteStable() throws IOException {
    Path first = dir.resolve("a.json");
    Path second = dir.resolve("b.json");
    OverlayStore.save(withRuntimeModels(), first);
    OverlayStore.save(withRuntimeModels(), second);
    assertEquals(Files.readString(first), Files.readString(second));
  }

  @Test
  void save_replacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("overlay.json");
    Files.writeString(file, "old content");
    OverlayStore.save(file, List.of(Fixtures.acmeVision()));
    assertEquals(List.of(Fixtures.acmeVision()), OverlayStore.load(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void save_intoMissingDirectory_createsIt() throws IOException {
    Path file = dir.resolve("state/nested/overlay.json");
    OverlayStore.save(file, List.of(Fixtures.acmeVision()));
    assertTrue(Files.exists(file));
  }

  @Test
  void restore_corruptFile_keepsThePreviousState() throws IOException {
    ModelRegistry registry = withRuntimeModels();
    List<ModelDefinition> before = registry.runtimeModels();
    Path file = dir.resolve("overlay.json");
    Files.writeString(file, "{\"object\":\"list\",\"data\":[{\"id\":\"half");
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> OverlayStore.restore(registry, file));
    assertEquals("json-syntax", e.problems().get(0).code());
    assertEquals(before, registry.runtimeModels());
  }

  @Test
  void restore_oneInvalidModel_restoresNone() throws IOException {
    ModelRegistry registry = Fixtures.registry();
    Path file = dir.resolve("overlay.json");
    Files.writeString(file, "{\"object\":\"list\",\"data\":[{\"id\":\"good\",\"context_window\":10},"
        + "{\"id\":\"bad\",\"context_window\":0}]}");
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> OverlayStore.restore(registry, file));
    assertEquals("$.data[1].context_window", e.problems().get(0).field());
    assertEquals(List.of(), registry.runtimeModels());
  }

  @Test
  void restore_missingFile_restoresNothing() throws IOException {
    assertEquals(0, OverlayStore.restore(Fixtures.registry(), dir.resolve("absent.json")));
  }
}
