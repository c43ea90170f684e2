package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscoveryFunctionsTest {

  private static final List<String> IDS = List.of("gpt-4o", "gpt-4o-mini", "meta-llama/Llama-3.1-8B-Instruct",
      "claude-3-opus-20240229");

  @Test
  void fuzzyMatch_compactQuery_isNormalizedMatch() {
    List<MatchResult> results = Discovery.fuzzyMatch("gpt4o", IDS, 0.6);
    assertEquals("gpt-4o", results.get(0).modelId());
    assertEquals(MatchStrategy.NORMALIZED, results.get(0).strategy());
    assertEquals("gpt4o", results.get(0).normalizedQuery());
  }

  @Test
  void fuzzyMatch_strategiesInOrder_rankedByConfidence() {
    List<MatchResult> results = Discovery.fuzzyMatch("GPT-4O", List.of("gpt-4o-mini", "gpt-4o", "gpt_4o"), 0.5);
    assertEquals(List.of("gpt-4o", "gpt_4o", "gpt-4o-mini"), results.stream().map(MatchResult::modelId).toList());
    assertEquals(List.of(MatchStrategy.EXACT, MatchStrategy.NORMALIZED, MatchStrategy.SUBSTRING),
        results.stream().map(MatchResult::strategy).toList());
  }

  @Test
  void fuzzyMatch_typo_isEditDistanceAboveThreshold() {
    List<MatchResult> results = Discovery.fuzzyMatch("claude-3-opsu-20240229", IDS, 0.8);
    assertEquals(1, results.size());
    assertEquals(MatchStrategy.EDIT_DISTANCE, results.get(0).strategy());
    assertTrue(results.get(0).confidence() >= 0.8 && results.get(0).confidence() < 1);
  }

  @Test
  void fuzzyMatch_highThreshold_dropsWeakMatches() {
    assertEquals(List.of(), Discovery.fuzzyMatch("mistral-large", IDS, 0.9));
  }

  @Test
  void fuzzyMatch_thresholdOutOfRange_throwsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Discovery.fuzzyMatch("gpt", IDS, 1.5));
    assertTrue(e.getMessage().startsWith("threshold"));
  }

  @Test
  void suggestSimilar_unknownVariant_suggestsFamilyFirst() {
    List<String> suggestions = Discovery.suggestSimilar("gpt-5-super", IDS, 3);
    assertFalse(suggestions.isEmpty());
    assertTrue(suggestions.get(0).startsWith("gpt-4o"), suggestions.toString());
    assertTrue(suggestions.size() <= 3);
  }

  @Test
  void suggestSimilar_nothingAlike_isEmpty() {
    assertEquals(List.of(), Discovery.suggestSimilar("zzzz", IDS, 3));
    assertThrows(IllegalArgumentException.class, () -> Discovery.suggestSimilar("gpt", IDS, -1));
  }

  @Test
  void inferCharacteristics_mixtral_isMoeNotReasoningNotVision() {
    ModelCharacteristics c = Discovery.inferCharacteristics("mixtral-8x7b-instruct");
    assertTrue(c.moe());
    assertFalse(c.reasoning());
    assertFalse(c.vision());
    assertEquals(Optional.of("8x7b"), c.estimatedSize());
    assertEquals(Optional.of("mistral"), c.provider());
    assertFalse(c.large(), "8 x 7B = 56B, below the 65B of a large model");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // id, reasoning, vision, embedding, small, large, size, provider
      "deepseek-ai/DeepSeek-R1, true, false, false, false, false, -, deepseek",
      "o3-mini, true, false, false, true, false, -, openai",
      "gpt-4o, false, true, false, false, false, -, openai",
      "meta-llama/Llama-3.1-70B-Instruct, false, false, false, false, true, 70b, meta",
      "llama-3.2-11b-vision-instruct, false, true, false, false, false, 11b, meta",
      "text-embedding-3-small, false, false, true, true, false, -, -",
      "qwen3-30b-a3b, false, false, false, false, false, 30b, alibaba",
      // sizes at the edges: small up to 10B, large from 65B; 350m is 0.35B; 8x22b counts every expert
      "llama-3-10b, false, false, false, true, false, 10b, meta",
      "llama-3-11b, false, false, false, false, false, 11b, meta",
      "llama-65b, false, false, false, false, true, 65b, meta",
      "llama-64b, false, false, false, false, false, 64b, meta",
      "smollm-350m, false, false, false, true, false, 350m, -",
      "mixtral-8x22b, false, false, false, false, true, 8x22b, mistral",
      // the provider: a family word (a family of four letters or more also as a prefix), else the org before a /
      "acme/foo-bar, false, false, false, false, false, -, acme",
      "/foo-bar, false, false, false, false, false, -, -",
      "gpt4-turbo, false, false, false, false, false, -, openai",
      "gptx-turbo, false, false, false, false, false, -, -",
      "kimik2, false, false, false, false, false, -, moonshotai",
  })
  void inferCharacteristics_readsNamingConventions(String id, boolean reasoning, boolean vision,
      boolean embedding, boolean small, boolean large, String size, String provider) {
    ModelCharacteristics c = Discovery.inferCharacteristics(id);
    assertEquals(reasoning, c.reasoning(), "reasoning");
    assertEquals(vision, c.vision(), "vision");
    assertEquals(embedding, c.embedding(), "embedding");
    assertEquals(small, c.small(), "small");
    assertEquals(large, c.large(), "large");
    assertEquals(size.equals("-") ? Optional.empty() : Optional.of(size), c.estimatedSize());
    assertEquals(provider.equals("-") ? Optional.empty() : Optional.of(provider), c.provider());
  }

  @Test
  void inferCharacteristics_fineTunedAndMoeActiveParams() {
    assertTrue(Discovery.inferCharacteristics("ft:gpt-4o-mini:acme::abc").fineTuned());
    assertTrue(Discovery.inferCharacteristics("qwen3-30b-a3b").moe());
    assertFalse(Discovery.inferCharacteristics("llama-3.1-8b").moe());
    assertTrue(Discovery.inferCharacteristics("foo-8x7b").moe(), "experts times size");
    assertTrue(Discovery.inferCharacteristics("llama-3-lora-adapter").fineTuned());
    assertFalse(Discovery.inferCharacteristics("llama-3-8b").fineTuned());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "text-embedding-3-small, EMBEDDING",
      "deepseek-ai/DeepSeek-R1, REASONING",
      "o1, REASONING",
      "gpt-4o, CHAT",
      "claude-3-opus-20240229, CHAT",
      "text-moderation-latest, MODERATION",
      "dall-e-3, IMAGE",
      "whisper-1, AUDIO",
      "tts-1-hd, AUDIO",
      "nv-rerankqa-mistral-4b-v3, RERANK",
      "davinci-002, COMPLETION",
      "gpt-3.5-turbo-instruct, COMPLETION",
  })
  void categorize_byIdConventions(String id, ModelCategory expected) {
    assertEquals(expected, Discovery.categorize(id));
  }

  @Test
  void parseFineTuned_doubleColonForm() {
    assertEquals(Optional.of(new FineTunedId("gpt-4o-mini", "acme", Optional.empty(), "abc123")),
        Discovery.parseFineTuned("ft:gpt-4o-mini:acme::abc123"));
  }

  @Test
  void parseFineTuned_baseWithSlashAndColon() {
    assertEquals(Optional.of(new FineTunedId("meta-llama/Llama-3.1-8B", "acme", Optional.empty(), "j1")),
        Discovery.parseFineTuned("ft:meta-llama/Llama-3.1-8B:acme::j1"));
    assertEquals(Optional.of(new FineTunedId("anthropic.claude-v2:1", "acme", Optional.empty(), "j2")),
        Discovery.parseFineTuned("ft:anthropic.claude-v2:1:acme::j2"));
  }

  @Test
  void parseFineTuned_openAiSuffixForm() {
    assertEquals(Optional.of(new FineTunedId("gpt-3.5-turbo-0613", "my-org", Optional.of("custom"), "7p4lURel")),
        Discovery.parseFineTuned("ft:gpt-3.5-turbo-0613:my-org:custom:7p4lURel"));
  }

  @Test
  void parseFineTuned_threePartForm_hasNoSuffix() {
    assertEquals(Optional.of(new FineTunedId("gpt-4o-mini", "acme", Optional.empty(), "abc123")),
        Discovery.parseFineTuned("ft:gpt-4o-mini:acme:abc123"));
  }

  @Test
  void fuzzyMatch_thresholdsZeroAndOne_areInRange() {
    assertEquals(List.of("gpt-4o"), Discovery.fuzzyMatch("GPT-4o", IDS, 1.0).stream().map(MatchResult::modelId)
        .toList(), "only exact matches at 1");
    assertEquals(IDS.size(), Discovery.fuzzyMatch("zzzz", IDS, 0.0).size(), "every candidate at 0");
  }

  @Test
  void fuzzyMatch_threeCharacterKey_isASubstringMatch_scoredByLengthRatio() {
    MatchResult gpt = Discovery.fuzzyMatch("gpt", List.of("gpt-4o"), 0.0).get(0);
    assertEquals(MatchStrategy.SUBSTRING, gpt.strategy());
    assertEquals(0.6 + 0.3 * 3 / 5, gpt.confidence(), 1e-9);
    MatchResult shorter = Discovery.fuzzyMatch("gpt4", List.of("gpt-4o"), 0.0).get(0);
    assertEquals(0.6 + 0.3 * 4 / 5, shorter.confidence(), 1e-9);
  }

  @Test
  void fuzzyMatch_confidenceEqualToTheThreshold_isKept() {
    // abce is one edit from abcd: 1 - 1/4.
    List<MatchResult> results = Discovery.fuzzyMatch("abcd", List.of("abce"), 0.75);
    assertEquals(1, results.size());
    assertEquals(0.75, results.get(0).confidence(), 1e-9);
    assertEquals(List.of(), Discovery.fuzzyMatch("abcd", List.of("abce"), 0.76));
  }

  @Test
  void suggestSimilar_maxZero_isEmpty() {
    assertEquals(List.of(), Discovery.suggestSimilar("gpt-4", IDS, 0));
    assertThrows(IllegalArgumentException.class, () -> Discovery.suggestSimilar("gpt-4", IDS, -1));
  }

  @Test
  void firstWord_isTheLeadingLetters() {
    assertEquals("gpt", Discovery.firstWord("gpt-4o"));
    assertEquals("claude", Discovery.firstWord("claude"));
    assertEquals("", Discovery.firstWord("4o-mini"));
    assertEquals("", Discovery.firstWord(""));
  }

  @Test
  void parseFineTuned_notFineTuned_isEmpty() {
    assertEquals(Optional.empty(), Discovery.parseFineTuned("gpt-4o"));
    assertEquals(Optional.empty(), Discovery.parseFineTuned("ft:gpt-4o"));
    assertEquals(Optional.empty(), Discovery.parseFineTuned("ft:gpt-4o:acme::"));
    assertEquals(Optional.empty(), Discovery.parseFineTuned(null));
  }
}
