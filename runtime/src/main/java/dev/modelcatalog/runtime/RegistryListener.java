package dev.modelcatalog.runtime;

/**
 * Hears about changes to a {@link ModelRegistry}. Every method has an empty default, so a listener implements
 * only what it cares about. Listeners run on the writing thread, in the order they were added, after the change
 * is visible to readers; an exception thrown by one is handed to the thread's uncaught-exception handler and does
 * not stop the others or undo the change.
 *
 * <pre>{@code
 * registry.addListener(new RegistryListener() {
 *   @Override
 *   public void modelAdded(ModelDefinition model) {
 *     log.info("added " + model.id());
 *   }
 * });
 * }</pre>
 */
public interface RegistryListener {

  /** A model was registered at run time. */
  default void modelAdded(ModelDefinition model) {}

  /** A model was removed (a run-time model dropped, or a compiled one hidden). */
  default void modelRemoved(ModelDefinition model) {}

  /** A model was replaced; by default reported as the removal of the old model and the addition of the new. */
  default void modelReplaced(ModelDefinition previous, ModelDefinition current) {
    modelRemoved(previous);
    modelAdded(current);
  }

  /** A model was created on demand for an unknown id; by default reported as an addition. */
  default void modelAutoCreated(ModelDefinition model) {
    modelAdded(model);
  }

  /** A route was added at run time. */
  default void routeAdded(Route route) {}
}
