package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link ModelCatalog} over definitions held in memory, shaped as a generated one (models in normalized-id
 * order, keys computed with {@link Discovery}); stands in for a synthetic catalog that was not compiled.
 */
final class InMemoryCatalog implements ModelCatalog {

  private final String providerId;
  private final List<ModelDefinition> models;

  InMemoryCatalog(String providerId, List<ModelDefinition> models) {
    this.providerId = providerId;
    List<ModelDefinition> sorted = new ArrayList<>(models);
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
    return providerId;
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
    return models.get(index);
  }

  @Override
  public void keys(KeySink sink) {
    for (int i = 0; i < models.size(); i++) {
      ModelDefinition model = models.get(i);
      int index = i;
      sink.key(KeyKind.ID, model.id(), index);
      model.aliases().forEach(alias -> sink.key(KeyKind.ALIAS, alias, index));
      // Each form once, as generated catalogs feed them: a normalized form as itself, a compact form as the first
      // name that has it.
      Set<String> normalized = new LinkedHashSet<>();
      Map<String, String> compact = new LinkedHashMap<>();
      for (String key : keysOf(model)) {
        normalized.add(Discovery.normalizeModelId(key));
        compact.putIfAbsent(Discovery.compactKey(key), key);
      }
      normalized.forEach(key -> sink.key(KeyKind.NORMALIZED, key, index));
      compact.values().forEach(key -> sink.key(KeyKind.COMPACT, key, index));
    }
  }

  private static List<String> keysOf(ModelDefinition model) {
    List<String> keys = new ArrayList<>();
    keys.add(model.id());
    keys.addAll(model.aliases());
    return keys;
  }
}
