package dev.modelcatalog.benchmarks;

import dev.modelcatalog.benchmarks.generator.Definitions;
import dev.modelcatalog.benchmarks.generator.ModelsDevReader;
import dev.modelcatalog.benchmarks.generator.SyntheticCatalogGenerator;
import dev.modelcatalog.benchmarks.generator.SyntheticModel;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds the compiled catalogs of one catalog under test among every catalog on the class path, by provider id:
 * the synthetic catalog {@code 10k} is every provider whose id starts with {@code s10k-}; {@code builtin} is every
 * provider that belongs to no synthetic catalog.
 */
public final class CatalogSelection {

  /** The synthetic catalogs: name, model count and provider count, as their modules generate them. */
  static final Map<String, int[]> SYNTHETIC = Map.of("1k", new int[] {1_000, 4}, "10k", new int[] {10_000, 8},
      "50k", new int[] {50_000, 16});

  private CatalogSelection() {}

  /** The compiled catalogs of the named catalog under test; empty when none was compiled. */
  public static List<ModelCatalog> compiled(String name) {
    List<ModelCatalog> selected = new ArrayList<>();
    for (ModelCatalog catalog : ServiceLoader.load(ModelCatalog.class)) {
      if (belongsTo(catalog.providerId(), name)) {
        selected.add(catalog);
      }
    }
    return selected;
  }

  static boolean belongsTo(String providerId, String name) {
    if (!name.equals("builtin")) {
      return providerId.startsWith("s" + name + "-");
    }
    for (String synthetic : SYNTHETIC.keySet()) {
      if (providerId.startsWith("s" + synthetic + "-")) {
        return false;
      }
    }
    return true;
  }

  /** A registry of the named catalog, with auto-creation off so a miss stays a miss. */
  public static ModelRegistry registry(String name) {
    return registry(name, false);
  }

  /** As {@link #registry(String)}, with auto-creation on or off ({@code getOrCreate} needs it on). */
  public static ModelRegistry registry(String name, boolean autoCreate) {
    return registry(name, autoCreate, ModelRegistry.DEFAULT_SPELLING_MEMO);
  }

  /** As {@link #registry(String, boolean)}, remembering at most {@code spellingMemo} spellings (0: none). */
  public static ModelRegistry registry(String name, boolean autoCreate, int spellingMemo) {
    List<ModelCatalog> catalogs = compiled(name);
    if (!catalogs.isEmpty()) {
      return ModelRegistry.builder().addCatalogs(catalogs.toArray(new ModelCatalog[0])).autoCreate(autoCreate)
          .spellingMemo(spellingMemo).build();
    }
    int[] shape = SYNTHETIC.get(name);
    if (shape == null) {
      throw new IllegalStateException("catalog '" + name + "': no compiled catalog on the class path");
    }
    // The processor did not compile this catalog: hold the same generated models in an in-memory catalog, so the
    // harness still runs. The start-up and heap figures come from compiled catalogs only.
    System.err.println("catalog '" + name + "': not compiled; using the same models in an in-memory catalog");
    List<ModelDefinition> definitions = new ArrayList<>();
    for (SyntheticModel model : new SyntheticCatalogGenerator(ModelsDevReader.readShipped(), shape[1],
        "s" + name + "-").generate(shape[0], 42)) {
      definitions.add(Definitions.of(model));
    }
    return ModelRegistry.builder().addCatalogs(new InMemoryCatalog("s" + name + "-memory", definitions))
        .autoCreate(autoCreate).spellingMemo(spellingMemo).build();
  }

  /** Prints the names of the catalogs that are on the class path and hold models, comma-separated. */
  public static void main(String[] args) {
    List<String> available = new ArrayList<>();
    for (String name : List.of("builtin", "1k", "10k", "50k")) {
      if (!compiled(name).isEmpty()) {
        available.add(name);
      }
    }
    System.out.println(String.join(",", available));
  }
}
