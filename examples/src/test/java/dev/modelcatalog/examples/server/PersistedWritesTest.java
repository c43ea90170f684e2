package dev.modelcatalog.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.catalog.BuiltInCatalogs;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.UnknownModelException;
import dev.modelcatalog.runtime.json.OverlayStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that cannot be saved are undone exactly: a compiled model is back as its catalog defines it. */
class PersistedWritesTest {

  @TempDir
  Path dir;

  @Test
  void failedSaves_ofACompiledModel_leaveNoRuntimeCopyBehind() throws IOException {
    ModelRegistry registry = builtIn();
    ModelDefinition gpt4o = registry.find("gpt-4o").orElseThrow();
    assertEquals(List.of(), registry.runtimeModels());
    Path state = dir.resolve("state.json");
    PersistedWrites writes = PersistedWrites.open(registry, state);
    blockSaving(state);

    assertThrows(UncheckedIOException.class, () -> writes.delete("gpt-4o"));
    assertThrows(UncheckedIOException.class,
        () -> writes.update("gpt-4o", model -> model.toBuilder().contextWindow(64_000).build()));
    assertSame(gpt4o, registry.find("gpt-4o").orElseThrow(), "the start model itself, not a copy");
    assertEquals(List.of(), registry.runtimeModels());

    // The next save that succeeds writes only what was really changed.
    Files.delete(state.resolve("blocker"));
    Files.delete(state);
    writes.create(ModelDefinition.builder("acme/a").ownedBy("acme").contextWindow(1_000).build());
    assertEquals(List.of("acme/a"), OverlayStore.load(state).stream().map(ModelDefinition::id).toList());
    assertTrue(OverlayStore.loadRemoved(state).isEmpty());
  }

  private static ModelRegistry builtIn() {
    return ModelRegistry.builder().autoCreate(false).addCatalogs(BuiltInCatalogs.all()).build();
  }

  private static ModelDefinition model(String id, int contextWindow) {
    return ModelDefinition.builder(id).ownedBy("acme").contextWindow(contextWindow).build();
  }

  /** Makes the next save fail: a directory with content where the state file goes. */
  private static void blockSaving(Path state) throws IOException {
    Files.deleteIfExists(state);
    Files.createDirectories(state.resolve("blocker"));
  }

  /** An update names the model by its id: an alias or an unknown id changes nothing and saves nothing. */
  @Test
  void update_ofNoModelWithExactlyThatId_throwsAndChangesNothing() {
    ModelRegistry registry = builtIn();
    String alias = registry.find("gpt-4o").orElseThrow().aliases().get(0);
    Path state = dir.resolve("state.json");
    PersistedWrites writes = PersistedWrites.open(registry, state);
    AtomicInteger changes = new AtomicInteger();
    for (String id : List.of(alias, "no-such-model")) {
      UnknownModelException e = assertThrows(UnknownModelException.class,
          () -> writes.update(id, model -> {
            changes.incrementAndGet();
            return model;
          }));
      assertEquals(id, e.query());
    }
    assertEquals(0, changes.get(), "the change never ran");
    assertFalse(Files.exists(state));
    assertEquals(List.of(), registry.runtimeModels());
  }

  @Test
  void delete_answersTheModelItRemoved_andNothingWhenThereWasNone() {
    ModelRegistry registry = builtIn();
    ModelDefinition gpt4o = registry.find("gpt-4o").orElseThrow();
    PersistedWrites writes = PersistedWrites.open(registry, dir.resolve("state.json"));
    assertSame(gpt4o, writes.delete("gpt-4o").orElseThrow());
    assertEquals(Optional.empty(), writes.delete("gpt-4o"));
    assertEquals(Optional.empty(), writes.delete("no-such-model"));
  }

  @Test
  void failedSave_ofARuntimeModelsUpdate_putsItsPreviousVersionBack() throws IOException {
    ModelRegistry registry = builtIn();
    Path state = dir.resolve("state.json");
    PersistedWrites writes = PersistedWrites.open(registry, state);
    ModelDefinition first = model("acme/a", 1_000);
    writes.create(first);
    blockSaving(state);

    assertThrows(UncheckedIOException.class,
        () -> writes.update("acme/a", model -> model.toBuilder().contextWindow(2_000).build()));
    assertEquals(1_000, registry.find("acme/a").orElseThrow().contextWindow());
    assertEquals(List.of(first), registry.runtimeModels());
  }

  /** Whether the changed model was compiled is asked of that model, not of whichever run-time model exists. */
  @Test
  void failedSave_ofACompiledModel_besideARuntimeModel_leavesNoCopy() throws IOException {
    ModelRegistry registry = builtIn();
    ModelDefinition gpt4o = registry.find("gpt-4o").orElseThrow();
    Path state = dir.resolve("state.json");
    PersistedWrites writes = PersistedWrites.open(registry, state);
    ModelDefinition runtime = model("acme/a", 1_000);
    writes.create(runtime);
    blockSaving(state);

    assertThrows(UncheckedIOException.class,
        () -> writes.update("gpt-4o", model -> model.toBuilder().contextWindow(64_000).build()));
    assertSame(gpt4o, registry.find("gpt-4o").orElseThrow());
    assertEquals(List.of(runtime), registry.runtimeModels());
  }

  /**
   * A removed start model stays removed when a run-time model takes its id as an alias: the id then finds another
   * model, which is not the start model coming back.
   */
  @Test
  void removedStartModel_whoseIdBecameAnotherModelsAlias_isSavedAsRemoved() throws IOException {
    ModelRegistry registry = builtIn();
    Path state = dir.resolve("state.json");
    PersistedWrites writes = PersistedWrites.open(registry, state);
    writes.delete("gpt-4o");
    writes.create(ModelDefinition.builder("acme/omni").ownedBy("acme").contextWindow(1_000).aliases("gpt-4o")
        .build());
    assertEquals("acme/omni", registry.find("gpt-4o").orElseThrow().id());
    assertEquals(List.of("gpt-4o"), OverlayStore.loadRemoved(state));
  }
}
