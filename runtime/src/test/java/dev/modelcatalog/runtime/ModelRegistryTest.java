package dev.modelcatalog.runtime;

import static dev.modelcatalog.runtime.TestCatalogs.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelRegistryTest {

  static final ModelDefinition GPT_4O = ModelDefinition.builder("gpt-4o").provider("openai")
      .preset(CapabilityPreset.VISION).contextWindow(128_000).maxOutputTokens(16_384)
      .aliases("gpt-4o-2024-08-06").tags("flagship").pricing(2.5, 10).build();
  static final ModelDefinition GPT_4O_MINI = ModelDefinition.builder("gpt-4o-mini").provider("openai")
      .preset(CapabilityPreset.VISION).contextWindow(128_000).pricing(0.15, 0.6).build();
  static final ModelDefinition EMBED = ModelDefinition.builder("text-embedding-3-small").provider("openai")
      .preset(CapabilityPreset.EMBEDDINGS).contextWindow(8191).build();
  static final ModelDefinition LLAMA = ModelDefinition.builder("meta-llama/Llama-3.1-8B-Instruct").provider("meta")
      .contextWindow(131_072).tags("open-weights").build();
  static final ModelDefinition R1 = ModelDefinition.builder("deepseek-ai/DeepSeek-R1").provider("deepseek")
      .preset(CapabilityPreset.REASONING).contextWindow(65_536).tags("open-weights").build();

  FixtureCatalog openai;
  ModelRegistry registry;

  @BeforeEach
  void setUp() {
    openai = new FixtureCatalog("openai", GPT_4O, GPT_4O_MINI, EMBED);
    registry = ModelRegistry.builder()
        .addCatalogs(openai, new FixtureCatalog("meta", LLAMA), new FixtureCatalog("deepseek", R1))
        .build();
  }

  /** {@code of} is the builder with its defaults: the same lookups, auto-creation on, spellings remembered. */
  @Test
  void catalogs_areInProviderIdOrder_andCatalogsOfOneProviderKeepTheirOrder() {
    ModelCatalog beta = new FixtureCatalog("beta", List.of(ModelDefinition.builder("b-model").contextWindow(8192)
        .build()));
    ModelCatalog first = new FixtureCatalog("acme", List.of(ModelDefinition.builder("a-one").contextWindow(8192)
        .build()));
    ModelCatalog second = new FixtureCatalog("acme", List.of(ModelDefinition.builder("a-two").contextWindow(8192)
        .build()));
    assertEquals(List.of(first, second, beta), ModelRegistry.of(beta, first, second).catalogs());
    assertEquals(List.of(second, first, beta), ModelRegistry.of(second, beta, first).catalogs());
  }

  @Test
  void of_isTheBuilderWithItsDefaults() {
    ModelRegistry named = ModelRegistry.of(new FixtureCatalog("openai", GPT_4O, GPT_4O_MINI, EMBED),
        new FixtureCatalog("meta", LLAMA), new FixtureCatalog("deepseek", R1));
    assertEquals(registry.size(), named.size());
    for (String query : List.of("gpt-4o", "gpt-4o-2024-08-06", "GPT_4O", "gpt4omini", "llama-3.1-8b-instruct",
        "no-such-model")) {
      assertEquals(registry.find(query), named.find(query), query);
    }
    Optional<ModelDefinition> upper = named.find("GPT_4O");
    assertSame(upper, named.find("GPT_4O"), "the spelling is remembered, as by default");
    assertEquals("acme/new-model", named.getOrCreate("acme/new-model").id(), "auto-creation is on");
    assertThrows(NullPointerException.class, () -> ModelRegistry.of(openai, null));
    assertThrows(IllegalStateException.class, () -> ModelRegistry.of(openai, new FixtureCatalog("other", GPT_4O)));
  }

  @Test
  void find_exactId() {
    assertSame(GPT_4O, registry.find("gpt-4o").orElseThrow());
    assertSame(LLAMA, registry.find("meta-llama/Llama-3.1-8B-Instruct").orElseThrow());
  }

  @Test
  void find_exactHit_returnsTheModelsOwnOptional() {
    Optional<ModelDefinition> first = registry.find("gpt-4o");
    assertSame(first, registry.find("gpt-4o"), "a hit must not allocate a new Optional");
  }

  @Test
  void find_alias() {
    assertSame(GPT_4O, registry.find("gpt-4o-2024-08-06").orElseThrow());
  }

  @Test
  void find_normalizedId() {
    assertSame(GPT_4O, registry.find("GPT_4O").orElseThrow());
    assertSame(LLAMA, registry.find("meta_llama/Llama_3.1_8B_Instruct").orElseThrow());
    assertSame(LLAMA, registry.find("llama-3.1-8b-instruct").orElseThrow());
    assertSame(R1, registry.find("  DeepSeek-R1 ").orElseThrow());
  }

  @Test
  void find_compactKey() {
    assertSame(GPT_4O, registry.find("gpt4o").orElseThrow());
    assertSame(GPT_4O_MINI, registry.find("GPT4oMini").orElseThrow());
  }

  @Test
  void find_unknownOrNull_isEmpty() {
    assertEquals(Optional.empty(), registry.find("gpt-5"));
    assertEquals(Optional.empty(), registry.find(""));
    assertEquals(Optional.empty(), registry.find(null));
    assertFalse(registry.contains("gpt4"));
  }

  @Test
  void find_compactKeySharedByTwoModels_findsNeither() {
    ModelRegistry shared = ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("x", model("gpt-4-o"), model("gpt-4o"))).build();
    assertEquals("gpt-4o", shared.find("gpt-4o").orElseThrow().id());
    assertEquals("gpt-4-o", shared.find("GPT_4_O").orElseThrow().id());
    assertEquals(Optional.empty(), shared.find("gpt4o"), "the compact key belongs to two models");
  }

  @Test
  void find_doesNotBuildModelsItDoesNotReturn() {
    registry.find("gpt-4o");
    assertEquals(1, openai.modelCalls);
    registry.find("nothing-like-it");
    assertEquals(1, openai.modelCalls);
  }

  @Test
  void register_addsAModelFoundByEveryKey() {
    ModelDefinition custom = model("acme/my-model-7b", "mm7");
    registry.register(custom);
    assertSame(custom, registry.find("acme/my-model-7b").orElseThrow());
    assertSame(custom, registry.find("mm7").orElseThrow());
    assertSame(custom, registry.find("MY_MODEL_7B").orElseThrow());
    assertSame(custom, registry.find("mymodel7b").orElseThrow());
    assertEquals(6, registry.size());
  }

  @Test
  void register_clashingId_isRejectedNamingTheOtherModel() {
    ModelConflictException e = assertThrows(ModelConflictException.class, () -> registry.register(model("gpt-4o")));
    assertEquals("gpt-4o", e.existingModelId());
    assertEquals("id", e.field());
    assertEquals(5, registry.size());
  }

  @Test
  void register_clashingAlias_isRejected() {
    ModelConflictException e = assertThrows(ModelConflictException.class,
        () -> registry.register(model("new-model", "other", "gpt-4o-2024-08-06")));
    assertEquals("aliases[1]", e.field());
    assertEquals("gpt-4o", e.existingModelId());
    assertFalse(registry.contains("new-model"));
  }

  @Test
  void register_clashingNormalizedId_isRejected() {
    ModelConflictException e = assertThrows(ModelConflictException.class,
        () -> registry.register(model("openai/GPT-4o")));
    assertEquals("normalized id", e.field());
    assertEquals("gpt-4o", e.key());
    assertEquals("gpt-4o", e.existingModelId());
  }

  @Test
  void registerAll_isAllOrNothing() {
    List<ModelDefinition> batch = List.of(model("one"), model("two"), model("one-b", "two"));
    assertThrows(ModelConflictException.class, () -> registry.registerAll(batch));
    assertFalse(registry.contains("one"), "nothing from a failed batch is registered");
    assertEquals(5, registry.size());

    registry.registerAll(List.of(model("one"), model("two")));
    assertTrue(registry.contains("one"));
    assertTrue(registry.contains("two"));
  }

  @Test
  void replace_shadowsACompiledModel() {
    ModelDefinition cheaper = GPT_4O.toBuilder().pricing(1, 4).build();
    registry.replace(cheaper);
    assertSame(cheaper, registry.find("gpt-4o").orElseThrow());
    assertSame(cheaper, registry.find("gpt-4o-2024-08-06").orElseThrow());
    assertSame(cheaper, registry.find("gpt4o").orElseThrow());
    assertEquals(5, registry.size());
    assertEquals(1, registry.listModels(ModelQuery.builder().ownedBy("openai").tags("flagship").build()).size());
  }

  @Test
  void replace_unknownModel_throws() {
    assertThrows(UnknownModelException.class, () -> registry.replace(model("nope")));
  }

  @Test
  void runtimeChanges_listsRemovedCompiledIds_notReplacedOnes_andForgetsRestoredOnes() {
    assertEquals(new RuntimeChanges(List.of(), List.of()), registry.runtimeChanges());
    ModelDefinition cheaper = GPT_4O.toBuilder().pricing(1, 4).build();
    registry.replace(cheaper);
    assertTrue(registry.remove("gpt-4o-mini"));
    registry.register(model("acme-new"));
    assertTrue(registry.remove("acme-new"), "a run-time model is dropped, not listed as removed");
    assertEquals(new RuntimeChanges(List.of(cheaper), List.of("gpt-4o-mini")), registry.runtimeChanges());
    assertTrue(registry.remove("gpt-4o"), "removing the replacement hides the compiled model too");
    assertEquals(new RuntimeChanges(List.of(), List.of("gpt-4o", "gpt-4o-mini")), registry.runtimeChanges());
    assertTrue(registry.restoreCompiled("gpt-4o-mini"));
    assertEquals(List.of("gpt-4o"), registry.runtimeChanges().removedCompiledIds());
  }

  @Test
  void restoreCompiled_undoesAReplacementOrARemovalWithoutARuntimeCopy() {
    registry.replace(GPT_4O.toBuilder().pricing(1, 4).build());
    assertTrue(registry.restoreCompiled("gpt-4o"));
    assertSame(GPT_4O, registry.find("gpt-4o").orElseThrow());
    assertEquals(List.of(), registry.runtimeModels());
    assertTrue(registry.remove("gpt-4o"));
    assertTrue(registry.restoreCompiled("gpt-4o"));
    assertSame(GPT_4O, registry.find("gpt-4o-2024-08-06").orElseThrow());
    assertEquals(List.of(), registry.runtimeModels());
    assertEquals(5, registry.size());
    assertFalse(registry.restoreCompiled("gpt-4o"), "visible as compiled already");
    assertFalse(registry.restoreCompiled("gpt-4o-2024-08-06"), "an alias is no compiled id");
    assertFalse(registry.restoreCompiled("nope"));
  }

  @Test
  void restoreCompiled_aKeyTakenAtRunTime_throwsAndChangesNothing() {
    registry.remove("gpt-4o");
    ModelDefinition taker = model("taker", "gpt-4o-2024-08-06");
    registry.register(taker);
    assertThrows(ModelConflictException.class, () -> registry.restoreCompiled("gpt-4o"));
    assertEquals(Optional.empty(), registry.find("gpt-4o"));
    assertSame(taker, registry.find("gpt-4o-2024-08-06").orElseThrow());
  }

  @Test
  void replace_idThatIsAnotherModelsAlias_throwsAndKeepsThatModel() {
    // gpt-4o-2024-08-06 is an alias of gpt-4o: no model has it as its id, so there is nothing to replace.
    ModelDefinition byAlias = model("gpt-4o-2024-08-06");
    assertThrows(UnknownModelException.class, () -> registry.replace(byAlias));
    assertThrows(ModelConflictException.class, () -> registry.putAll(List.of(byAlias)));
    assertThrows(ModelConflictException.class, () -> registry.applyChanges(List.of(byAlias), List.of()));
    assertThrows(ModelConflictException.class, () -> registry.checkPutAll(List.of(byAlias)));
    assertSame(GPT_4O, registry.find("gpt-4o").orElseThrow());
    assertSame(GPT_4O, registry.find("gpt-4o-2024-08-06").orElseThrow());
    assertEquals(5, registry.size());
  }

  @Test
  void remove_hidesACompiledModelFromEveryKeyAndQuery() {
    assertTrue(registry.remove("gpt-4o"));
    assertEquals(Optional.empty(), registry.find("gpt-4o"));
    assertEquals(Optional.empty(), registry.find("gpt-4o-2024-08-06"));
    assertEquals(Optional.empty(), registry.find("GPT_4O"));
    assertEquals(Optional.empty(), registry.find("gpt4o"));
    assertFalse(registry.listModelIds(ModelQuery.ALL).contains("gpt-4o"));
    assertEquals(4, registry.size());
    assertEquals(4, registry.stats().totalModels());
    assertFalse(registry.remove("gpt-4o"), "already removed");
    registry.register(model("gpt-4o"));
    assertEquals(4096, registry.find("gpt-4o").orElseThrow().contextWindow(), "the id is free again");
  }

  @Test
  void remove_hidesACompiledModelThatEarlierHitsKeptWithItsKeys() {
    // Hits keep the definition with its key, where later hits read it first: removal must still win over that.
    String copy = new String("gpt-4o".toCharArray());
    ModelDefinition found = registry.find("gpt-4o").orElseThrow();
    assertSame(found, registry.find(copy).orElseThrow());
    assertSame(found, registry.find("gpt-4o-2024-08-06").orElseThrow());
    assertTrue(registry.remove("gpt-4o"));
    assertEquals(Optional.empty(), registry.find("gpt-4o"));
    assertEquals(Optional.empty(), registry.find(copy));
    assertEquals(Optional.empty(), registry.find("gpt-4o-2024-08-06"));
    registry.register(model("gpt-4o"));
    assertEquals(4096, registry.find(copy).orElseThrow().contextWindow(), "the run-time model, not the compiled one");
  }

  @Test
  void remove_dropsARuntimeModel() {
    registry.register(model("temp", "tmp-alias"));
    assertTrue(registry.remove("tmp-alias"));
    assertFalse(registry.contains("temp"));
    assertFalse(registry.remove("temp"));
  }

  @Test
  void listModels_byCapabilityOwnerAndTags() {
    assertEquals(List.of("deepseek-ai/DeepSeek-R1"),
        registry.listModelIds(ModelQuery.builder().require(Capability.REASONING).build()));
    assertEquals(List.of("gpt-4o", "gpt-4o-mini"),
        registry.listModelIds(ModelQuery.builder().require(Capability.VISION).build()));
    assertEquals(List.of("deepseek-ai/DeepSeek-R1", "meta-llama/Llama-3.1-8B-Instruct"),
        registry.listModelIds(ModelQuery.builder().require(Capability.CHAT).exclude(Capability.VISION).build()));
    assertEquals(List.of("gpt-4o", "gpt-4o-mini", "text-embedding-3-small"),
        registry.listModelIds(ModelQuery.builder().ownedBy("openai").build()));
    assertEquals(List.of("deepseek-ai/DeepSeek-R1", "meta-llama/Llama-3.1-8B-Instruct"),
        registry.listModelIds(ModelQuery.builder().tags("open-weights").build()));
    assertEquals(List.of(), registry.listModelIds(ModelQuery.builder().ownedBy("nobody").build()));
    assertEquals(List.of("meta-llama/Llama-3.1-8B-Instruct"), registry.listModelIds(
        ModelQuery.builder().tags("open-weights").exclude(Capability.REASONING).ownedBy("meta").build()));
  }

  @Test
  void listModels_includesRuntimeModels() {
    ModelDefinition custom = ModelDefinition.builder("acme-reasoner").ownedBy("acme")
        .preset(CapabilityPreset.REASONING).contextWindow(1000).build();
    registry.register(custom);
    assertEquals(List.of("acme-reasoner", "deepseek-ai/DeepSeek-R1"),
        registry.listModelIds(ModelQuery.builder().require(Capability.REASONING).build()));
    assertEquals(List.of(custom), registry.listModels(ModelQuery.builder().ownedBy("acme").build()));
  }

  @Test
  void stats_countsModelsAliasesCapabilitiesAndOwners() {
    registry.register(model("extra", "x1", "x2"));
    registry.remove("gpt-4o");
    RegistryStats stats = registry.stats();
    assertEquals(5, stats.totalModels());
    assertEquals(4, stats.compiledModels());
    assertEquals(1, stats.runtimeModels());
    assertEquals(2, stats.totalAliases(), "gpt-4o's alias is hidden with it");
    assertEquals(3, stats.catalogs());
    assertTrue(stats.autoCreate());
    assertEquals(1, stats.capabilities().get(Capability.VISION));
    assertEquals(1, stats.capabilities().get(Capability.EMBEDDINGS));
    assertEquals(0, stats.capabilities().get(Capability.RERANKING));
    assertEquals(Map.of("custom", 1, "deepseek", 1, "meta", 1, "openai", 2), stats.owners());
  }

  @Test
  void builder_definitionsClashingWithCatalogs_fail() {
    assertThrows(ModelConflictException.class, () -> ModelRegistry.builder().addCatalogs(
        new FixtureCatalog("openai", GPT_4O)).addDefinitions(model("gpt-4o-2024-08-06")).build());
  }

  @Test
  void builder_twoCatalogsDeclaringOneId_fail() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("a", model("same")), new FixtureCatalog("b", model("same"))).build());
    assertTrue(e.getMessage().contains("'same'"), e.getMessage());
    assertTrue(e.getMessage().startsWith("catalogs a and b both declare 'same'"), e.getMessage());
  }

  /** The same catalog twice (two instances of its class, as two class-path scans make) is told as such. */
  @Test
  void builder_oneCatalogTwice_saysSo() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("openai", GPT_4O), new FixtureCatalog("openai", GPT_4O)).build());
    assertEquals("the catalog " + FixtureCatalog.class.getName() + " of provider openai is added twice; add each"
        + " catalog once", e.getMessage());
  }

  @Test
  void builder_autoCreateFlag() {
    assertFalse(ModelRegistry.builder().autoCreate(false).build().autoCreate());
    assertEquals(0, ModelRegistry.builder().build().size());
  }
}
