package dev.modelcatalog.benchmarks.startup;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jol.info.GraphLayout;

/**
 * Heap per model, measured two ways and printed as one JSON object:
 *
 * <ul>
 *   <li><b>JOL</b>: {@link GraphLayout} of everything reachable from the holder (the registry and every definition
 *       it hands out, or the {@code HashMap}), each object counted once, so shared strings, bit sets and tables
 *       count once. Static fields are not followed: objects reachable only from a class's statics are missed.
 *   <li><b>heap delta</b>: used heap after a full collection, after loading minus before. It sees statics too
 *       (generated shards), but also anything else the load left behind, and a collection is only a request.
 * </ul>
 *
 * <pre>
 * HeapPerModel compiled          # the compiled catalogs on the class path, every definition and key table built;
 *                                # then the fuzzy index, which the first fuzzy query builds, and the search text,
 *                                # which the first search prepares, each measured the same ways
 * HeapPerModel json models.json  # the JSON file bound with Jackson into definitions in a HashMap
 * </pre>
 */
public final class HeapPerModel {

  private HeapPerModel() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    long before = usedAfterGc();
    Object holder;
    int models;
    long readyDelta = -1;
    ModelRegistry compiled = null;
    if (mode.equals("compiled")) {
      // loadDefault()'s registry, but keeping no spelling resolved past the exact keys: the lookups below would
      // otherwise fill that memo, which a registry that has not seen them holds empty.
      ModelRegistry registry = ModelRegistry.builder().addClassPathCatalogs().spellingMemo(0).build();
      registry.find(registry.catalogs().get(0).id(0));
      readyDelta = usedAfterGc() - before;
      List<ModelDefinition> all = registry.all();
      // Statistics read every partition's exact table and the query columns. The tables of normalized and compact
      // forms are built by the first lookup past the exact keys in their partition: a normalized spelling of every
      // model reaches every partition (10,000 spellings over the 64 partitions of this catalog). The footprint of a
      // registry that has answered every kind of query, not of one that has only just started.
      registry.stats();
      for (ModelDefinition model : all) {
        registry.find(model.id().toUpperCase(Locale.ROOT).replace('-', '_'));
      }
      models = all.size();
      holder = new Object[] {registry, all};
      compiled = registry;
    } else if (mode.equals("json")) {
      Map<String, ModelDefinition> map = JsonCatalogLoader.byIdOrAlias(JsonCatalogLoader.load(new File(args[1])));
      models = (int) map.values().stream().distinct().count();
      holder = map;
    } else {
      throw new IllegalArgumentException("mode: compiled or json, got " + mode);
    }
    // The holder is used below, so it is still reachable when the heap is measured.
    long delta = usedAfterGc() - before;
    long jol = GraphLayout.parseInstance(holder).totalSize();
    long fuzzyJol = -1;
    long fuzzyDelta = -1;
    long searchJol = -1;
    long searchDelta = -1;
    if (compiled != null) {
      // The fuzzy index is built by the first query that reaches the fuzzy step and kept by the registry, as is the
      // search text by the first search: what each adds is the registry's graph after that call, minus before.
      long beforeFuzzy = usedAfterGc();
      compiled.match("warm-up");
      fuzzyDelta = usedAfterGc() - beforeFuzzy;
      long withFuzzy = GraphLayout.parseInstance(holder).totalSize();
      fuzzyJol = withFuzzy - jol;
      long beforeSearch = usedAfterGc();
      compiled.search("llama reasoning", 10);
      searchDelta = usedAfterGc() - beforeSearch;
      searchJol = GraphLayout.parseInstance(holder).totalSize() - withFuzzy;
    }
    System.out.println(String.format(Locale.ROOT,
        "{\"mode\": \"%s\", \"models\": %d, \"jolBytes\": %d, \"jolBytesPerModel\": %.1f,"
            + " \"heapDeltaBytes\": %d, \"heapDeltaBytesPerModel\": %.1f, \"readyHeapDeltaBytes\": %d,"
            + " \"fuzzyIndexJolBytes\": %d, \"fuzzyIndexDeltaBytes\": %d, \"searchJolBytes\": %d,"
            + " \"searchDeltaBytes\": %d}",
        mode, models, jol, jol / (double) models, delta, delta / (double) models, readyDelta, fuzzyJol, fuzzyDelta,
        searchJol, searchDelta));
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
