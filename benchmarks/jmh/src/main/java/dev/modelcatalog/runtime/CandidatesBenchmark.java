package dev.modelcatalog.runtime;

import dev.modelcatalog.benchmarks.CatalogSelection;
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
 * The step of a query that the target for capability queries names on its own: the AND and AND-NOT of the
 * capability bit sets over every compiled model, before any definition is copied out. In the runtime's package,
 * because that step is not public: {@code listModels} always goes on to copy the answer out, which
 * {@code QueryBenchmark} measures whole.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class CandidatesBenchmark {

  static final ModelQuery TOOLS_NOT_REASONING = ModelQuery.builder()
      .require(Capability.CHAT, Capability.TOOL_CALLING, Capability.STREAMING)
      .exclude(Capability.REASONING)
      .build();

  @Param({"builtin", "1k", "10k", "50k"})
  public String catalog;

  private QueryEngine engine;

  @Setup(Level.Trial)
  public void index() {
    CompiledIndex index = new CompiledIndex(CatalogSelection.registry(catalog).catalogs());
    engine = new QueryEngine(index, Overlay.EMPTY);
    engine.compiledCandidates(TOOLS_NOT_REASONING); // reads the columns, as a registry's first query does
  }

  @Benchmark
  public long[] threeRequiredOneExcluded() {
    return engine.compiledCandidates(TOOLS_NOT_REASONING);
  }
}
