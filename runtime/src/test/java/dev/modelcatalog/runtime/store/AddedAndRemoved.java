package dev.modelcatalog.runtime.store;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.RegistryListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records a registry's added and removed events as text ({@code added m}, {@code removed m}), in order. Thread-safe:
 * a refresh delivers them on its own thread.
 */
final class AddedAndRemoved implements RegistryListener {

  final List<String> events = new CopyOnWriteArrayList<>();

  @Override
  public void modelAdded(ModelDefinition model) {
    events.add("added " + model.id());
  }

  @Override
  public void modelRemoved(ModelDefinition model) {
    events.add("removed " + model.id());
  }
}
