package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.store.RegistrySync;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The write side of a replica: each change goes to the shared store first (compare-and-set), then to this replica's
 * registry; the other replicas learn it on their next refresh. Two replicas patching one model never lose an
 * update: the loser re-reads the model and applies its change again ({@link RegistrySync#update}).
 */
final class SharedStoreWrites implements ModelWrites {

  private final RegistrySync sync;
  private final ModelRegistry registry;

  SharedStoreWrites(RegistrySync sync) {
    this.sync = Objects.requireNonNull(sync, "sync");
    this.registry = sync.registry();
  }

  @Override
  public ModelRegistry registry() {
    return registry;
  }

  @Override
  public void create(ModelDefinition model) {
    sync.register(model);
  }

  @Override
  public ModelDefinition update(String id, UnaryOperator<ModelDefinition> change) {
    return sync.update(id, change);
  }

  @Override
  public Optional<ModelDefinition> delete(String id) {
    Optional<ModelDefinition> previous = exact(id);
    if (previous.isEmpty() || !sync.remove(previous.get().id())) {
      return Optional.empty();
    }
    return previous;
  }

  /** The store's health: reachable or not, when last read, objects rejected. */
  @Override
  public Optional<ObjectNode> health() {
    return Optional.of(sync.health().toJson());
  }
}
