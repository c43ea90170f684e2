package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ModelRegistry.getOrCreate} for an id of the catalog, for an id it auto-created before, and for a new id
 * (65,536 ids in rotation through the default store of 10,000, so each is evicted before it comes back), beside a
 * {@code ConcurrentHashMap.computeIfAbsent} that builds a plain definition for an unknown id.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
public class GetOrCreateBenchmark {

  static final int NEW_IDS = 1 << 16;

  /** A registry of its own (auto-creation changes it), with 256 models auto-created up front. */
  @State(Scope.Benchmark)
  public static class Creating {
    ModelRegistry registry;
    String[] created = new String[CatalogState.KEYS];
    String[] fresh = new String[NEW_IDS];
    int next;
    ConcurrentHashMap<String, ModelDefinition> baseline = new ConcurrentHashMap<>();

    @Setup(Level.Trial)
    public void build(CatalogState s) {
      registry = CatalogSelection.registry(s.catalog, true);
      for (int k = 0; k < created.length; k++) {
        created[k] = "house-model-" + k + "-chat";
        registry.getOrCreate(created[k]);
      }
      for (int k = 0; k < fresh.length; k++) {
        fresh[k] = "acme-unseen-" + k + "-8b-instruct";
      }
    }

    String nextFresh() {
      return fresh[next++ & (NEW_IDS - 1)];
    }
  }

  @Benchmark
  public ModelDefinition getOrCreateCatalogId(Creating r, CatalogState s, Cursor c) {
    return r.registry.getOrCreate(s.ids[c.next()]);
  }

  @Benchmark
  public ModelDefinition getOrCreateAutoCreatedId(Creating r, Cursor c) {
    return r.registry.getOrCreate(r.created[c.next()]);
  }

  @Benchmark
  public ModelDefinition getOrCreateNewId(Creating r) {
    return r.registry.getOrCreate(r.nextFresh());
  }

  @Benchmark
  public ModelDefinition baselineComputeIfAbsentNewId(Creating r) {
    if (r.baseline.size() >= 10_000) {
      r.baseline.clear();
    }
    return r.baseline.computeIfAbsent(r.nextFresh(),
        id -> ModelDefinition.builder(id).contextWindow(128_000).build());
  }
}
