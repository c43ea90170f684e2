package dev.modelcatalog.examples.server;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.UnknownModelException;
import dev.modelcatalog.runtime.json.OverlayStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The write side of the server: each change goes to the registry and is saved through the runtime's
 * {@link OverlayStore} (temporary file, atomic move) before it is answered. A change that cannot be saved is
 * undone, so what the server answers and what a restart restores never differ.
 *
 * <p>The file holds the registry's {@link ModelRegistry#runtimeModels() run-time models} and, under
 * {@code "removed"}, the ids of the models the registry started with that were deleted since; at start the file is
 * restored with {@link OverlayStore#restore}. Writes are serialised here, so the registry and the file change
 * together.
 */
final class PersistedWrites implements ModelWrites {

  private final ModelRegistry registry;
  private final Path stateFile;
  /** The models the registry started with (before the restore): deleting one of them must be saved, too. */
  private final Set<String> startIds;
  private final Object lock = new Object();

  private PersistedWrites(ModelRegistry registry, Path stateFile) {
    this.registry = registry;
    this.stateFile = stateFile;
    // The map view walks canonical ids without building a definition.
    this.startIds = Set.copyOf(registry.asMap().keySet());
  }

  /**
   * Writes to this registry, restoring the state file first when there is one.
   *
   * @param stateFile where changes are saved; null to keep them in memory
   * @throws UncheckedIOException when the state file exists but cannot be read
   * @throws dev.modelcatalog.runtime.json.InvalidCatalogDocumentException when it is corrupt or invalid; the
   *     registry is unchanged
   */
  static PersistedWrites open(ModelRegistry registry, Path stateFile) {
    PersistedWrites writes = new PersistedWrites(registry, stateFile);
    if (stateFile != null) {
      try {
        OverlayStore.restore(registry, stateFile);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the state file " + stateFile + ": " + e.getMessage(), e);
      }
    }
    return writes;
  }

  @Override
  public ModelRegistry registry() {
    return registry;
  }

  /**
   * Adds a model.
   *
   * @throws dev.modelcatalog.runtime.ModelConflictException when a key of the model is taken; nothing changes
   * @throws UncheckedIOException when the change cannot be saved; it is undone
   */
  @Override
  public void create(ModelDefinition model) {
    synchronized (lock) {
      registry.register(model);
      saveOrUndo(() -> registry.remove(model.id()));
    }
  }

  /**
   * Puts the changed model in place of the one with exactly this id.
   *
   * @throws UnknownModelException when no model has exactly that id; nothing changes
   * @throws UncheckedIOException when the change cannot be saved; it is undone
   */
  @Override
  public ModelDefinition update(String id, UnaryOperator<ModelDefinition> change) {
    synchronized (lock) {
      ModelDefinition previous = registry.find(id).filter(m -> m.id().equals(id))
          .orElseThrow(() -> new UnknownModelException(id, registry.suggest(id, 3)));
      ModelDefinition updated = change.apply(previous);
      boolean compiled = !isRuntimeModel(id);
      registry.replace(updated);
      saveOrUndo(() -> undoChangeOf(previous, compiled, () -> registry.replace(previous)));
      return updated;
    }
  }

  /**
   * Removes the model with exactly this id or alias.
   *
   * @return the removed model; empty when there was none
   * @throws UncheckedIOException when the change cannot be saved; it is undone
   */
  @Override
  public Optional<ModelDefinition> delete(String id) {
    synchronized (lock) {
      Optional<ModelDefinition> previous = exact(id);
      boolean compiled = previous.isPresent() && !isRuntimeModel(previous.get().id());
      if (previous.isEmpty() || !registry.remove(previous.get().id())) {
        return Optional.empty();
      }
      saveOrUndo(() -> undoChangeOf(previous.get(), compiled, () -> registry.register(previous.get())));
      return previous;
    }
  }

  /** Whether the model with this id was registered or replaced at run time, rather than compiled. */
  private boolean isRuntimeModel(String id) {
    return registry.runtimeModels().stream().anyMatch(model -> model.id().equals(id));
  }

  /**
   * Puts a changed model back as it was. A compiled one is shown again as compiled: registering or replacing its
   * definition would leave a run-time copy, which the next save would write and a restart would restore over the
   * catalog, even after the catalog changed.
   */
  private void undoChangeOf(ModelDefinition previous, boolean compiled, Runnable putBack) {
    if (compiled) {
      registry.restoreCompiled(previous.id());
    } else {
      putBack.run();
    }
  }

  private void saveOrUndo(Runnable undo) {
    if (stateFile == null) {
      return;
    }
    try {
      OverlayStore.save(stateFile, registry.runtimeModels(), removedIds());
    } catch (IOException | RuntimeException e) {
      undo.run();
      throw e instanceof IOException io ? new UncheckedIOException("cannot save the state file", io)
          : (RuntimeException) e;
    }
  }

  /** The start models no longer visible under their own id. */
  private List<String> removedIds() {
    List<String> removed = new ArrayList<>();
    for (String id : startIds) {
      if (registry.find(id).filter(m -> m.id().equals(id)).isEmpty()) {
        removed.add(id);
      }
    }
    return removed;
  }
}
