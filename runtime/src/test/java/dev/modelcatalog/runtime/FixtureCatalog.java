package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-built {@link ModelCatalog} for runtime tests: the shape a generated catalog has (models sorted by
 * normalized id, keys computed with {@link Discovery}), from definitions written in the test.
 */
final class FixtureCatalog implements ModelCatalog {

  private final String providerId;
  private final List<ModelDefinition> models;
  int modelCalls;

  FixtureCatalog(String providerId, ModelDefinition... models) {
    this.providerId = providerId;
    List<ModelDefinition> sorted = new ArrayList<>(List.of(models));
    sorted.sort(Comparator.comparing((ModelDefinition m) -> Discovery.normalizeModelId(m.id()))
        .thenComparing(ModelDefinition::id));
    this.models = List.copyOf(sorted);
  }

  @Override
  public String providerId() {
    return providerId;
  }

  @Override
  public String providerName() {
    return providerId.toUpperCase(java.util.Locale.ROOT);
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

  @Override
  public ModelDefinition model(int index) {
    modelCalls++;
    return models.get(index);
  }

  @Override
  public void keys(KeySink sink) {
    for (int i = 0; i < models.size(); i++) {
      ModelDefinition model = models.get(i);
      sink.key(KeyKind.ID, model.id(), i);
      for (String alias : model.aliases()) {
        sink.key(KeyKind.ALIAS, alias, i);
      }
      Set<String> normalized = new LinkedHashSet<>();
      Set<String> compact = new LinkedHashSet<>();
      normalized.add(Discovery.normalizeModelId(model.id()));
      compact.add(Discovery.compactKey(model.id()));
      for (String alias : model.aliases()) {
        normalized.add(Discovery.normalizeModelId(alias));
        compact.add(Discovery.compactKey(alias));
      }
      for (String key : normalized) {
        sink.key(KeyKind.NORMALIZED, key, i);
      }
      for (String key : compact) {
        sink.key(KeyKind.COMPACT, key, i);
      }
    }
  }
}
