package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The registry remembers spellings that are not an id or alias with what {@code find} found for them: a repeated
 * spelling must get the answer a fresh walk would give, for the registry's current state only.
 */
class SpellingMemoTest {

  private static final ModelDefinition GPT_4O = ModelRegistryTest.GPT_4O;
  private static final ModelDefinition LLAMA = ModelRegistryTest.LLAMA;

  private static ModelRegistry registry(int memo) {
    return ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("openai", List.of(GPT_4O, ModelRegistryTest.GPT_4O_MINI,
            ModelRegistryTest.EMBED)), new FixtureCatalog("meta", List.of(LLAMA)))
        .spellingMemo(memo)
        .autoCreate(false)
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GPT_4O", "gpt4o", "openai/GPT-4o", "Acme/Gpt 4O", "GPT_4O_MINI", "gpt-4o-mini/",
      "Meta-Llama/Llama-3.1-8B-Instruct", "llama_3_1_8b_instruct", "TEXT-EMBEDDING-3-SMALL", "gpt-5", "GPT_5",
      "gpt-4o-maxi", "llama-3.1-70b-instruct"})
  void repeatedSpellingGetsWhatAFreshWalkGets(String spelling) {
    ModelRegistry remembering = registry(ModelRegistry.DEFAULT_SPELLING_MEMO);
    Optional<ModelDefinition> walked = registry(0).find(spelling);
    Optional<ModelDefinition> first = remembering.find(spelling);
    // An equal copy, as a server's parser hands over the same spelling on the next request.
    Optional<ModelDefinition> again = remembering.find(new String(spelling.toCharArray()));
    assertEquals(walked.map(ModelDefinition::id), first.map(ModelDefinition::id), spelling);
    assertEquals(walked.map(ModelDefinition::id), again.map(ModelDefinition::id), spelling);
    if (first.isPresent()) {
      assertSame(first.get(), again.get(), "the same definition, not a copy");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gpt-4o-latest", "openai/gpt-4o-2031-02-03", "gtp-4o-mini", "4o-gpt-mini",
      "bedrock/meta.llama-3.1-8b-instruct-v1:0", "text-embeding-3-small", "gpt-5", "zephyr-quantum-1-ultra",
      "ft:gtp-4o-mini:acme::job1"})
  void repeatedFuzzySpellingGetsWhatAFreshResolutionGets(String spelling) {
    ModelRegistry remembering = registry(ModelRegistry.DEFAULT_SPELLING_MEMO);
    Optional<MatchResult> resolved = registry(0).match(spelling);
    Optional<MatchResult> first = remembering.match(spelling);
    Optional<MatchResult> again = remembering.match(new String(spelling.toCharArray()));
    assertEquals(resolved, first, spelling);
    assertEquals(resolved, again, spelling);
    assertEquals(resolved.map(MatchResult::modelId), remembering.get(spelling).map(ModelDefinition::id), spelling);
  }

  @Test
  void fuzzySpellingFollowsWritesAndLearnedMatches() {
    ModelRegistry registry = registry(ModelRegistry.DEFAULT_SPELLING_MEMO);
    assertEquals("gpt-4o-mini", registry.get("gtp-4o-mini").orElseThrow().id());
    assertEquals("gpt-4o-mini", registry.get("gtp-4o-mini").orElseThrow().id());

    // A confirmed match comes before the fuzzy step, remembered or not.
    registry.matcher().recordSuccess("gtp-4o-mini", "gpt-4o");
    assertEquals("gpt-4o", registry.get("gtp-4o-mini").orElseThrow().id());
    assertEquals(MatchStrategy.LEARNED, registry.match("gtp-4o-mini").orElseThrow().strategy());

    // A write makes the fuzzy step answer afresh.
    assertEquals("text-embedding-3-small", registry.get("text-embeding-3-small").orElseThrow().id());
    assertTrue(registry.remove("text-embedding-3-small"));
    ModelRegistry without = registry(0);
    without.remove("text-embedding-3-small");
    assertEquals(without.get("text-embeding-3-small"), registry.get("text-embeding-3-small"));
    assertFalse(registry.get("text-embeding-3-small").map(ModelDefinition::id)
        .equals(Optional.of("text-embedding-3-small")), "a removed model is not found by its typo");
  }

  @Test
  void unknownSpellingRemembered_isFoundOnceAModelTakesIt() {
    ModelRegistry registry = registry(ModelRegistry.DEFAULT_SPELLING_MEMO);
    assertEquals(Optional.empty(), registry.get("house-model-mini-latest"));
    assertEquals(Optional.empty(), registry.get("house-model-mini-latest"));

    registry.register(ModelDefinition.builder("house-model-mini").contextWindow(4096).build());

    assertEquals("house-model-mini", registry.get("house-model-mini-latest").orElseThrow().id());
    assertEquals("house-model-mini", registry.get("house-model-mini-latest").orElseThrow().id());
  }

  @Test
  void removingTheModelForgetsItsSpellings() {
    ModelRegistry registry = registry(ModelRegistry.DEFAULT_SPELLING_MEMO);
    assertEquals("gpt-4o", registry.find("GPT_4O").orElseThrow().id());
    assertEquals("gpt-4o", registry.find("GPT_4O").orElseThrow().id());

    assertTrue(registry.remove("gpt-4o"));

    assertEquals(Optional.empty(), registry.find("GPT_4O"));
    assertEquals(Optional.empty(), registry.find("gpt4o"));
    assertTrue(registry.restoreCompiled("gpt-4o"));
    assertSame(GPT_4O, registry.find("GPT_4O").orElseThrow());
  }

  @Test
  void replacingTheModelAnswersWithTheReplacement() {
    ModelRegistry registry = registry(ModelRegistry.DEFAULT_SPELLING_MEMO);
    assertSame(GPT_4O, registry.find("GPT_4O").orElseThrow());
    ModelDefinition renamed = GPT_4O.toBuilder().name("GPT-4o, replaced").build();

    registry.replace(renamed);

    assertSame(renamed, registry.find("GPT_4O").orElseThrow());
    assertSame(renamed, registry.find("GPT_4O").orElseThrow());
  }

  @Test
  void spellingFoundOnlyAfterARegistrationIsNotHeldAsAMiss() {
    ModelRegistry registry = registry(ModelRegistry.DEFAULT_SPELLING_MEMO);
    assertEquals(Optional.empty(), registry.find("HOUSE_MODEL"));

    registry.register(ModelDefinition.builder("house-model").contextWindow(4096).build());

    assertEquals("house-model", registry.find("HOUSE_MODEL").orElseThrow().id());
    assertEquals("house-model", registry.find("HOUSE_MODEL").orElseThrow().id());
  }

  @Test
  void aSmallMemoStartsOverAndStillAnswersRight() {
    ModelRegistry registry = registry(2);
    List<String> spellings = List.of("GPT_4O", "GPT_4O_MINI", "TEXT_EMBEDDING_3_SMALL", "LLAMA_3_1_8B_INSTRUCT");
    List<String> ids = List.of("gpt-4o", "gpt-4o-mini", "text-embedding-3-small", LLAMA.id());
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < spellings.size(); i++) {
        assertEquals(ids.get(i), registry.find(spellings.get(i)).orElseThrow().id(), spellings.get(i));
      }
    }
  }

  @Test
  void negativeCapacityIsRefusedNamingTheSetting() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ModelRegistry.builder().spellingMemo(-1));
    assertTrue(e.getMessage().startsWith("spellingMemo:"), e.getMessage());
  }

  @Test
  void memoKeepsAtMostItsCapacityThenStartsOver() {
    StateCache<String, Optional<ModelDefinition>> memo = new StateCache<>(Overlay.EMPTY, 3);
    Optional<ModelDefinition> answer = Optional.of(GPT_4O);
    memo.put("A", answer);
    memo.put("B", answer);
    memo.put("C", answer);
    assertSame(answer, memo.get("A"));

    memo.put("D", answer);

    assertSame(answer, memo.get("D"));
    assertNull(memo.get("A"), "started over: the earlier spellings are gone");
    assertNull(memo.get("C"));
  }

  @Test
  void memoFindsEqualCopiesAndKeepsItsFirstAnswer() {
    StateCache<String, Optional<ModelDefinition>> memo =
        new StateCache<>(Overlay.EMPTY, ModelRegistry.DEFAULT_SPELLING_MEMO);
    List<Optional<ModelDefinition>> answers = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      answers.add(Optional.of(ModelDefinition.builder("model-" + i).contextWindow(4096).build()));
      memo.put("MODEL_" + i, answers.get(i));
    }
    memo.put("MODEL_7", Optional.empty()); // kept first: a repeated put changes nothing
    for (int i = 0; i < 300; i++) {
      assertSame(answers.get(i), memo.get(new String(("MODEL_" + i).toCharArray())), "MODEL_" + i);
    }
    assertNull(memo.get("MODEL_300"));
  }

  @Test
  void onlyQueriesUpToTheLongestIdAreKept() {
    ModelRegistry registry = registry(ModelRegistry.DEFAULT_SPELLING_MEMO);
    assertTrue(registry.rememberable("x".repeat(ModelRules.MAX_ID_LENGTH)));
    assertFalse(registry.rememberable("x".repeat(ModelRules.MAX_ID_LENGTH + 1)));
    assertFalse(registry(0).rememberable("x"), "a registry remembering none keeps nothing");
  }

  /**
   * Readers resolve spellings while a writer removes and restores the model: every answer is the model or nothing,
   * and once the writer is done (the model restored), every spelling finds it again: no state's answer outlives it.
   */
  @Test
  void answersFollowWritesMadeWhileReadersRemember() throws Exception {
    ModelRegistry registry = registry(ModelRegistry.DEFAULT_SPELLING_MEMO);
    List<String> spellings = List.of("GPT_4O", "gpt4o", "Org/Gpt-4O", "GPT 4O");
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<String> wrong = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(2);
    List<Thread> readers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Thread reader = new Thread(() -> {
        started.countDown();
        for (int i = 0; !done.get(); i++) {
          String spelling = spellings.get(i & 3);
          Optional<ModelDefinition> found = registry.find(spelling);
          if (found.isPresent() && found.get() != GPT_4O) {
            wrong.compareAndSet(null, spelling + " found " + found.get().id());
          }
        }
      });
      reader.start();
      readers.add(reader);
    }
    started.await();
    for (int i = 0; i < 2_000; i++) {
      assertTrue(registry.remove("gpt-4o"));
      assertTrue(registry.restoreCompiled("gpt-4o"));
    }
    assertTrue(registry.remove("gpt-4o"));
    for (String spelling : spellings) {
      assertEquals(Optional.empty(), registry.find(spelling), spelling + " after the last removal");
    }
    assertTrue(registry.restoreCompiled("gpt-4o"));
    done.set(true);
    for (Thread reader : readers) {
      reader.join();
    }
    assertNull(wrong.get());
    for (String spelling : spellings) {
      assertSame(GPT_4O, registry.find(spelling).orElseThrow(), spelling + " after the writer");
    }
  }
}
