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
  void save_writesModelsInIdOrder_whateverOrderTheyCameIn() throws IOException {
    ModelDefinition alpha = ModelDefinition.builder("alpha-model").contextWindow(8192).build();
    ModelDefinition beta = ModelDefinition.builder("beta-model").contextWindow(8192).build();
    Path forward = dir.resolve("forward.json");
    Path backward = dir.resolve("backward.json");
    OverlayStore.save(forward, List.of(alpha, beta));
    OverlayStore.save(backward, List.of(beta, alpha));
    assertEquals(Files.readString(forward), Files.readString(backward));
    assertEquals(List.of(alpha, beta), OverlayStore.load(backward));
    Path withRemoved = dir.resolve("removed.json");
    OverlayStore.save(withRemoved, List.of(beta, alpha), List.of("zeta", "gamma"));
    String text = Files.readString(withRemoved);
    assertTrue(text.indexOf("alpha-model") < text.indexOf("beta-model"), text);
    assertTrue(text.indexOf("gamma") < text.indexOf("zeta"), text);
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

  /** Two documents run together, as a write appended to a file might leave it: refused whole, nothing applied. */
  @Test
  void restore_contentAfterTheDocument_isRefusedAndKeepsThePreviousState() throws IOException {
    ModelRegistry registry = Fixtures.registry();
    int size = registry.size();
    Path file = dir.resolve("overlay.json");
    Files.writeString(file, "{\"object\":\"list\",\"data\":[{\"id\":\"acme/one\",\"context_window\":8192}]}\n"
        + "{\"removed\":[\"gpt-4o\"]}");
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> OverlayStore.restore(registry, file));
    assertEquals("json-syntax", e.problems().get(0).code());
    assertTrue(registry.runtimeModels().isEmpty());
    assertEquals(size, registry.size());
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

  // ---------------------------------------------------------------------------------------------- removals

  /** The registry's own save keeps what it removed (by id or alias), not what it replaced, which it saves whole. */
  @Test
  void saveRegistry_thenRestore_removesWhatItRemoved() throws IOException {
    ModelRegistry before = withRuntimeModels();
    assertTrue(before.remove("gpt-4o-2024-08-06"));
    assertTrue(before.remove("gpt-3.5-turbo"));
    Path file = dir.resolve("overlay.json");
    OverlayStore.save(before, file);
    assertEquals(List.of("gpt-3.5-turbo", "gpt-4o"), OverlayStore.loadRemoved(file));
    ModelRegistry after = Fixtures.registry();
    assertEquals(3, OverlayStore.restore(after, file));
    assertEquals(ids(before), ids(after));
    assertTrue(after.find("gpt-4o").isEmpty());
    assertEquals(50_000, after.find("o1").orElseThrow().maxOutputTokens());
  }

  private static List<String> ids(ModelRegistry registry) {
    return registry.all().stream().map(ModelDefinition::id).sorted().toList();
  }

  @Test
  void saveWithRemovals_thenRestore_removesThemAgain() throws IOException {
    ModelRegistry before = Fixtures.registry();
    before.remove("gpt-3.5-turbo");
    before.register(Fixtures.acmeVision());
    Path file = dir.resolve("overlay.json");
    OverlayStore.save(file, before.runtimeModels(), List.of("gpt-3.5-turbo"));
    ModelRegistry after = Fixtures.registry();
    assertEquals(1, OverlayStore.restore(after, file));
    assertTrue(after.find("gpt-3.5-turbo").isEmpty());
    assertTrue(after.find("acme-vision").isPresent());
    assertEquals(before.size(), after.size());
    assertEquals(List.of("gpt-3.5-turbo"), OverlayStore.loadRemoved(file));
  }

  @Test
  void restore_savedModelTakingARemovedModelsAlias_isRestored() throws IOException {
    // A removed compiled model's id taken as an alias by a model added after the removal: the removal must come
    // first on restore too, or the alias clashes with the model still there and the file can never be loaded.
    ModelRegistry before = Fixtures.registry();
    before.remove("gpt-4o-mini");
    ModelDefinition mini = ModelDefinition.builder("acme/mini").ownedBy("acme").contextWindow(1_000)
        .aliases(List.of("gpt-4o-mini")).build();
    before.register(mini);
    Path file = dir.resolve("overlay.json");
    OverlayStore.save(file, before.runtimeModels(), List.of("gpt-4o-mini"));
    ModelRegistry after = Fixtures.registry();
    assertEquals(1, OverlayStore.restore(after, file));
    assertEquals("acme/mini", after.find("gpt-4o-mini").orElseThrow().id());
    assertEquals(before.size(), after.size());
  }

  @Test
  void restore_removedIdThatIsNowAnAlias_removesNothing() throws IOException {
    Path file = dir.resolve("overlay.json");
    OverlayStore.save(file, List.of(), List.of("gpt-4o-2024-08-06"));
    ModelRegistry registry = Fixtures.registry();
    OverlayStore.restore(registry, file);
    assertTrue(registry.find("gpt-4o").isPresent(), "an alias is not the id that was removed");
  }

  @Test
  void save_withoutRemovals_writesTheSameBytesAsBefore() throws IOException {
    Path plain = dir.resolve("plain.json");
    Path withNone = dir.resolve("none.json");
    OverlayStore.save(plain, List.of(Fixtures.acmeVision()));
    OverlayStore.save(withNone, List.of(Fixtures.acmeVision()), List.of());
    assertEquals(Files.readString(plain), Files.readString(withNone));
  }

  @Test
  void save_idBothSavedAndRemoved_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        OverlayStore.save(dir.resolve("o.json"), List.of(Fixtures.acmeVision()), List.of("acme-vision")));
    assertTrue(e.getMessage().startsWith("removedIds:"), e.getMessage());
  }

  @Test
  void restore_removedNotAList_isRejectedAndRestoresNothing() throws IOException {
    ModelRegistry registry = Fixtures.registry();
    Path file = dir.resolve("overlay.json");
    Files.writeString(file, "{\"object\":\"list\",\"data\":[{\"id\":\"good\",\"context_window\":10}],"
        + "\"removed\":\"gpt-4o\"}");
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> OverlayStore.restore(registry, file));
    assertEquals("$.removed", e.problems().get(0).field());
    assertEquals(List.of(), registry.runtimeModels());
    assertTrue(registry.find("gpt-4o").isPresent());
  }

  @Test
  void restore_removedIdAlsoSaved_isRejectedByPath() throws IOException {
    Path file = dir.resolve("overlay.json");
    Files.writeString(file, "{\"data\":[{\"id\":\"good\",\"context_window\":10}],\"removed\":[\"o1\",\"good\"]}");
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> OverlayStore.restore(Fixtures.registry(), file));
    assertEquals("$.removed[1]", e.problems().get(0).field());
    assertEquals("removed-and-saved", e.problems().get(0).code());
  }
}
