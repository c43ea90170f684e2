package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exact-id reads while another thread registers and removes a model (one reader, one writer), beside the same reads
 * with no writer. The writer either writes as fast as it can ({@code writerPause=0}, the worst case: a new overlay
 * published every few microseconds) or pauses between writes ({@code writerPause} in JMH's
 * {@code Blackhole.consumeCPU} tokens; 100,000 tokens is roughly 100-200 µs, some thousands of writes a second,
 * still far more than an admin API sees). Each trial reads from a registry of its own, so the writes stay there.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
public class ConcurrentReadBenchmark {

  /**
   * The registry the group shares, and the model the writer adds and takes away. Only read once set up: a field the
   * writer wrote here would share the reader's cache line with {@code registry}, and the reader would measure that.
   */
  @State(Scope.Group)
  public static class Shared {
    ModelRegistry registry;
    ModelDefinition extra;

    @Param({"0", "100000"})
    public long writerPause;

    @Setup(Level.Trial)
    public void build(CatalogState s) {
      registry = CatalogSelection.registry(s.catalog);
      extra = ModelDefinition.builder("bench-writer/extra-model-1").contextWindow(8_192).pricing(1.0, 2.0).build();
    }
  }

  @Benchmark
  @Group("readerWithWriter")
  @GroupThreads(1)
  public Optional<ModelDefinition> reader(Shared shared, CatalogState s, Cursor c) {
    return shared.registry.find(s.ids[c.next()]);
  }

  /** Whether the writer's model is registered: the writer's own, so its stores stay on its own cache lines. */
  @State(Scope.Thread)
  public static class WriterState {
    boolean present;
  }

  @Benchmark
  @Group("readerWithWriter")
  @GroupThreads(1)
  public boolean writer(Shared shared, WriterState w) {
    if (w.present) {
      shared.registry.remove(shared.extra.id());
    } else {
      shared.registry.register(shared.extra);
    }
    w.present = !w.present;
    if (shared.writerPause > 0) {
      Blackhole.consumeCPU(shared.writerPause);
    }
    return w.present;
  }

  @Benchmark
  @Group("readerAlone")
  @GroupThreads(1)
  public Optional<ModelDefinition> readerAlone(Shared shared, CatalogState s, Cursor c) {
    return shared.registry.find(s.ids[c.next()]);
  }
}
