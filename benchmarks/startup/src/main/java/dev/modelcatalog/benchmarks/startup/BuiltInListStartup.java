package dev.modelcatalog.benchmarks.startup;

import dev.modelcatalog.catalog.BuiltInCatalogs;
import dev.modelcatalog.runtime.ModelRegistry;

/**
 * The built-in catalogs named through their generated list, as a server that names its catalogs in code builds its
 * registry: no class-path scan and no reflection. {@code java -cp runtime:catalog BuiltInListStartup gpt-4o}, or
 * {@code --train} (see {@link CompiledStartup}).
 */
public final class BuiltInListStartup {

  private BuiltInListStartup() {}

  public static void main(String[] args) {
    CompiledStartup.lookUp(ModelRegistry.of(BuiltInCatalogs.all()), args[0]);
  }
}
