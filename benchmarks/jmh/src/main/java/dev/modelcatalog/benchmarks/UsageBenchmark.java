package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.ModelRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@code ModelRegistry.recordUsage} (requests, three token sums, exact cost, latency histogram) for catalog ids in
 * rotation, from one thread and from two, beside the least a user would write: a {@code LongAdder} per id in a
 * {@code ConcurrentHashMap}, counting requests only. Two threads recording into one registry are also set beside
 * two threads that each record into a registry of their own and share nothing: on a two-core machine, what that
 * costs over one thread is the machine's, and only the rest is the registry's sharing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
public class UsageBenchmark {

  /** A registry of its own, so the recorded usage stays there. */
  @State(Scope.Benchmark)
  public static class Recording {
    ModelRegistry registry;
    ConcurrentHashMap<String, LongAdder> requests = new ConcurrentHashMap<>();

    @Setup(Level.Trial)
    public void build(CatalogState s) {
      registry = CatalogSelection.registry(s.catalog);
    }
  }

  /** A registry per thread. */
  @State(Scope.Thread)
  public static class OwnRecording {
    ModelRegistry registry;

    @Setup(Level.Trial)
    public void build(CatalogState s) {
      registry = CatalogSelection.registry(s.catalog);
    }
  }

  @Benchmark
  public void recordUsage(Recording r, CatalogState s, Cursor c) {
    int k = c.next();
    r.registry.recordUsage(s.ids[k], 1_200 + k, 300, 64, 250_000_000L + k);
  }

  @Benchmark
  @Threads(2)
  public void recordUsageTwoThreads(Recording r, CatalogState s, Cursor c) {
    int k = c.next();
    r.registry.recordUsage(s.ids[k], 1_200 + k, 300, 64, 250_000_000L + k);
  }

  @Benchmark
  @Threads(2)
  public void baselineTwoThreadsOwnRegistries(OwnRecording r, CatalogState s, Cursor c) {
    int k = c.next();
    r.registry.recordUsage(s.ids[k], 1_200 + k, 300, 64, 250_000_000L + k);
  }

  @Benchmark
  public void baselineCounterPerId(Recording r, CatalogState s, Cursor c) {
    r.requests.computeIfAbsent(s.ids[c.next()], id -> new LongAdder()).increment();
  }
}
