package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hand-written {@link ModelCatalog}s for tests: the models as given, sorted by normalized id, with every key
 * computed by {@link Discovery} exactly as the contract says generated catalogs compute them.
 */
final class TestCatalogs {

  private TestCatalogs() {}

  /** A catalog of these models under this provider id. */
  static ModelCatalog of(String providerId, List<ModelDefinition> models) {
    List<ModelDefinition> sorted = new ArrayList<>(models);
    sorted.sort(Comparator.comparing((ModelDefinition m) -> Discovery.normalizeModelId(m.id()))
        .thenComparing(ModelDefinition::id));
    List<ModelDefinition> frozen = List.copyOf(sorted);
    return new ModelCatalog() {
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
        return frozen.size();
      }

      @Override
      public String id(int index) {
        return frozen.get(index).id();
      }

      @Override
      public String ownedBy(int index) {
        return frozen.get(index).ownedBy();
      }

      @Override
      public long capabilityBits(int index) {
        return frozen.get(index).capabilities().bits();
      }

      @Override
      public ModelDefinition model(int index) {
        return frozen.get(index);
      }

      @Override
      public void keys(KeySink sink) {
        for (int i = 0; i < frozen.size(); i++) {
          ModelDefinition model = frozen.get(i);
          List<String> keys = new ArrayList<>();
          keys.add(model.id());
          keys.addAll(model.aliases());
          for (String key : keys) {
            sink.key(key.equals(model.id()) ? KeyKind.ID : KeyKind.ALIAS, key, i);
          }
          for (String key : keys.stream().map(Discovery::normalizeModelId).distinct().toList()) {
            sink.key(KeyKind.NORMALIZED, key, i);
          }
          for (String key : keys.stream().map(Discovery::compactKey).distinct().toList()) {
            sink.key(KeyKind.COMPACT, key, i);
          }
        }
      }
    };
  }

  /** A catalog of chat models with these ids, owned by the provider. */
  static ModelCatalog ofIds(String providerId, String... ids) {
    List<ModelDefinition> models = new ArrayList<>();
    for (String id : ids) {
      models.add(ModelDefinition.builder(id).provider(providerId).contextWindow(8192).build());
    }
    return of(providerId, models);
  }

  /** A registry over one catalog of chat models with these ids. */
  static ModelRegistry registryOf(String... ids) {
    return ModelRegistry.builder().addCatalogs(ofIds("test", ids)).build();
  }

  /**
   * {@link #registryOf} remembering no spelling, for tests of the lookup and resolution steps: a registry that
   * remembers would answer a spelling asked before (by an earlier test, if it is shared) from memory, and the
   * steps would not run for it.
   */
  static ModelRegistry unmemoizedRegistryOf(String... ids) {
    return ModelRegistry.builder().spellingMemo(0).addCatalogs(ofIds("test", ids)).build();
  }

  /** A chat model with this id and these aliases, and a context window; nothing else stated. */
  static ModelDefinition model(String id, String... aliases) {
    return ModelDefinition.builder(id).contextWindow(4096).aliases(aliases).build();
  }
}
