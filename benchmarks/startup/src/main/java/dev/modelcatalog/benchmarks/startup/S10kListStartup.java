package dev.modelcatalog.benchmarks.startup;

import dev.modelcatalog.bench.s10k.S10kCatalogs;
import dev.modelcatalog.runtime.ModelRegistry;

/** {@link BuiltInListStartup} for the synthetic 10,000-model catalog, through the list its build generated. */
public final class S10kListStartup {

  private S10kListStartup() {}

  public static void main(String[] args) {
    CompiledStartup.lookUp(ModelRegistry.of(S10kCatalogs.all()), args[0]);
  }
}
