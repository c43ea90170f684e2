package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryResolutionTest {

  /** Shared by the tests, so it remembers no spelling ({@link TestCatalogs#unmemoizedRegistryOf}). */
  private static final ModelRegistry REGISTRY = TestCatalogs.unmemoizedRegistryOf(
      "gpt-4o", "gpt-4o-mini", "gpt-4", "gpt-4.1", "o1", "o3-mini",
      "claude-3-opus-20240229", "claude-3-5-sonnet-20241022", "claude-3-5-sonnet-20240620",
      "claude-3-5-haiku-20241022", "claude-sonnet-4-20250514",
      "meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-70B-Instruct",
      "mistral-medium-2505", "mistral-medium-2508", "mistral-medium-latest",
      "pixtral-large-latest", "open-mixtral-8x7b", "text-embedding-3-small");

  private static String resolved(String query) {
    return REGISTRY.get(query).map(ModelDefinition::id).orElse("-");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "gpt-4o, gpt-4o",
      "GPT_4O, gpt-4o",
      "gpt4o, gpt-4o",
      "gpt-4o-2024-08-06, gpt-4o",
      "openai/gpt-4o, gpt-4o",
      "azure/gpt-4o-mini-2024-07-18, gpt-4o-mini",
      "gpt-4-0613, gpt-4",
      "o1-2024-12-17, o1",
      "claude-3-opus, claude-3-opus-20240229",
      "claude-3-opus-latest, claude-3-opus-20240229",
      "anthropic.claude-3-5-haiku-20241022-v1:0, claude-3-5-haiku-20241022",
      "bedrock/anthropic.claude-3-5-sonnet-20241022-v2:0, claude-3-5-sonnet-20241022",
      "claude-3-5-haiku@20241022, claude-3-5-haiku-20241022",
      "claude-4-sonnet, claude-sonnet-4-20250514",
      "meta_llama/Llama_3.1_8B, meta-llama/Llama-3.1-8B-Instruct",
      "llama-3.1-70b-instruct, meta-llama/Llama-3.1-70B-Instruct",
      "meta.llama3-1-70b-instruct-v1:0, meta-llama/Llama-3.1-70B-Instruct",
      "cluade-3-opus, claude-3-opus-20240229",
      "gpt-4o-mnii, gpt-4o-mini",
      "text-embeding-3-small, text-embedding-3-small",
      "mistral-medium, mistral-medium-latest",
  })
  void get_resolvesVariantsOfKnownModels(String query, String expected) {
    assertEquals(expected, resolved(query));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "gpt-5", "gpt-4.5", "gpt-4o-nano", "gpt-5o", "o2", "o3", "o1-mini", "o3-mini-high",
      "llama-3.1-405b-instruct", "llama-3.2-8b-instruct", "claude-3-sonnet", "claude-3-haiku",
      "claude-sonnet-4-5", "claude-3-7-sonnet", "mixtral-large-latest", "mistral-large", "text-embedding-3-large",
      "claude-3-5-sonnet", "totally-unknown-model", "gpt", "x"})
  void get_refusesLookAlikesAndAmbiguousQueries(String query) {
    assertEquals("-", resolved(query));
  }

  @Test
  void get_withoutFuzzy_resolvesOnlyExactAndNormalized() {
    assertEquals(Optional.empty(), REGISTRY.get("gpt-4o-2024-08-06", false));
    assertEquals("gpt-4o", REGISTRY.get("GPT-4o", false).orElseThrow().id());
  }

  @Test
  void get_exactHit_isTheSameInstanceFindReturns() {
    assertSame(REGISTRY.find("gpt-4o").orElseThrow(), REGISTRY.get("gpt-4o").orElseThrow());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "gpt-4o, EXACT",
      "GPT_4O, NORMALIZED",
      "gpt-4o-2024-08-06, VARIANT",
      "claude-4-sonnet, VARIANT",
      "cluade-3-opus, EDIT_DISTANCE",
  })
  void match_reportsStrategy(String query, MatchStrategy strategy) {
    MatchResult result = REGISTRY.match(query).orElseThrow();
    assertEquals(strategy, result.strategy());
    assertEquals(Discovery.normalizeModelId(query), result.normalizedQuery());
    assertTrue(result.confidence() > 0 && result.confidence() <= 1);
  }

  @Test
  void match_confidenceFallsWithEachStep() {
    double exact = REGISTRY.match("gpt-4o").orElseThrow().confidence();
    double variant = REGISTRY.match("gpt-4o-2024-08-06").orElseThrow().confidence();
    double typo = REGISTRY.match("cluade-3-opus").orElseThrow().confidence();
    assertTrue(exact > variant && variant > typo, exact + " > " + variant + " > " + typo);
  }

  @Test
  void match_alias_isAlias() {
    ModelRegistry registry = ModelRegistry.builder().addCatalogs(TestCatalogs.of("t", List.of(
        ModelDefinition.builder("gpt-4o").aliases("omni").contextWindow(8192).build()))).build();
    MatchResult result = registry.match("omni").orElseThrow();
    assertEquals(MatchStrategy.ALIAS, result.strategy());
    assertEquals("gpt-4o", result.modelId());
  }

  @Test
  void require_unknown_throwsWithSuggestions() {
    UnknownModelException e = assertThrows(UnknownModelException.class, () -> REGISTRY.require("gpt-5"));
    assertEquals("gpt-5", e.query());
    assertFalse(e.suggestions().isEmpty());
    assertTrue(e.suggestions().get(0).startsWith("gpt-"), e.suggestions().toString());
    assertTrue(e.getMessage().contains("did you mean '" + e.suggestions().get(0) + "'"), e.getMessage());
  }

  @Test
  void require_ambiguous_suggestsBothCandidates() {
    UnknownModelException e = assertThrows(UnknownModelException.class,
        () -> REGISTRY.require("claude-3-5-sonnet"));
    assertTrue(e.suggestions().containsAll(List.of("claude-3-5-sonnet-20241022", "claude-3-5-sonnet-20240620")),
        e.suggestions().toString());
  }

  @Test
  void require_known_returnsModel() {
    assertEquals("gpt-4o", REGISTRY.require("openai/gpt-4o").id());
  }

  @Test
  void get_fineTuned_derivesFromBase() {
    ModelDefinition ft = REGISTRY.get("ft:gpt-4o-mini:acme::abc123").orElseThrow();
    ModelDefinition base = REGISTRY.find("gpt-4o-mini").orElseThrow();
    assertEquals("ft:gpt-4o-mini:acme::abc123", ft.id());
    assertEquals("acme", ft.ownedBy());
    assertEquals(Optional.of("gpt-4o-mini"), ft.baseModel());
    assertEquals(Optional.of("gpt-4o-mini"), ft.parent());
    assertEquals(Optional.of("gpt-4o-mini"), ft.root());
    assertEquals(base.capabilities(), ft.capabilities());
    assertTrue(ft.isFineTuned());
    assertSame(ft, REGISTRY.get("ft:gpt-4o-mini:acme::abc123").orElseThrow(), "derived once, then reused");
    assertEquals(MatchStrategy.FINE_TUNED, REGISTRY.match("ft:gpt-4o-mini:acme::abc123").orElseThrow().strategy());
  }

  @Test
  void get_fineTunedOfSnapshot_resolvesBaseThroughFuzzy() {
    ModelDefinition ft = REGISTRY.get("ft:gpt-4o-mini-2024-07-18:acme:support:j1").orElseThrow();
    assertEquals(Optional.of("gpt-4o-mini"), ft.baseModel());
  }

  @Test
  void get_fineTunedOfUnknownBase_isEmpty() {
    assertEquals(Optional.empty(), REGISTRY.get("ft:gpt-9:acme::abc"));
  }

  @Test
  void get_registeredAtRunTime_isFoundFuzzily() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    registry.register(ModelDefinition.builder("acme-writer-large").contextWindow(4096).build());
    assertEquals("acme-writer-large", registry.get("acme-writer-large-2025-01-01").orElseThrow().id());
    assertEquals("acme-writer-large", registry.get("acme-wirter-large").orElseThrow().id());
  }

  @Test
  void get_afterRemove_doesNotFindRemovedModelFuzzily() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o", "claude-3-opus-20240229");
    assertTrue(registry.get("claude-3-opus").isPresent());
    registry.remove("claude-3-opus-20240229");
    assertEquals(Optional.empty(), registry.get("claude-3-opus"));
    assertEquals(Optional.empty(), registry.get("cluade-3-opus-20240229"));
  }

  @Test
  void get_runtimeModelSharingACore_makesQueryAmbiguous() {
    ModelRegistry registry = TestCatalogs.registryOf("acme-model-20240101");
    assertTrue(registry.get("acme-model").isPresent());
    registry.register(ModelDefinition.builder("acme-model-20250101").contextWindow(4096).build());
    assertEquals(Optional.empty(), registry.get("acme-model"));
  }

  @Test
  void get_learnedMatch_isFollowed() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o", "claude-3-opus-20240229");
    assertEquals(Optional.empty(), registry.get("house-model"));
    registry.matcher().recordSuccess("house-model", "claude-3-opus-20240229");
    assertEquals("claude-3-opus-20240229", registry.get("house-model").orElseThrow().id());
    assertEquals(MatchStrategy.LEARNED, registry.match("HOUSE_MODEL").orElseThrow().strategy());
  }

  @Test
  void get_nullOrBlank_isEmpty() {
    assertEquals(Optional.empty(), REGISTRY.get(null));
    assertEquals(Optional.empty(), REGISTRY.get("  "));
    assertEquals(Optional.empty(), REGISTRY.match("///"));
  }

  @Test
  void search_multiWord_ranksByIdThenCapability() {
    ModelRegistry registry = ModelRegistry.builder().addCatalogs(TestCatalogs.of("t", List.of(
        ModelDefinition.builder("llama-3.1-8b").contextWindow(8192).build(),
        ModelDefinition.builder("deepseek-r1-distill-llama-70b").preset(CapabilityPreset.REASONING)
            .contextWindow(8192).build(),
        ModelDefinition.builder("o1").preset(CapabilityPreset.REASONING).contextWindow(8192).build(),
        ModelDefinition.builder("mixtral-8x7b").moe(MoEConfig.sparse(46_700_000_000L, 12_900_000_000L, 8, 2))
            .contextWindow(8192).build(),
        ModelDefinition.builder("mistral-7b").description("dense model, not a mixture").contextWindow(8192)
            .build()))).build();
    assertEquals(List.of("deepseek-r1-distill-llama-70b"), ids(registry.search("llama reasoning", 10)));
    assertEquals(List.of("mixtral-8x7b"), ids(registry.search("mixtral moe", 10)));
    assertEquals(List.of("deepseek-r1-distill-llama-70b", "o1"), ids(registry.search("reasoning", 10)));
    assertEquals(List.of("deepseek-r1-distill-llama-70b"), ids(registry.search("reasoning", 1)));
    assertEquals(List.of(), registry.search("  ", 10));
    assertThrows(IllegalArgumentException.class, () -> registry.search("llama", -1));
  }

  @Test
  void search_wordAsAnIdIsWritten_findsTheModel() {
    ModelRegistry registry = ModelRegistry.builder().addCatalogs(TestCatalogs.of("t", List.of(
        ModelDefinition.builder("meta-llama/Llama-3.1-8B-Instruct").name("Llama 3.1 8B Instruct")
            .contextWindow(8192).build(),
        ModelDefinition.builder("meta-llama/Llama-3.1-70B-Instruct").name("Llama 3.1 70B Instruct")
            .contextWindow(8192).build(),
        ModelDefinition.builder("claude-3-5-sonnet-20241022").name("Claude 3.5 Sonnet").contextWindow(8192).build(),
        ModelDefinition.builder("gpt-4o-mini").name("GPT-4o mini").contextWindow(8192).build()))).build();
    // Neither the lower-cased text ("llama 3.1 8b instruct") nor the normalized id ("...-llama-3-1-8b-...") holds
    // these words as typed; their normalized forms are in the id.
    assertEquals(List.of("meta-llama/Llama-3.1-8B-Instruct"), ids(registry.search("Llama-3.1-8B", 10)));
    assertEquals(List.of("meta-llama/Llama-3.1-70B-Instruct", "meta-llama/Llama-3.1-8B-Instruct"),
        ids(registry.search("Llama-3.1", 10)));
    assertEquals(List.of("claude-3-5-sonnet-20241022"), ids(registry.search("claude-3.5-sonnet", 10)));
    assertEquals(List.of("meta-llama/Llama-3.1-8B-Instruct"), ids(registry.search("llama_3.1_8b instruct", 10)));
    assertEquals(List.of(), registry.search("Llama-3.2", 10), "a normalized form still has to be in an id");
  }

  @Test
  void search_followsWritesAndWeighsFields() {
    ModelRegistry registry = ModelRegistry.builder().addCatalogs(TestCatalogs.of("t", List.of(
        ModelDefinition.builder("llama-3.1-8b").contextWindow(8192).build()))).build();
    assertEquals(List.of("llama-3.1-8b"), ids(registry.search("llama", 10)));
    // Searched once, then written to: the next search sees the write.
    registry.register(ModelDefinition.builder("acme/house-llama").name("House Llama").tags("Internal")
        .description("our own llama fine-tune").contextWindow(8192).build());
    assertEquals(List.of("acme/house-llama"), ids(registry.search("llama internal", 10)));
    assertEquals(List.of("acme/house-llama"), ids(registry.search("fine-tune", 10)));
    registry.remove("llama-3.1-8b");
    assertEquals(List.of("acme/house-llama"), ids(registry.search("llama", 10)));
    // An id word (3) outranks a tag (2), a name (1) and a description (0.5).
    registry.register(ModelDefinition.builder("internal-chat").contextWindow(8192).build());
    registry.register(ModelDefinition.builder("zeta").description("for internal use").contextWindow(8192).build());
    assertEquals(List.of("internal-chat", "acme/house-llama", "zeta"), ids(registry.search("internal", 10)));
  }

  @Test
  void search_nameOutranksDescription_eachReadInItsOwnSection() {
    // Ids in the opposite order of the expected ranking: a description hit read as a name hit would tie, and the
    // tie would put aa-desc first.
    ModelRegistry registry = ModelRegistry.builder().addCatalogs(TestCatalogs.of("t", List.of(
        ModelDefinition.builder("zz-name").name("Quasar Chat").description("plain").contextWindow(8192).build(),
        ModelDefinition.builder("aa-desc").name("Plain").description("a quasar-like model").contextWindow(8192)
            .build(),
        ModelDefinition.builder("mm-none").name("Nebula").description("nothing here").contextWindow(8192)
            .build()))).build();
    assertEquals(List.of("zz-name", "aa-desc"), ids(registry.search("quasar", 10)));
    assertEquals(List.of("mm-none"), ids(registry.search("nebula", 10)), "a name hit");
    assertEquals(List.of("mm-none"), ids(registry.search("nothing", 10)), "a description hit");
  }

  private static List<String> ids(List<ModelDefinition> models) {
    return models.stream().map(ModelDefinition::id).toList();
  }
}
