package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.RegistryStats;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * {@code ModelRegistry.stats()} beside counting the same figures (models per owner, per capability) over a
 * {@code List} with streams.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
public class StatsBenchmark {

  @Benchmark
  public RegistryStats stats(CatalogState s) {
    return s.registry.stats();
  }

  @Benchmark
  public Object baselineStreamCounts(CatalogState s) {
    Map<String, Long> perOwner = s.models.stream()
        .collect(Collectors.groupingBy(ModelDefinition::ownedBy, TreeMap::new, Collectors.counting()));
    Map<Capability, Long> perCapability = s.models.stream().flatMap(m -> m.capabilities().stream())
        .collect(Collectors.groupingBy(c -> c, () -> new EnumMap<>(Capability.class), Collectors.counting()));
    return new Object[] {perOwner, perCapability};
  }
}
