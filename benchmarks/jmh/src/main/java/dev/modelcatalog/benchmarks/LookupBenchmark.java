package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * {@code ModelRegistry.find} for an exact id (the very string the registry holds, and an equal copy), an alias,
 * two normalized spellings and an unknown id, beside {@code HashMap.get} over the same ids and aliases (the physical
 * limit) and a straightforward "normalize, then {@code HashMap.get}" (what a user would write for the normalized
 * spellings). The normalized spellings are measured twice: as a server sees a client's spelling again (the
 * registry remembers it), and in a registry that remembers none (what the first sighting of a spelling costs).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
public class LookupBenchmark {

  @Benchmark
  public Optional<ModelDefinition> findExactHit(CatalogState s, Cursor c) {
    return s.registry.find(s.ids[c.next()]);
  }

  @Benchmark
  public Optional<ModelDefinition> findExactHitCopy(CatalogState s, Cursor c) {
    return s.registry.find(s.idCopies[c.next()]);
  }

  @Benchmark
  public Optional<ModelDefinition> findAliasHit(CatalogState s, Cursor c) {
    return s.registry.find(s.aliases[c.next()]);
  }

  @Benchmark
  public Optional<ModelDefinition> findNormalizedUpperSnake(CatalogState s, Cursor c) {
    return s.registry.find(s.upperSnake[c.next()]);
  }

  @Benchmark
  public Optional<ModelDefinition> findNormalizedPathMixedCase(CatalogState s, Cursor c) {
    return s.registry.find(s.pathMixedCase[c.next()]);
  }

  /**
   * {@link #findNormalizedUpperSnake} in a registry that remembers no spellings: the walk over the query and the
   * comparison with the key that a spelling's first sighting costs.
   */
  @Benchmark
  public Optional<ModelDefinition> findNormalizedUpperSnakeUnremembered(CatalogState s, UnrememberedState u,
      Cursor c) {
    return u.registry.find(s.upperSnake[c.next()]);
  }

  /** {@link #findNormalizedPathMixedCase} in a registry that remembers no spellings. */
  @Benchmark
  public Optional<ModelDefinition> findNormalizedPathMixedCaseUnremembered(CatalogState s, UnrememberedState u,
      Cursor c) {
    return u.registry.find(s.pathMixedCase[c.next()]);
  }

  @Benchmark
  public Optional<ModelDefinition> findMiss(CatalogState s, Cursor c) {
    return s.registry.find(s.unknown[c.next()]);
  }

  @Benchmark
  public ModelDefinition baselineHashMapHit(CatalogState s, Cursor c) {
    return s.byIdOrAlias.get(s.ids[c.next()]);
  }

  @Benchmark
  public ModelDefinition baselineHashMapHitCopy(CatalogState s, Cursor c) {
    return s.byIdOrAlias.get(s.idCopies[c.next()]);
  }

  @Benchmark
  public ModelDefinition baselineHashMapAliasHit(CatalogState s, Cursor c) {
    return s.byIdOrAlias.get(s.aliases[c.next()]);
  }

  @Benchmark
  public ModelDefinition baselineHashMapMiss(CatalogState s, Cursor c) {
    return s.byIdOrAlias.get(s.unknown[c.next()]);
  }

  @Benchmark
  public ModelDefinition baselineNormalizeThenGetUpperSnake(CatalogState s, Cursor c) {
    return s.byNormalizedId.get(Discovery.normalizeModelId(s.upperSnake[c.next()]));
  }

  @Benchmark
  public ModelDefinition baselineNormalizeThenGetPathMixedCase(CatalogState s, Cursor c) {
    return s.byNormalizedId.get(Discovery.normalizeModelId(s.pathMixedCase[c.next()]));
  }
}
