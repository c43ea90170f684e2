package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.ModelRegistry;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The catalog under test in a registry that remembers no spellings ({@code spellingMemo(0)}): every normalized
 * lookup walks its query, as the first sighting of a spelling does in a registry that remembers them.
 */
@State(Scope.Benchmark)
public class UnrememberedState {

  public ModelRegistry registry;

  @Setup(Level.Trial)
  public void load(CatalogState catalog) {
    registry = CatalogSelection.registry(catalog.catalog, false, 0);
  }
}
