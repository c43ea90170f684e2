package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelQuery;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * {@code ModelRegistry.listModels} for one required capability, for three required plus one excluded, and for a
 * capability under a price ceiling, beside filtering a {@code List} of the same definitions with a stream. The
 * registry keeps the answers of recent queries for its current state, so a repeated query costs a cache probe;
 * {@link #listSingleCapabilityUncached} measures an answer computed from the bit sets.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
public class QueryBenchmark {

  static final ModelQuery VISION = ModelQuery.builder().require(Capability.VISION).build();
  static final ModelQuery TOOLS_NOT_REASONING = ModelQuery.builder()
      .require(Capability.CHAT, Capability.TOOL_CALLING, Capability.STREAMING)
      .exclude(Capability.REASONING)
      .build();
  static final double CEILING = 1.0;
  static final ModelQuery CHAT_UNDER_CEILING = ModelQuery.builder().require(Capability.CHAT)
      .maxInputPricePerMillion(CEILING).build();

  @Benchmark
  public List<ModelDefinition> listSingleCapability(CatalogState s) {
    return s.registry.listModels(VISION);
  }

  @Benchmark
  public List<ModelDefinition> listThreeRequiredOneExcluded(CatalogState s) {
    return s.registry.listModels(TOOLS_NOT_REASONING);
  }

  /**
   * One capability asked with a context floor that changes on every call (65,536 values), so the registry's
   * cache of recent answers never has it: the cost of answering from the bit sets.
   */
  @Benchmark
  public List<ModelDefinition> listSingleCapabilityUncached(CatalogState s, Cursor c) {
    return s.registry.listModels(ModelQuery.builder().require(Capability.VISION)
        .minContextWindow(1 + (c.nextWide() & 0xFFFF)).build());
  }

  @Benchmark
  public List<ModelDefinition> baselineStreamSingleCapabilityContextFloor(CatalogState s, Cursor c) {
    int floor = 1 + (c.nextWide() & 0xFFFF);
    return s.models.stream().filter(m -> m.has(Capability.VISION) && m.contextWindow() >= floor)
        .collect(Collectors.toList());
  }

  /**
   * {@link #listThreeRequiredOneExcluded} with a context floor that changes on every call, like
   * {@link #listSingleCapabilityUncached}: the bit sets' AND and AND-NOT, then the definitions copied out.
   */
  @Benchmark
  public List<ModelDefinition> listThreeRequiredOneExcludedUncached(CatalogState s, Cursor c) {
    return s.registry.listModels(ModelQuery.builder()
        .require(Capability.CHAT, Capability.TOOL_CALLING, Capability.STREAMING)
        .exclude(Capability.REASONING)
        .minContextWindow(1 + (c.nextWide() & 0xFFFF)).build());
  }

  @Benchmark
  public List<ModelDefinition> baselineStreamThreeRequiredOneExcludedContextFloor(CatalogState s, Cursor c) {
    int floor = 1 + (c.nextWide() & 0xFFFF);
    return s.models.stream()
        .filter(m -> m.has(Capability.CHAT) && m.has(Capability.TOOL_CALLING) && m.has(Capability.STREAMING)
            && !m.has(Capability.REASONING) && m.contextWindow() >= floor)
        .collect(Collectors.toList());
  }

  @Benchmark
  public List<ModelDefinition> listPriceCeiling(CatalogState s) {
    return s.registry.listModels(CHAT_UNDER_CEILING);
  }

  @Benchmark
  public List<ModelDefinition> baselineStreamPriceCeiling(CatalogState s) {
    return s.models.stream()
        .filter(m -> m.has(Capability.CHAT) && m.pricing().isPresent()
            && m.pricing().get().inputPerMillion() <= CEILING)
        .collect(Collectors.toList());
  }

  @Benchmark
  public List<ModelDefinition> baselineStreamSingleCapability(CatalogState s) {
    return s.models.stream().filter(m -> m.has(Capability.VISION)).collect(Collectors.toList());
  }

  @Benchmark
  public List<ModelDefinition> baselineStreamThreeRequiredOneExcluded(CatalogState s) {
    return s.models.stream()
        .filter(m -> m.has(Capability.CHAT) && m.has(Capability.TOOL_CALLING) && m.has(Capability.STREAMING)
            && !m.has(Capability.REASONING))
        .collect(Collectors.toList());
  }
}
