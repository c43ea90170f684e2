package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * {@code ModelRegistry.search} with two words (the first token of a catalog id and a capability, {@code "llama
 * chat"}), beside what a user would write: lower-case each model's id, name and description and keep those that
 * contain both words, then sort by id and take the first ten.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
public class SearchBenchmark {

  static final int LIMIT = 10;

  /** Sixteen two-word queries drawn from the catalog. */
  @State(Scope.Benchmark)
  public static class Queries {
    String[] queries = new String[16];

    @Setup(Level.Trial)
    public void draw(CatalogState s) {
      for (int q = 0; q < queries.length; q++) {
        String id = Discovery.normalizeModelId(s.models.get((int) ((long) q * s.models.size() / 16)).id());
        queries[q] = id.split("-")[0] + " chat";
      }
    }

    String next(Cursor c) {
      return queries[c.next() & 15];
    }
  }

  @Benchmark
  public List<ModelDefinition> searchTwoWords(CatalogState s, Queries q, Cursor c) {
    return s.registry.search(q.next(c), LIMIT);
  }

  @Benchmark
  public List<ModelDefinition> baselineStreamContains(CatalogState s, Queries q, Cursor c) {
    String[] words = q.next(c).split(" ");
    List<ModelDefinition> hits = new ArrayList<>();
    for (ModelDefinition model : s.models) {
      String text = (model.id() + " " + model.name() + " " + model.description().orElse("") + " "
          + model.capabilities()).toLowerCase(Locale.ROOT);
      if (text.contains(words[0]) && text.contains(words[1])) {
        hits.add(model);
      }
    }
    hits.sort((a, b) -> a.id().compareTo(b.id()));
    return hits.subList(0, Math.min(LIMIT, hits.size()));
  }
}
