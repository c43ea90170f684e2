package dev.modelcatalog.benchmarks.startup;

import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;

/**
 * Loads the compiled catalogs and looks one model up: what a server does before it answers its first request.
 * Exit status 0 when the model was found, 2 when not (so a wrong class path cannot pass for fast).
 *
 * <pre>
 * java -cp runtime:catalog CompiledStartup gpt-4o
 * java -cp runtime:catalog CompiledStartup --catalogs com.example.OpenAiCatalog,com.example.MetaCatalog gpt-4o
 * </pre>
 *
 * <p>By default the registry finds every catalog on the class path ({@code ModelRegistry.loadDefault()}, through
 * {@code ServiceLoader}). {@code --catalogs} names them instead ({@code ModelRegistry.of}), as a server that lists
 * its catalogs in its configuration would: the same registry, without the class-path scan, which opens every jar.
 * A server that names its catalogs in code calls the list the processor generated; {@link BuiltInListStartup} and
 * {@link S10kListStartup} do, without the reflection that naming classes in arguments takes.
 *
 * <p>{@code --train} looks every model up instead of one: the run that writes an application class-data sharing
 * archive ({@code -XX:ArchiveClassesAtExit}), so that the archive holds every catalog class a later lookup may
 * load, as a server's archive would after a warm-up over its whole catalog.
 */
public final class CompiledStartup {

  private CompiledStartup() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    int next = 0;
    ModelRegistry registry;
    if (args[next].equals("--catalogs")) {
      registry = ModelRegistry.of(named(args[next + 1].split(",")));
      next += 2;
    } else {
      registry = ModelRegistry.loadDefault();
    }
    lookUp(registry, args[next]);
  }

  /** Looks the model up, or every model for {@code --train}; exits with status 2 when one is not found. */
  static void lookUp(ModelRegistry registry, String idOrTrain) {
    if (idOrTrain.equals("--train")) {
      for (ModelDefinition model : registry.all()) {
        require(registry, model.id());
      }
    } else {
      require(registry, idOrTrain);
    }
  }

  /** The catalogs with these class names, made as {@code ServiceLoader} makes them. */
  private static ModelCatalog[] named(String[] classNames) throws ReflectiveOperationException {
    ModelCatalog[] catalogs = new ModelCatalog[classNames.length];
    for (int i = 0; i < classNames.length; i++) {
      catalogs[i] = (ModelCatalog) Class.forName(classNames[i]).getConstructor().newInstance();
    }
    return catalogs;
  }

  private static void require(ModelRegistry registry, String id) {
    if (registry.find(id).isEmpty()) {
      System.err.println("not found: " + id + " in " + registry);
      System.exit(2);
    }
  }
}
