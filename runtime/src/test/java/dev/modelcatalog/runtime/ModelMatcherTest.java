package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ModelMatcherTest {

  private static final List<String> IDS = List.of("gpt-4", "gpt-4o", "claude-3-opus");

  @Test
  void match_withoutLearning_usesFuzzyMatch() {
    MatchResult result = new ModelMatcher().match("gpt4o", IDS).orElseThrow();
    assertEquals("gpt-4o", result.modelId());
    assertEquals(MatchStrategy.NORMALIZED, result.strategy());
  }

  @Test
  void match_learned_isPreferredOverFuzzy() {
    ModelMatcher matcher = new ModelMatcher();
    matcher.recordSuccess("gpt4", "gpt-4o");
    MatchResult result = matcher.match("GPT_4", IDS).orElseThrow();
    assertEquals("gpt-4o", result.modelId());
    assertEquals(MatchStrategy.LEARNED, result.strategy());
  }

  @Test
  void match_learnedModelNotAmongCandidates_fallsBackToFuzzy() {
    ModelMatcher matcher = new ModelMatcher();
    matcher.recordSuccess("gpt4", "gpt-4-32k");
    assertEquals(MatchStrategy.NORMALIZED, matcher.match("gpt4", IDS).orElseThrow().strategy());
  }

  @Test
  void recordFailure_forgetsAtZero() {
    ModelMatcher matcher = new ModelMatcher();
    matcher.recordSuccess("house", "claude-3-opus");
    matcher.recordSuccess("house", "claude-3-opus");
    matcher.recordFailure("house", "claude-3-opus");
    assertEquals("claude-3-opus", matcher.learned("house").orElseThrow().modelId());
    matcher.recordFailure("house", "claude-3-opus");
    assertEquals(Optional.empty(), matcher.learned("house"));
    assertEquals(0, matcher.size());
  }

  @Test
  void learned_highestCountWins() {
    ModelMatcher matcher = new ModelMatcher();
    matcher.recordSuccess("q", "a");
    matcher.recordSuccess("q", "b");
    matcher.recordSuccess("q", "b");
    assertEquals("b", matcher.learned("q").orElseThrow().modelId());
  }

  @Test
  void popularMatches_sortedByCountThenQuery() {
    ModelMatcher matcher = new ModelMatcher();
    matcher.recordSuccess("b", "m1");
    matcher.recordSuccess("a", "m2");
    matcher.recordSuccess("c", "m3");
    matcher.recordSuccess("c", "m3");
    assertEquals(List.of(new ModelMatcher.PopularMatch("c", "m3", 2), new ModelMatcher.PopularMatch("a", "m2", 1)),
        matcher.popularMatches(2));
    assertThrows(IllegalArgumentException.class, () -> matcher.popularMatches(-1));
  }

  @Test
  void recordSuccess_full_refusesNewQueriesButCountsKnownOnes() {
    ModelMatcher matcher = new ModelMatcher(2);
    assertTrue(matcher.recordSuccess("a", "m"));
    assertTrue(matcher.recordSuccess("b", "m"));
    assertFalse(matcher.recordSuccess("c", "m"));
    assertTrue(matcher.recordSuccess("a", "m"));
    assertEquals(2, matcher.size());
  }

  @Test
  void recordSuccess_oneQuery_keepsAtMostTheModelsItMayHold() {
    // One query confirmed for ever new models must not grow the matcher without bound either.
    ModelMatcher matcher = new ModelMatcher(10);
    for (int i = 0; i < ModelMatcher.MAX_MODELS_PER_QUERY; i++) {
      assertTrue(matcher.recordSuccess("house", "model-" + i));
    }
    assertFalse(matcher.recordSuccess("house", "model-new"));
    assertTrue(matcher.recordSuccess("house", "model-0"), "a model it holds still counts");
    assertEquals(ModelMatcher.MAX_MODELS_PER_QUERY + 1, matcher.popularMatches(100).stream()
        .mapToLong(ModelMatcher.PopularMatch::count).sum());
    assertEquals(ModelMatcher.MAX_MODELS_PER_QUERY, matcher.popularMatches(100).size());
  }

  @Test
  void recordSuccess_concurrent_countsEveryCall() throws InterruptedException {
    ModelMatcher matcher = new ModelMatcher();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 1000; i++) {
      pool.execute(() -> matcher.recordSuccess("gpt4", "gpt-4"));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    assertEquals(1000, matcher.popularMatches(1).get(0).count());
  }
}
