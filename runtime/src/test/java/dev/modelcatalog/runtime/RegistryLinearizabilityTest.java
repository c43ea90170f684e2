package dev.modelcatalog.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Lincheck runs concurrent scenarios of registry operations and checks that every outcome equals the outcome of
 * some sequential order of the same operations (linearizability). Each operation reads the registry once, so its
 * answer is one snapshot: a model registered is seen by every later read, a batch is seen whole or not at all
 * ({@link #listIds}), {@code getOrCreate} of one id hands out one instance, and the stats count the model set.
 *
 * <p>Lincheck creates an instance of this class per scenario and calls the {@link Operation} methods on it from
 * several threads. Stress mode runs the scenarios on real threads. Lincheck's model-checking mode is not used: it
 * takes the registry's long but finite loops (building key tables, normalizing ids) for livelocks and reports
 * them as hangs, and it needs minutes for what stress mode checks in seconds.
 */
@Param(name = "key", gen = IntGen.class, conf = "0:2")
public class RegistryLinearizabilityTest {

  private final ModelRegistry registry = ModelRegistry.builder()
      .addCatalogs(new FixtureCatalog("openai", ModelRegistryTest.GPT_4O, ModelRegistryTest.EMBED))
      .build();
  /** The first instance each auto-created id was answered with. */
  private final Map<String, ModelDefinition> firstCreated = new ConcurrentHashMap<>();

  private static String id(int key) {
    return "runtime-model-" + key;
  }

  @Operation
  public String register(@Param(name = "key") int key) {
    try {
      registry.register(ModelDefinition.builder(id(key)).contextWindow(4096).aliases(id(key) + "-alias").build());
      return "registered";
    } catch (ModelConflictException e) {
      return "conflict " + e.field();
    }
  }

  @Operation
  public boolean remove(@Param(name = "key") int key) {
    return registry.remove(id(key));
  }

  /** Removes the compiled model (key 0), or nothing: hiding compiled models is part of the overlay too. */
  @Operation
  public boolean removeCompiled(@Param(name = "key") int key) {
    return key == 0 && registry.remove("gpt-4o");
  }

  @Operation
  public String find(@Param(name = "key") int key) {
    return registry.find(id(key)).map(ModelDefinition::id).orElse("none");
  }

  @Operation
  public String findAlias(@Param(name = "key") int key) {
    return registry.find(id(key) + "-alias").map(ModelDefinition::id).orElse("none");
  }

  /** A spelling only the normalized and compact keys reach. */
  @Operation
  public String getNormalized(@Param(name = "key") int key) {
    return registry.get("RUNTIME_MODEL_" + key).map(ModelDefinition::id).orElse("none");
  }

  @Operation
  public String findCompiled() {
    return registry.find("GPT-4o").map(ModelDefinition::id).orElse("none");
  }

  /** The created id, marked when a second instance ever appears for it. */
  @Operation
  public String getOrCreate(@Param(name = "key") int key) {
    ModelDefinition model = registry.getOrCreate("house-model-" + key);
    ModelDefinition first = firstCreated.putIfAbsent(model.id(), model);
    return first == null || first == model ? model.id() : model.id() + " (second instance)";
  }

  /** Registers two models in one batch: all or nothing. */
  @Operation
  public String registerBatch() {
    try {
      registry.registerAll(List.of(ModelDefinition.builder("batch-a").contextWindow(10).build(),
          ModelDefinition.builder("batch-b").contextWindow(10).build()));
      return "registered";
    } catch (ModelConflictException e) {
      return "conflict";
    }
  }

  /**
   * Loads an overlay the way a saved one is restored ({@link ModelRegistry#putAll}): both batch models, added or
   * replaced, with this key's context window.
   */
  @Operation
  public String loadOverlay(@Param(name = "key") int key) {
    try {
      registry.putAll(List.of(ModelDefinition.builder("batch-a").contextWindow(100 + key).build(),
          ModelDefinition.builder("batch-b").contextWindow(100 + key).build()));
      return "loaded";
    } catch (ModelConflictException e) {
      return "conflict";
    }
  }

  /** The batch models' context windows from one snapshot: a loaded overlay shows both from the same load. */
  @Operation
  public String batchWindows() {
    StringBuilder windows = new StringBuilder();
    for (ModelDefinition model : registry.listModels(ModelQuery.ALL)) {
      if (model.id().startsWith("batch-")) {
        windows.append(model.id()).append('=').append(model.contextWindow()).append(' ');
      }
    }
    return windows.toString();
  }

  /** One snapshot of the model set. */
  @Operation
  public List<String> listIds() {
    return registry.listModelIds(ModelQuery.ALL);
  }

  /** Totals from one snapshot, with the per-owner counts that must add up to them. */
  @Operation
  public String stats() {
    RegistryStats stats = registry.stats();
    int perOwner = stats.owners().values().stream().mapToInt(Integer::intValue).sum();
    return stats.totalModels() + " models, " + perOwner + " by owner, " + stats.runtimeModels() + " run-time";
  }

  @Test
  void stress() {
    StressOptions options = new StressOptions()
        .iterations(20)
        .invocationsPerIteration(300)
        .threads(3)
        .actorsPerThread(3);
    LinChecker.check(RegistryLinearizabilityTest.class, options);
  }
}
