package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A hand-written {@link ModelCatalog} over a list of definitions, standing in for a generated catalog: models in
 * normalized-id order, keys fed as the processor's catalogs feed them, optional routes per model id.
 */
final class FixtureCatalog implements ModelCatalog {

  private final String providerId;
  private final List<ModelDefinition> models;
  private final Map<String, List<Route>> routes;
  /** How often {@link #model} was called, so tests can check that lookups build only what they return. */
  int modelCalls;

  FixtureCatalog(String providerId, List<ModelDefinition> models, Map<String, List<Route>> routes) {
    this.providerId = providerId;
    List<ModelDefinition> sorted = new ArrayList<>(models);
    sorted.sort(Comparator.comparing((ModelDefinition m) -> Discovery.normalizeModelId(m.id()))
        .thenComparing(ModelDefinition::id));
    this.models = List.copyOf(sorted);
    this.routes = Map.copyOf(routes);
  }

  FixtureCatalog(String providerId, List<ModelDefinition> models) {
    this(providerId, models, Map.of());
  }

  FixtureCatalog(String providerId, ModelDefinition... models) {
    this(providerId, List.of(models), Map.of());
  }

  @Override
  public String providerId() {
    return providerId;
  }

  @Override
  public String providerName() {
    return providerId.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + providerId.substring(1);
  }

  @Override
  public int size() {
    return models.size();
  }

  @Override
  public String id(int index) {
    return models.get(index).id();
  }

  @Override
  public String ownedBy(int index) {
    return models.get(index).ownedBy();
  }

  @Override
  public long capabilityBits(int index) {
    return models.get(index).capabilities().bits();
  }

  /** Read from the list without counting, as a generated catalog reads its table without building the model. */
  @Override
  public int contextWindow(int index) {
    return models.get(index).contextWindow();
  }

  @Override
  public ModelDefinition model(int index) {
    modelCalls++;
    return models.get(index);
  }

  @Override
  public void keys(KeySink sink) {
    for (int i = 0; i < models.size(); i++) {
      ModelDefinition model = models.get(i);
      // Forms are fed as the id or alias they come from, as generated catalogs feed them.
      sink.key(KeyKind.ID, model.id(), i);
      sink.key(KeyKind.NORMALIZED, model.id(), i);
      sink.key(KeyKind.COMPACT, model.id(), i);
      for (String alias : model.aliases()) {
        sink.key(KeyKind.ALIAS, alias, i);
        sink.key(KeyKind.NORMALIZED, alias, i);
        sink.key(KeyKind.COMPACT, alias, i);
      }
    }
  }

  @Override
  public List<Route> routes(int index) {
    return routes.getOrDefault(models.get(index).id(), List.of());
  }
}
