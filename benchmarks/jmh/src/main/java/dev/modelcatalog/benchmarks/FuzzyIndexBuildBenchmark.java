package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The first {@code ModelRegistry.get} of a registry that reaches the fuzzy step: it builds the fuzzy index over
 * every id and alias, once per registry, so it is the one slow fuzzy query a server sees; {@code warmUp()}, which
 * builds it and everything else a registry builds on first use, so that a server can pay at start instead; and
 * the first fuzzy query after that. Single-shot: each measurement is one call on a registry created for it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
@State(Scope.Thread)
public class FuzzyIndexBuildBenchmark {

  @Param({"10k", "50k"})
  public String catalog;

  private ModelRegistry registry;

  @Setup(Level.Iteration)
  public void freshRegistry() {
    registry = CatalogSelection.registry(catalog);
  }

  @Benchmark
  public Optional<ModelDefinition> firstFuzzyQuery() {
    return registry.get("zephyr-quantum-ultra-9000");
  }

  @Benchmark
  public ModelRegistry warmUp() {
    registry.warmUp();
    return registry;
  }

  /** A registry warmed up before the measurement. */
  @State(Scope.Thread)
  public static class Warmed {
    @Param({"10k", "50k"})
    public String catalog;

    ModelRegistry registry;

    @Setup(Level.Iteration)
    public void warmedRegistry() {
      registry = CatalogSelection.registry(catalog);
      registry.warmUp();
    }
  }

  @Benchmark
  public Optional<ModelDefinition> firstFuzzyQueryAfterWarmUp(Warmed warmed) {
    return warmed.registry.get("zephyr-quantum-ultra-9000");
  }
}
