package dev.modelcatalog.benchmarks.startup;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;

/**
 * Loads every compiled catalog on the class path and looks one model up: what a server does before it answers its
 * first request. Exit status 0 when the model was found, 2 when not (so a wrong class path cannot pass for fast).
 *
 * <pre>java -cp runtime:catalog CompiledStartup gpt-4o</pre>
 *
 * <p>{@code --train} looks every model up instead: the run that writes an application class-data sharing archive
 * ({@code -XX:ArchiveClassesAtExit}), so that the archive holds every catalog class a later lookup may load, as a
 * server's archive would after a warm-up over its whole catalog.
 */
public final class CompiledStartup {

  private CompiledStartup() {}

  public static void main(String[] args) {
    ModelRegistry registry = ModelRegistry.loadDefault();
    if (args[0].equals("--train")) {
      for (ModelDefinition model : registry.all()) {
        require(registry, model.id());
      }
    } else {
      require(registry, args[0]);
    }
  }

  private static void require(ModelRegistry registry, String id) {
    if (registry.find(id).isEmpty()) {
      System.err.println("not found: " + id + " in " + registry);
      System.exit(2);
    }
  }
}
