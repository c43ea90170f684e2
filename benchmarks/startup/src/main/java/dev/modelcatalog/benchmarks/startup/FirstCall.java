package dev.modelcatalog.benchmarks.startup;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times the first call of one registry operation in a fresh process, after the registry is made and one id found:
 * what the first request of a server that calls it pays beyond a lookup. One process per operation (anything an
 * earlier operation loaded or built would hide what this one costs), so run it once per name:
 *
 * <pre>
 * for op in require match asMap-get listModels; do
 *   java -cp "benchmarks/startup/target/classes:benchmarks/startup/target/lib/*:catalog.jar" \
 *       dev.modelcatalog.benchmarks.startup.FirstCall $op
 * done
 * </pre>
 *
 * <p>A finding, not a benchmark row: one {@code System.nanoTime} span, as noisy as a cold JVM is. It found two first
 * calls that built what they did not need (the fuzzy index for {@code require} of a known id, a sorted copy of
 * every id for {@code asMap().get}).
 */
public final class FirstCall {

  private FirstCall() {}

  public static void main(String[] args) {
    ModelRegistry registry = ModelRegistry.loadDefault();
    String id = registry.catalogs().get(0).id(0);
    registry.find(id);
    Map<String, Runnable> operations = operations(registry, id);
    Runnable operation = operations.get(args.length == 1 ? args[0] : "");
    if (operation == null) {
      System.err.println("usage: FirstCall <operation>; operations: " + String.join(" ", operations.keySet()));
      System.exit(1);
    }
    long start = System.nanoTime();
    operation.run();
    long elapsed = System.nanoTime() - start;
    System.out.printf(Locale.ROOT, "%s: first call %.2f ms%n", args[0], elapsed / 1e6);
  }

  private static Map<String, Runnable> operations(ModelRegistry registry, String id) {
    String spelled = id.toUpperCase(Locale.ROOT).replace('-', '_');
    Map<String, Runnable> operations = new TreeMap<>();
    operations.put("get", () -> registry.get(id));
    operations.put("get-no-fuzzy", () -> registry.get(id, false));
    operations.put("get-spelling", () -> registry.get(spelled));
    operations.put("get-unknown", () -> registry.get("zephyr-quantum-ultra-9000"));
    operations.put("match", () -> registry.match(id));
    operations.put("require", () -> registry.require(id));
    operations.put("getOrCreate", () -> registry.getOrCreate(id));
    operations.put("asMap-get", () -> registry.asMap().get(id));
    operations.put("versions", () -> registry.versions(id));
    operations.put("routes", () -> registry.routes(id));
    operations.put("capabilities", () -> registry.capabilities(id));
    operations.put("alternatives", () -> registry.alternatives(id));
    operations.put("listModels", () -> registry.listModels(ModelQuery.builder().require(Capability.VISION).build()));
    operations.put("stats", registry::stats);
    operations.put("search", () -> registry.search("chat preview", 10));
    operations.put("recordUsage", () -> registry.recordUsage(id, 10, 10, 0, Duration.ofMillis(5)));
    return operations;
  }
}
