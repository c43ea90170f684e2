package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.ModelDefinition;
import java.util.Optional;
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
 * Hostile query lengths cost no more than a short unknown id: {@code get} (fuzzy step on) of a 1 MiB query and of
 * a 10,000-character id, beside {@code get} of a short id no catalog has.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
@State(Scope.Benchmark)
public class QueryBoundsBenchmark {

  /** The short unknown id reaches the fuzzy step. */
  @Setup(Level.Trial)
  public void buildIndex(CatalogState s) {
    s.buildFuzzyIndex();
  }

  @State(Scope.Benchmark)
  public static class Hostile {
    String mebibyte;
    String longId;

    @Setup(Level.Trial)
    public void build() {
      mebibyte = "gpt-4o ".repeat((1 << 20) / 7);
      longId = "a".repeat(9_990) + "-chat-8b";
    }
  }

  @Benchmark
  public Optional<ModelDefinition> getOneMebibyteQuery(CatalogState s, Hostile h) {
    return s.registry.get(h.mebibyte);
  }

  @Benchmark
  public Optional<ModelDefinition> getTenThousandCharacterId(CatalogState s, Hostile h) {
    return s.registry.get(h.longId);
  }

  @Benchmark
  public Optional<ModelDefinition> baselineGetShortUnknown(CatalogState s, Cursor c) {
    return s.registry.get(s.unknown[c.next()]);
  }
}
