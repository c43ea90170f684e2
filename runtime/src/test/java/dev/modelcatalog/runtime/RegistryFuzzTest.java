package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the registry's public parsing and lookup surfaces. A normal build runs each target
 * on its seeds ({@code RegistryFuzzTestInputs/<target>/} in the test resources); the {@code fuzz} profile runs
 * each for {@value FuzzRegistries#EXECUTIONS} generated inputs. Every target checks that only the documented
 * exceptions escape, and that the answers agree with each other.
 */
class RegistryFuzzTest {

  private static final ModelRegistry REGISTRY = FuzzRegistries.realistic();
  /** A registry whose auto-create store is small, so the fuzzer fills it and eviction runs all the time. */
  private static final ModelRegistry CREATING = FuzzRegistries.realistic();
  private static final int CREATE_LIMIT = 64;
  /**
   * Queries the lookup targets generate, at most: past the longest id, so every rule on length is crossed, and
   * short enough for a million runs in minutes. Queries up to and past {@link ModelRegistry#MAX_QUERY_LENGTH} are
   * QueryBoundsTest's.
   */
  private static final int MAX_FUZZ_QUERY = 320;

  static {
    CREATING.setAutoCreateLimit(CREATE_LIMIT, AutoCreatePolicy.EVICT_OLDEST);
  }

  @FuzzTest(maxExecutions = FuzzRegistries.EXECUTIONS, maxDuration = FuzzRegistries.MAX_DURATION)
  void normalizeModelId(FuzzedDataProvider data) {
    String id = data.consumeRemainingAsString();
    String normalized = Discovery.normalizeModelId(id);
    assertTrue(normalized.matches("([\\p{L}\\p{Nd}]+(-[\\p{L}\\p{Nd}]+)*)?"), normalized);
    assertEquals(normalized, Discovery.normalizeModelId(normalized), "normalizing is idempotent");
    String compact = Discovery.compactKey(id);
    assertEquals(normalized.replace("-", ""), compact);
    assertEquals(compact, Discovery.compactKey(compact));
    if (id.length() <= 4096) {
      assertEquals(normalizedAsSpecified(id), normalized, "as the Javadoc says, for " + id);
    }
  }

  /** The normalization its Javadoc states, step by step (quadratic on some inputs, so for short ones only). */
  private static String normalizedAsSpecified(String id) {
    // Lower case character by character: U+0130 becomes "i" and a combining dot, as String.toLowerCase makes it.
    StringBuilder lowered = new StringBuilder();
    id.codePoints().forEach(c -> lowered.append(c == 0x130 ? "i\u0307" : Character.toString(Character.toLowerCase(c))));
    String lower = lowered.toString().trim();
    String tail = lower.substring(lower.lastIndexOf('/') + 1);
    return tail.replaceAll("[^a-z0-9\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
  }

  @FuzzTest(maxExecutions = FuzzRegistries.EXECUTIONS, maxDuration = FuzzRegistries.MAX_DURATION)
  void parseFineTuned(FuzzedDataProvider data) {
    String id = data.consumeRemainingAsString();
    Optional<FineTunedId> parsed = Discovery.parseFineTuned(id);
    if (parsed.isEmpty()) {
      return;
    }
    FineTunedId parts = parsed.get();
    assertTrue(id.regionMatches(true, 0, "ft:", 0, 3), id);
    assertFalse(parts.baseModel().isBlank() || parts.organization().isBlank() || parts.jobId().isBlank(), id);
    assertTrue(id.contains(parts.baseModel()) && id.contains(parts.organization()) && id.contains(parts.jobId()),
        id);
  }

  /** find, contains, get, match, require and suggest on one query: they agree, and fail only as documented. */
  @FuzzTest(maxExecutions = FuzzRegistries.EXECUTIONS, maxDuration = FuzzRegistries.MAX_DURATION)
  void lookups(FuzzedDataProvider data) {
    boolean fuzzy = data.consumeBoolean();
    String query = data.consumeString(MAX_FUZZ_QUERY);
    Optional<ModelDefinition> found = REGISTRY.find(query);
    assertEquals(found.isPresent(), REGISTRY.contains(query));
    Optional<ModelDefinition> resolved = REGISTRY.get(query, fuzzy);
    Optional<ModelDefinition> got = REGISTRY.get(query);
    found.ifPresent(model -> assertEquals(Optional.of(model), got, "a model find finds, get finds too"));
    resolved.ifPresent(model -> assertEquals(model.id(), got.orElseThrow().id()));
    Optional<MatchResult> match = REGISTRY.match(query);
    assertEquals(got.map(ModelDefinition::id), match.map(MatchResult::modelId), "match explains get");
    match.ifPresent(m -> assertTrue(m.confidence() > 0 && m.confidence() <= 1, m.toString()));
    if (got.isPresent()) {
      assertEquals(got.get().id(), REGISTRY.require(query).id());
    } else {
      UnknownModelException e = assertThrows(UnknownModelException.class, () -> REGISTRY.require(query));
      assertTrue(e.suggestions().size() <= 5);
    }
    List<String> suggestions = REGISTRY.suggest(query, 5);
    assertTrue(suggestions.size() <= 5);
    for (String id : suggestions) {
      assertTrue(REGISTRY.contains(id), "suggested an invisible model " + id);
    }
  }

  @FuzzTest(maxExecutions = FuzzRegistries.EXECUTIONS, maxDuration = FuzzRegistries.MAX_DURATION)
  void search(FuzzedDataProvider data) {
    int limit = data.consumeInt(0, 50);
    String query = data.consumeString(MAX_FUZZ_QUERY);
    List<ModelDefinition> hits = REGISTRY.search(query, limit);
    assertTrue(hits.size() <= limit);
    for (ModelDefinition hit : hits) {
      assertTrue(REGISTRY.contains(hit.id()), "search found an invisible model " + hit.id());
    }
  }

  /**
   * getOrCreate with any id: a model, or {@link InvalidModelException} for ids no model may have. The store
   * never holds more than its limit, and the compiled catalog still answers.
   */
  @FuzzTest(maxExecutions = FuzzRegistries.EXECUTIONS, maxDuration = FuzzRegistries.MAX_DURATION)
  void getOrCreate(FuzzedDataProvider data) {
    String id = data.consumeString(MAX_FUZZ_QUERY);
    try {
      ModelDefinition model = CREATING.getOrCreate(id);
      assertSame(model, CREATING.getOrCreate(id), "the same id gets the same instance");
      assertFalse(model.id().isBlank());
    } catch (InvalidModelException e) {
      assertFalse(e.problems().isEmpty());
    }
    assertTrue(CREATING.autoCreateStats().size() <= CREATE_LIMIT + 1, CREATING.autoCreateStats().toString());
    assertTrue(CREATING.find("gpt-4o").isPresent());
  }
}
