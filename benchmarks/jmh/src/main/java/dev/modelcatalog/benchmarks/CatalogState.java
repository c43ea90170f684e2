package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The catalog under test, its registry, and what the baselines hold: the same definitions in a {@code HashMap}
 * by id and alias, by normalized id, and in a {@code List}. Query keys are drawn evenly from the whole catalog and
 * used in rotation ({@link #KEYS} of each kind), so a lookup does not always hit the same cache line.
 */
@State(Scope.Benchmark)
public class CatalogState {

  /** Keys of each kind, used in rotation; a power of two so that rotation is a mask. */
  public static final int KEYS = 256;

  @Param({"builtin", "1k", "10k", "50k"})
  public String catalog;

  public ModelRegistry registry;
  public List<ModelDefinition> models;
  public Map<String, ModelDefinition> byIdOrAlias;
  public Map<String, ModelDefinition> byNormalizedId;
  public String[] normalizedIds;

  public String[] ids;
  /**
   * The same ids as equal copies, not the objects the registry and the map hold: what a server's JSON parser hands
   * over for a request's {@code model}, where {@code equals} must compare characters. Used in rotation, so their
   * hashes are cached after the first round, for the registry and the map alike.
   */
  public String[] idCopies;
  public String[] aliases;
  /** Ids written as constants are: {@code GPT_4O}. */
  public String[] upperSnake;
  /** Ids written with an organisation and mixed case: {@code Meta-Llama/Llama-3.1-8B-Instruct}. */
  public String[] pathMixedCase;
  public String[] unknown;

  @Setup(Level.Trial)
  public void load() {
    registry = CatalogSelection.registry(catalog);
    models = registry.listModels(ModelQuery.ALL);
    if (models.isEmpty()) {
      throw new IllegalStateException("catalog '" + catalog + "' holds no models");
    }
    byIdOrAlias = new HashMap<>();
    byNormalizedId = new HashMap<>();
    normalizedIds = new String[models.size()];
    List<String> allAliases = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      ModelDefinition model = models.get(i);
      byIdOrAlias.put(model.id(), model);
      model.aliases().forEach(alias -> byIdOrAlias.put(alias, model));
      allAliases.addAll(model.aliases());
      normalizedIds[i] = Discovery.normalizeModelId(model.id());
      byNormalizedId.put(normalizedIds[i], model);
    }
    ids = new String[KEYS];
    idCopies = new String[KEYS];
    aliases = new String[KEYS];
    upperSnake = new String[KEYS];
    pathMixedCase = new String[KEYS];
    unknown = new String[KEYS];
    for (int k = 0; k < KEYS; k++) {
      String id = models.get(spread(k, models.size())).id();
      ids[k] = id;
      idCopies[k] = new String(id.toCharArray());
      aliases[k] = allAliases.isEmpty() ? id : allAliases.get(spread(k, allAliases.size()));
      upperSnake[k] = Discovery.normalizeModelId(id).toUpperCase(Locale.ROOT).replace('-', '_');
      pathMixedCase[k] = "Acme-Labs/" + titleCase(Discovery.normalizeModelId(id));
      unknown[k] = "zephyr-quantum-" + k + "-ultra";
    }
  }

  /**
   * Builds the registry's fuzzy index, as a server pays for it at start-up: for states set up before benchmarks
   * whose queries reach the fuzzy step, so that their warm-up iterations warm the query path instead of spending
   * the first iteration on the build ({@link FuzzyIndexBuildBenchmark} measures the build itself).
   */
  public void buildFuzzyIndex() {
    registry.match("warm-up");
  }

  /** The k-th of {@link #KEYS} indexes spread evenly over {@code size}. */
  static int spread(int k, int size) {
    return (int) ((long) k * size / KEYS);
  }

  /** {@code llama-3-1-8b-instruct} becomes {@code Llama-3.1-8B-Instruct}: dots between digits, capitals. */
  static String titleCase(String normalized) {
    String[] tokens = normalized.split("-");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      if (i > 0) {
        boolean digits = Character.isDigit(token.charAt(0)) && Character.isDigit(tokens[i - 1].charAt(0))
            && token.length() == 1;
        out.append(digits ? '.' : '-');
      }
      out.append(token.matches("\\d+b") ? token.toUpperCase(Locale.ROOT)
          : Character.toUpperCase(token.charAt(0)) + token.substring(1));
    }
    return out.toString();
  }
}
