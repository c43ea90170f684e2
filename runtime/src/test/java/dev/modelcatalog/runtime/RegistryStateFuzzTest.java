package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Coverage-guided fuzzing of the registry's state: any sequence of writes (register, replace, remove, restore,
 * batches), each followed by reads. The test keeps the models that should be visible apart from the registry,
 * updated from what each write reports (done, refused, removed or not), and after every write the registry must
 * list exactly those models, find each of them by its id, answer a fuzzed query as matching each of them does
 * (the bit sets over ranks, the context column, the cache of recent answers), the same again from that cache, and
 * agree in its statistics and capability matrix; a typo of an id resolves, if at all, to a model still visible. A
 * refused write that changed anything, an answer cached across a write, or a hidden model that a query still lists or
 * a fuzzy step still finds, fails it.
 *
 * <p>The writes pick from a few ids and aliases chosen to collide: compiled ids, spellings that normalize like one
 * ({@code c-3} beside the compiled {@code C-3}), aliases equal to another model's id. A normal build replays the
 * seeds in {@code RegistryStateFuzzTestInputs/operations/}; the {@code fuzz} profile runs
 * {@value FuzzRegistries#EXECUTIONS} generated sequences.
 */
class RegistryStateFuzzTest {

  private static final Capability[] CAPABILITIES = {Capability.CHAT, Capability.VISION, Capability.TOOL_CALLING,
      Capability.REASONING, Capability.MOE, Capability.STREAMING};
  private static final int COMPILED = 40;
  /** The compiled models by id: two catalogs whose ids interleave, some in upper case, some with an alias. */
  private static final Map<String, ModelDefinition> COMPILED_BY_ID = new TreeMap<>();
  private static final ModelCatalog[] CATALOGS;
  /** Ids a write may name: compiled ones, run-time ones, and spellings that collide with either. */
  private static final List<String> IDS = new ArrayList<>();
  private static final List<String> ALIASES = List.of("alias-x", "alias-y", "alias-c5", "c-7", "R-1");
  private static final int[] WINDOWS = {4_096, 8_192, 32_768, 128_000};

  static {
    Random random = new Random(20_261_207);
    List<List<ModelDefinition>> byCatalog = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < COMPILED; i++) {
      String id = (i % 3 == 0 ? "C-" : "c-") + i;
      ModelDefinition model = model(id, i % 2 == 0 ? "alpha" : "beta", random.nextLong(),
          WINDOWS[random.nextInt(WINDOWS.length)], i % 5 == 0 ? List.of("alias-c" + i) : List.of());
      COMPILED_BY_ID.put(id, model);
      byCatalog.get(i % 2).add(model);
      IDS.add(id);
    }
    CATALOGS = new ModelCatalog[] {new FixtureCatalog("alpha", byCatalog.get(0)),
        TestCatalogs.of("beta", byCatalog.get(1))};
    IDS.addAll(List.of("r-0", "r-1", "r-2", "r-3", "R_0", "c-3", "alias-c5", "alias-x"));
  }

  @FuzzTest(maxExecutions = FuzzRegistries.EXECUTIONS, maxDuration = FuzzRegistries.MAX_DURATION)
  void operations(FuzzedDataProvider data) {
    ModelRegistry registry = ModelRegistry.of(CATALOGS);
    TreeMap<String, ModelDefinition> visible = new TreeMap<>(COMPILED_BY_ID);
    int steps = data.consumeInt(1, 16);
    for (int step = 0; step < steps && data.remainingBytes() > 0; step++) {
      String done = write(registry, visible, data);
      check(registry, visible, query(data), done);
      checkResolution(registry, visible, misspelt(data), done);
    }
  }

  /** One write, reflected in {@code visible} as far as the registry reports it done; what was tried, for messages. */
  private static String write(ModelRegistry registry, TreeMap<String, ModelDefinition> visible,
      FuzzedDataProvider data) {
    int kind = data.consumeInt(0, 5);
    String id = data.pickValue(IDS);
    try {
      switch (kind) {
        case 0 -> {
          ModelDefinition model = model(id, data);
          registry.register(model);
          visible.put(model.id(), model);
        }
        case 1 -> {
          ModelDefinition model = model(id, data);
          registry.replace(model);
          visible.put(model.id(), model);
        }
        case 2 -> {
          ModelDefinition removed = byIdOrAlias(visible, id);
          assertEquals(removed != null, registry.remove(id), "remove(" + id + ") reports what was visible");
          if (removed != null) {
            visible.remove(removed.id());
          }
        }
        case 3 -> {
          if (registry.restoreCompiled(id)) {
            ModelDefinition compiled = COMPILED_BY_ID.get(id);
            assertNotNull(compiled, "restoreCompiled(" + id + ") restored what no catalog has");
            visible.put(id, compiled);
          }
        }
        case 4 -> {
          List<ModelDefinition> batch = List.of(model(id, data), model(data.pickValue(IDS), data));
          registry.registerAll(batch);
          batch.forEach(model -> visible.put(model.id(), model));
        }
        default -> {
          List<ModelDefinition> put = data.consumeBoolean() ? List.of(model(id, data)) : List.of();
          String gone = data.pickValue(IDS);
          registry.applyChanges(put, List.of(gone));
          visible.remove(gone);
          put.forEach(model -> visible.put(model.id(), model));
        }
      }
      return "write " + kind + " of " + id + " done";
    } catch (ModelConflictException | UnknownModelException | InvalidModelException e) {
      // Refused (or a model the rules refuse, an alias equal to its own id): the registry must be as it was, which
      // the check after this write compares.
      return "write " + kind + " of " + id + " refused (" + e.getMessage() + ")";
    }
  }

  /** The model with this exact id, else the one with this alias, among those visible. */
  private static ModelDefinition byIdOrAlias(Map<String, ModelDefinition> visible, String idOrAlias) {
    ModelDefinition exact = visible.get(idOrAlias);
    if (exact != null) {
      return exact;
    }
    return visible.values().stream().filter(m -> m.aliases().contains(idOrAlias)).findFirst().orElse(null);
  }

  private static void check(ModelRegistry registry, TreeMap<String, ModelDefinition> visible, ModelQuery query,
      String done) {
    List<ModelDefinition> expected = List.copyOf(visible.values());
    assertEquals(expected, registry.all(), done);
    for (ModelDefinition model : expected) {
      assertEquals(Optional.of(model), registry.find(model.id()), done);
    }
    for (String id : IDS) {
      registry.find(id).ifPresent(found -> assertTrue(visible.containsKey(found.id()), done + ": found " + found));
    }
    List<String> matching = expected.stream().filter(query::matches).map(ModelDefinition::id)
        .collect(Collectors.toList());
    assertEquals(matching, registry.listModelIds(query), done + ", " + query);
    assertEquals(matching, registry.listModelIds(query), done + ", " + query + ", from the cache");
    RegistryStats stats = registry.stats();
    assertEquals(expected.size(), stats.totalModels(), done);
    Map<Capability, List<String>> matrix = registry.capabilityMatrix();
    for (Capability capability : CAPABILITIES) {
      assertEquals(expected.stream().filter(m -> m.capabilities().has(capability)).map(ModelDefinition::id)
          .collect(Collectors.toList()), matrix.get(capability), done + ", " + capability);
    }
  }

  /**
   * The whole resolution of a spelling (exact, normalized, fuzzy) and the suggestions for it: only models the writes
   * left visible, though the fuzzy index was built for an earlier state.
   */
  private static void checkResolution(ModelRegistry registry, Map<String, ModelDefinition> visible, String spelling,
      String done) {
    String context = done + ", resolving " + spelling;
    registry.get(spelling).ifPresent(found -> assertTrue(visible.containsKey(found.id()), context + ": " + found));
    registry.match(spelling).ifPresent(m -> assertTrue(visible.containsKey(m.modelId()), context + ": " + m));
    for (String id : registry.suggest(spelling, 5)) {
      assertTrue(visible.containsKey(id), context + ": suggested " + id);
    }
  }

  /** One of the ids, as written or with one character dropped, doubled or changed: a typo of a model's id. */
  private static String misspelt(FuzzedDataProvider data) {
    String id = data.pickValue(IDS);
    int at = data.consumeInt(0, id.length() - 1);
    return switch (data.consumeInt(0, 3)) {
      case 0 -> id;
      case 1 -> id.substring(0, at) + id.substring(at + 1);
      case 2 -> id.substring(0, at + 1) + id.substring(at);
      default -> id.substring(0, at) + data.consumeChar() + id.substring(at + 1);
    };
  }

  private static ModelQuery query(FuzzedDataProvider data) {
    ModelQuery.Builder builder = ModelQuery.builder();
    for (Capability capability : CAPABILITIES) {
      int pick = data.consumeInt(0, 3);
      if (pick == 1) {
        builder.require(capability);
      } else if (pick == 2) {
        builder.exclude(capability);
      }
    }
    if (data.consumeBoolean()) {
      // A window some model has, one above it, or any: the floor keeps models at it and drops those under it.
      builder.minContextWindow(WINDOWS[data.consumeInt(0, WINDOWS.length - 1)] + data.consumeInt(0, 1));
    }
    if (data.consumeBoolean()) {
      builder.ownedBy(data.consumeBoolean() ? "acme" : "ACME");
    }
    if (data.consumeBoolean()) {
      builder.provider(data.consumeBoolean() ? "alpha" : "BETA");
    }
    return builder.build();
  }

  /** A run-time model with this id whose capabilities, window, owner and aliases the fuzzer chooses. */
  private static ModelDefinition model(String id, FuzzedDataProvider data) {
    List<String> aliases = data.consumeBoolean() ? List.of(data.pickValue(ALIASES)) : List.of();
    return model(id, data.consumeBoolean() ? "alpha" : "gamma", data.consumeLong(),
        WINDOWS[data.consumeInt(0, WINDOWS.length - 1)], aliases);
  }

  /** A valid model: the capabilities the bits choose, a task always (chat, else completion), MoE with its config. */
  private static ModelDefinition model(String id, String provider, long bits, int window, List<String> aliases) {
    List<Capability> has = new ArrayList<>();
    for (int i = 0; i < CAPABILITIES.length; i++) {
      if ((bits >>> i & 1) != 0) {
        has.add(CAPABILITIES[i]);
      }
    }
    if (!has.contains(Capability.CHAT)) {
      has.add(Capability.COMPLETION);
    }
    ModelDefinition.Builder model = ModelDefinition.builder(id).provider(provider).contextWindow(window)
        .ownedBy((bits >>> 8 & 1) == 0 ? "acme" : "other").aliases(aliases.toArray(new String[0]))
        .capabilities(Capabilities.of(has.toArray(new Capability[0])));
    if (has.contains(Capability.MOE)) {
      model.moe(MoEConfig.sparse(47_000_000_000L, 13_000_000_000L, 8, 2));
    }
    return model.build();
  }
}
