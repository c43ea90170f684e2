package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.junit.jupiter.api.Test;

/**
 * The edges of fuzzy resolution's decisions, each on a catalog made for it: where one edit becomes two, how long a
 * core must be to be corrected, ties, the closest of several candidates, the undated key of a model reached through
 * several, and where suggestions come from. Every registry here remembers no spelling, so each query runs the steps.
 */
class ResolverEdgesTest {

  private static ModelRegistry registryOf(String... ids) {
    return TestCatalogs.unmemoizedRegistryOf(ids);
  }

  private static String resolved(ModelRegistry registry, String query) {
    return registry.get(query).map(ModelDefinition::id).orElse("-");
  }

  @Test
  void aCoreOfFiveCharactersIsCorrected_fourIsNot() {
    ModelRegistry registry = registryOf("gpt-4o", "gpt-4o-mini");
    assertEquals("gpt-4o", resolved(registry, "gtp-4o"), "gtp4o: five characters, one transposition");
    assertEquals("-", resolved(registry, "gt-4o"), "gt4o: four characters, one deletion, left alone");
    assertEquals(MatchStrategy.EDIT_DISTANCE, registry.match("gtp-4o").orElseThrow().strategy());
  }

  @Test
  void twoEditsFromTenCharacters_oneBelow() {
    // An 'a' dropped and a 'z' added: two edits, and both ids are candidates (one deletion from each side meets).
    DamerauLevenshteinDistance distance = new DamerauLevenshteinDistance();
    assertEquals(2, distance.apply("quntafluxz", "quantaflux"));
    assertEquals(2, distance.apply("quntaflxz", "quantaflx"));
    ModelRegistry registry = registryOf("quantaflux", "quantaflx");
    assertEquals("quantaflux", resolved(registry, "quntafluxz"), "ten characters: two edits allowed");
    assertEquals("-", resolved(registry, "quntaflxz"), "nine characters: one edit only");
  }

  @Test
  void aTypoThatDropsACharacter_isWithinOneEdit() {
    // The candidate is one character longer than the query: a length difference equal to the budget.
    ModelRegistry registry = registryOf("gpt-4o-mini", "gpt-4o");
    assertEquals("gpt-4o-mini", resolved(registry, "gpt-4o-mni"));
    assertEquals("gpt-4o-mini", resolved(registry, "gpt-4o-miini"));
  }

  @Test
  void twoModelsEquallyClose_resolveNothing() {
    ModelRegistry registry = registryOf("acme-lion", "acme-lien");
    assertEquals("-", resolved(registry, "acme-lian"), "one substitution from each");
    assertEquals("acme-lion", resolved(registry, "acme-loin"));
  }

  @Test
  void theClosestCandidateWins_overAFartherOneMetFirst() {
    // Both share a one-deletion string with the query (acmequantaflu), so both are candidates: the first in the
    // catalog is two edits away, the second one. The second is the answer, alone.
    DamerauLevenshteinDistance distance = new DamerauLevenshteinDistance();
    assertEquals(2, distance.apply("acmequantafluz", "acmequantaflqu"));
    assertEquals(1, distance.apply("acmequantafluz", "acmequantaflux"));
    ModelRegistry registry = registryOf("acme-quantaflqu", "acme-quantaflux");
    assertEquals("acme-quantaflux", resolved(registry, "acme-quantafluz"));
  }

  @Test
  void aModelReachedThroughADatedIdAndAnUndatedAlias_countsAsUndated() {
    // acme-x-latest reaches both models through their snapshot form acme-x: the first through its dated id and its
    // undated alias, the second through its dated id only. Exactly one of them is undated, so it wins.
    // Registered at run time, each model's id is indexed before its aliases, so the dated key is met first and
    // the undated one must take its place; compiled, the order is the key table's.
    List<ModelDefinition> models = List.of(
        ModelDefinition.builder("acme-x-2024-01-01").ownedBy("acme").contextWindow(8192).aliases("acme-x").build(),
        ModelDefinition.builder("acme-x-2023-01-01").ownedBy("acme").contextWindow(8192).build());
    ModelRegistry compiled = ModelRegistry.builder().spellingMemo(0).addCatalogs(TestCatalogs.of("test", models))
        .build();
    ModelRegistry runtime = registryOf("gpt-4o");
    models.forEach(runtime::register);
    for (ModelRegistry registry : List.of(compiled, runtime)) {
      assertEquals("acme-x-2024-01-01", resolved(registry, "acme-x-latest"));
      MatchResult match = registry.match("acme-x-latest").orElseThrow();
      assertEquals(MatchStrategy.VARIANT, match.strategy());
      assertEquals("acme-x", match.normalizedMatch(), "the undated key it was reached through");
    }
  }

  @Test
  void aStepThatFindsSeveralModels_endsResolution() {
    // acme-7b-latest reaches the two snapshots through its snapshot form, and neither is undated: ambiguous. The
    // core step would also reach meta-acme-7b-instruct (its core drops the org word and the neutral qualifier)
    // and settle on it as the only undated model, but resolution stops at the first step that finds anything.
    ModelRegistry registry = registryOf("acme-7b-2024-01-01", "acme-7b-2024-02-01", "meta-acme-7b-instruct");
    assertEquals("acme-7b", ModelIdForms.of("meta-acme-7b-instruct").core);
    assertEquals("-", resolved(registry, "acme-7b-latest"));
    assertEquals("meta-acme-7b-instruct", resolved(registry, "acme-7b-instruct"), "the core step alone");
  }

  @Test
  void anExactOrAliasMatchIsCertain_aNormalizedOneLess() {
    ModelRegistry registry = ModelRegistry.builder().spellingMemo(0).addCatalogs(TestCatalogs.of("test", List.of(
        ModelDefinition.builder("gpt-4o").ownedBy("openai").contextWindow(8192).aliases("omni").build()))).build();
    assertEquals(1.0, registry.match("gpt-4o").orElseThrow().confidence());
    assertEquals(1.0, registry.match("omni").orElseThrow().confidence());
    MatchResult normalized = registry.match("GPT_4O").orElseThrow();
    assertEquals(MatchStrategy.NORMALIZED, normalized.strategy());
    assertTrue(normalized.confidence() < 1.0, String.valueOf(normalized.confidence()));
  }

  @Test
  void exactAndNormalizedAnswers_buildNoFuzzyIndex() {
    ModelRegistry registry = registryOf("gpt-4o", "claude-3-opus");
    assertEquals("gpt-4o", resolved(registry, "gpt-4o"));
    assertEquals("gpt-4o", resolved(registry, "GPT_4O"));
    assertFalse(registry.resolverIfMade() != null && registry.resolverIfMade().fuzzyIndexBuilt());
    assertEquals("claude-3-opus", resolved(registry, "cluade-3-opus"));
    assertTrue(registry.resolverIfMade().fuzzyIndexBuilt());
  }

  @Test
  void modelsRegisteredAtRunTime_areEachFoundByTheirOwnTypo() {
    ModelRegistry registry = registryOf("gpt-4o");
    for (String id : List.of("zephyrine-alpha", "quillwort-beta", "marigold-gamma")) {
      registry.register(ModelDefinition.builder(id).ownedBy("acme").contextWindow(8192).build());
    }
    assertEquals("zephyrine-alpha", resolved(registry, "zephryine-alpha"));
    assertEquals("quillwort-beta", resolved(registry, "quilwort-beta"));
    assertEquals("marigold-gamma", resolved(registry, "marigold-gamam"));
  }

  @Test
  void suggestions_comeFromTyposToo_notOnlyFromTheFirstWord() {
    // The query's first word is itself a typo, so no id starts with it: only the delete tables find these.
    ModelRegistry registry = registryOf("claude-3-opus", "gpt-4o");
    assertEquals(List.of("claude-3-opus"), registry.suggest("cluade-3-opus", 5));
    registry.register(ModelDefinition.builder("zephyrine-7").ownedBy("acme").contextWindow(8192).build());
    assertEquals(List.of("zephyrine-7"), registry.suggest("zephryine-7", 5));
  }

  @Test
  void suggestions_leaveOutIdsThatOnlyShareTheFirstWord() {
    ModelRegistry registry = registryOf("gpt-4o", "gpt-4o-mini", "gpt-3.5-turbo-instruct");
    double similarity = Discovery.similarity("gptzzzzzzzzzzzz", "gpt", "gpt-3.5-turbo-instruct");
    assertTrue(similarity < Discovery.MIN_SUGGESTION_SIMILARITY, String.valueOf(similarity));
    assertFalse(registry.suggest("gpt-zzzzzzzzzzzz", 5).contains("gpt-3.5-turbo-instruct"));
    assertTrue(registry.suggest("gpt-4o-minu", 5).contains("gpt-4o-mini"));
  }
}
