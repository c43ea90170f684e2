package dev.modelcatalog.runtime;

import com.google.common.collect.testing.MapTestSuiteBuilder;
import com.google.common.collect.testing.SampleElements;
import com.google.common.collect.testing.TestMapGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.MapFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * {@link ModelRegistry#asMap()} against Guava's {@link Map} contract suite (a JUnit 3-style suite, run by the
 * JUnit Vintage engine).
 *
 * <p>What the suite is told: the view is unmodifiable (no {@code SUPPORTS_*} features), iterates in a known order
 * (id order), answers null queries ({@code get(null)} is null, {@code containsKey(null)} false) and holds
 * no null keys or values. Every sample model has an alias, so the suite also checks that aliases, which
 * {@code get} resolves, are not keys: its size, iteration, {@code keySet}, equality and hash code tests all count
 * canonical ids only. The generators key models by their canonical ids, since that is what the view iterates;
 * a duplicate key at creation is rejected, as a registry rejects a duplicate id.
 *
 * <p>The suite runs three times, over the three places a model can live: a compiled catalog, the run-time
 * overlay, and both at once with a hidden compiled model that the walk must skip.
 */
public class RegistryMapContractTest {

  public static Test suite() {
    TestSuite suite = new TestSuite("ModelRegistry.asMap()");
    suite.addTest(suiteFor("compiled", Layout.COMPILED));
    suite.addTest(suiteFor("registered", Layout.REGISTERED));
    suite.addTest(suiteFor("mixed", Layout.MIXED));
    return suite;
  }

  private static Test suiteFor(String name, Layout layout) {
    return MapTestSuiteBuilder.using(new RegistryMapGenerator(layout))
        .named("asMap, " + name)
        .withFeatures(
            CollectionSize.ANY,
            CollectionFeature.KNOWN_ORDER,
            MapFeature.ALLOWS_ANY_NULL_QUERIES,
            MapFeature.REJECTS_DUPLICATES_AT_CREATION)
        .createTestSuite();
  }

  /** Where the generator puts the models of a map. */
  enum Layout {
    /** Every model in one compiled catalog. */
    COMPILED,
    /** Every model registered at run time. */
    REGISTERED,
    /** Even-indexed models compiled, odd ones registered, plus a compiled model removed at run time. */
    MIXED
  }

  static final class RegistryMapGenerator implements TestMapGenerator<String, ModelDefinition> {
    private final Layout layout;

    RegistryMapGenerator(Layout layout) {
      this.layout = layout;
    }

    private static ModelDefinition model(String id) {
      return ModelDefinition.builder(id).contextWindow(8192).aliases(id + "-latest").build();
    }

    @Override
    public SampleElements<Map.Entry<String, ModelDefinition>> samples() {
      // Ids whose normalized and compact forms are all distinct, so no sample finds another.
      return new SampleElements<>(
          entry("alpha-one"), entry("bravo-two"), entry("charlie-three"), entry("delta-four"), entry("echo-five"));
    }

    private static Map.Entry<String, ModelDefinition> entry(String id) {
      return Map.entry(id, model(id));
    }

    @Override
    public Map<String, ModelDefinition> create(Object... elements) {
      Map<String, ModelDefinition> models = new LinkedHashMap<>();
      for (Object element : elements) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, ModelDefinition> entry = (Map.Entry<String, ModelDefinition>) element;
        if (!entry.getKey().equals(entry.getValue().id())) {
          throw new IllegalArgumentException("a view's key is its model's id: " + entry);
        }
        if (models.put(entry.getKey(), entry.getValue()) != null) {
          throw new IllegalArgumentException("duplicate id " + entry.getKey());
        }
      }
      return registry(new ArrayList<>(models.values())).asMap();
    }

    private ModelRegistry registry(List<ModelDefinition> models) {
      switch (layout) {
        case COMPILED:
          return ModelRegistry.builder()
              .addCatalogs(new FixtureCatalog("fixture", models.toArray(new ModelDefinition[0])))
              .build();
        case REGISTERED:
          return ModelRegistry.builder().addDefinitions(models).build();
        case MIXED:
          List<ModelDefinition> compiled = new ArrayList<>();
          List<ModelDefinition> registered = new ArrayList<>();
          for (int i = 0; i < models.size(); i++) {
            (i % 2 == 0 ? compiled : registered).add(models.get(i));
          }
          compiled.add(model("zulu-removed"));
          ModelRegistry registry = ModelRegistry.builder()
              .addCatalogs(new FixtureCatalog("fixture", compiled.toArray(new ModelDefinition[0])))
              .addDefinitions(registered)
              .build();
          registry.remove("zulu-removed");
          return registry;
        default:
          throw new AssertionError(layout);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map.Entry<String, ModelDefinition>[] createArray(int length) {
      return (Map.Entry<String, ModelDefinition>[]) new Map.Entry<?, ?>[length];
    }

    @Override
    public Iterable<Map.Entry<String, ModelDefinition>> order(List<Map.Entry<String, ModelDefinition>> insertionOrder) {
      List<Map.Entry<String, ModelDefinition>> sorted = new ArrayList<>(insertionOrder);
      sorted.sort(Comparator.comparing(Map.Entry::getKey));
      return sorted;
    }

    @Override
    public String[] createKeyArray(int length) {
      return new String[length];
    }

    @Override
    public ModelDefinition[] createValueArray(int length) {
      return new ModelDefinition[length];
    }
  }
}
