package dev.modelcatalog.benchmarks.startup;

import dev.modelcatalog.runtime.ModelRegistry;

/**
 * Loads every compiled catalog on the class path and looks one model up: what a server does before it answers its
 * first request. Exit status 0 when the model was found, 2 when not (so a wrong class path cannot pass for fast).
 *
 * <pre>java -cp runtime:catalog CompiledStartup gpt-4o</pre>
 */
public final class CompiledStartup {

  private CompiledStartup() {}

  public static void main(String[] args) {
    ModelRegistry registry = ModelRegistry.loadDefault();
    if (registry.find(args[0]).isEmpty()) {
      System.err.println("not found: " + args[0] + " in " + registry);
      System.exit(2);
    }
  }
}
