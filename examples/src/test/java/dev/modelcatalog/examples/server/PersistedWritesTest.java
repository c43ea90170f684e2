package dev.modelcatalog.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.catalog.BuiltInCatalogs;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.json.OverlayStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that cannot be saved are undone exactly: a compiled model is back as its catalog defines it. */
class PersistedWritesTest {

  @TempDir
  Path dir;

  @Test
  void failedSaves_ofACompiledModel_leaveNoRuntimeCopyBehind() throws IOException {
    ModelRegistry registry = ModelRegistry.builder().autoCreate(false).addCatalogs(BuiltInCatalogs.all()).build();
    ModelDefinition gpt4o = registry.find("gpt-4o").orElseThrow();
    assertEquals(List.of(), registry.runtimeModels());
    Path state = dir.resolve("state.json");
    PersistedWrites writes = PersistedWrites.open(registry, state);
    // A directory with content where the file goes: the save's final move fails.
    Files.createDirectories(state.resolve("blocker"));

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
}
