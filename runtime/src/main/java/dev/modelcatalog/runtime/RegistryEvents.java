package dev.modelcatalog.runtime;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The listeners of one registry, and the firing of events to them. */
final class RegistryEvents {

  /** Listeners of a registry to which none was ever added: every event goes nowhere. */
  static final RegistryEvents NONE = new RegistryEvents();

  private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();

  void add(RegistryListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  boolean remove(RegistryListener listener) {
    return listeners.remove(listener);
  }

  void added(ModelDefinition model) {
    fire(l -> l.modelAdded(model));
  }

  void removed(ModelDefinition model) {
    fire(l -> l.modelRemoved(model));
  }

  void replaced(ModelDefinition previous, ModelDefinition current) {
    fire(l -> l.modelReplaced(previous, current));
  }

  void autoCreated(ModelDefinition model) {
    fire(l -> l.modelAutoCreated(model));
  }

  void routeAdded(Route route) {
    fire(l -> l.routeAdded(route));
  }

  // The change is already published when listeners run: a failing listener must not look like a failed write.
  private void fire(Consumer<RegistryListener> event) {
    for (RegistryListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
      }
    }
  }
}
