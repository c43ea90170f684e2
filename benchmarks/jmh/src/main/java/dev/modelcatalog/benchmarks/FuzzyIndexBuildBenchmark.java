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
 * every id and alias, once per registry, so it is the one slow fuzzy query a server sees. Single-shot: each
 * measurement is one query for an unknown model on a registry created for it.
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
}
