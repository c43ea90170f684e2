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
 * {@code ModelRegistry.get} with its fuzzy step on the misspelled queries of {@link FuzzyQueries} (one typo, an
 * unknown date, swapped tokens, a model no catalog has), to be read beside {@link FuzzyBaselineBenchmark}'s
 * brute-force Levenshtein scans over the same catalog and queries, and across catalog sizes for growth. The fuzzy
 * step itself runs in a registry that remembers no spellings ({@link UnrememberedState}); a registry remembers the
 * fuzzy step's hits by default, which {@link #getFuzzySeenBefore} measures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
@State(Scope.Benchmark)
public class FuzzyBenchmark {

  @Setup(Level.Trial)
  public void buildIndex(CatalogState s, UnrememberedState u) {
    s.buildFuzzyIndex();
    u.registry.match("warm-up");
  }

  @Benchmark
  public Optional<ModelDefinition> getFuzzy(UnrememberedState u, FuzzyQueries q, Cursor c) {
    return u.registry.get(q.next(c));
  }

  /** {@link #getFuzzy} for spellings the registry has seen and remembers (its default). */
  @Benchmark
  public Optional<ModelDefinition> getFuzzySeenBefore(CatalogState s, FuzzyQueries q, Cursor c) {
    return s.registry.get(q.next(c));
  }
}
