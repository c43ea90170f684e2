package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The server's write side: where a change goes besides the registry. {@link PersistedWrites} keeps one process's
 * changes in a state file; {@link SharedStoreWrites} shares them with other replicas through a store. Either way a
 * change is kept before it is answered, and a change that cannot be kept is not made.
 *
 * <p>Failures: {@link dev.modelcatalog.runtime.ModelConflictException} when a key is taken,
 * {@link dev.modelcatalog.runtime.UnknownModelException} when the model is gone, {@link java.io.UncheckedIOException}
 * when the change cannot be kept; in each case nothing changed.
 */
interface ModelWrites {

  /** The registry the writes change. */
  ModelRegistry registry();

  /** The visible model whose id or alias is exactly this (no normalization, no fuzzy step): what writes act on. */
  default Optional<ModelDefinition> exact(String id) {
    return registry().find(id).filter(m -> m.id().equals(id) || m.aliases().contains(id));
  }

  /** Adds a model. */
  void create(ModelDefinition model);

  /**
   * Changes the model with exactly this id. The change may run more than once (a shared store re-applies it to
   * what another replica wrote), so it must depend only on its argument.
   *
   * @return the model as written
   */
  ModelDefinition update(String id, UnaryOperator<ModelDefinition> change);

  /** Removes the model with exactly this id or alias; empty when there was none. */
  Optional<ModelDefinition> delete(String id);

  /** What {@code /healthz} adds about where changes are kept; empty when there is nothing to say. */
  default Optional<ObjectNode> health() {
    return Optional.empty();
  }
}
