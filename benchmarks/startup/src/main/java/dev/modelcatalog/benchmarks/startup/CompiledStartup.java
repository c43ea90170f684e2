package dev.modelcatalog.benchmarks.startup;

import dev.modelcatalog.bench.s10k.S10kCatalogs;
import dev.modelcatalog.catalog.BuiltInCatalogs;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;

/**
 * Loads the compiled catalogs and looks one model up: what a server does before it answers its first request.
 * Exit status 0 when the model was found, 2 when not (so a wrong class path cannot pass for fast).
 *
 * <pre>
 * java -cp runtime:catalog CompiledStartup gpt-4o
 * java -cp runtime:catalog CompiledStartup --list builtin gpt-4o
 * java -cp runtime:catalog CompiledStartup --catalogs com.example.OpenAiCatalog,com.example.MetaCatalog gpt-4o
 * </pre>
 *
 * <p>By default the registry finds every catalog on the class path ({@code ModelRegistry.loadDefault()}, through
 * {@code ServiceLoader}). {@code --list builtin} or {@code --list s10k} names them through the list the processor
 * generated for that catalog ({@code ModelRegistry.of(BuiltInCatalogs.all())}), as a server that names its catalogs
 * in code does: no class-path scan and no reflection. {@code --catalogs} names them by class, as a server that lists
 * them in its configuration would. Every mode is in this one class, so that a timed process loads one class of the
 * harness, as the floor ({@link EmptyMain}) does: a starting JVM takes a few tenths of a millisecond for each class
 * it loads from a jar, and a second class would be counted against the registry.
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
    if (args[next].equals("--list")) {
      registry = ModelRegistry.of(listed(args[next + 1]));
      next += 2;
    } else if (args[next].equals("--catalogs")) {
      registry = ModelRegistry.of(named(args[next + 1].split(",")));
      next += 2;
    } else {
      registry = ModelRegistry.loadDefault();
    }
    if (args[next].equals("--train")) {
      for (ModelDefinition model : registry.all()) {
        require(registry, model.id());
      }
    } else {
      require(registry, args[next]);
    }
  }

  /**
   * The catalogs of a generated list. Each list class is resolved only when its branch runs, so the class path needs
   * only the catalog it names.
   */
  private static ModelCatalog[] listed(String list) {
    switch (list) {
      case "builtin":
        return BuiltInCatalogs.all();
      case "s10k":
        return S10kCatalogs.all();
      default:
        throw new IllegalArgumentException("--list: builtin or s10k, got " + list);
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
