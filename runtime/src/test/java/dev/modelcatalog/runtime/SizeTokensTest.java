package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sizes as identity where ids are compared without separators: a size the query states must be the model's, so
 * regrouped digits ({@code Qwen2-57B} against {@code Qwen2.5-7B}) find nothing instead of another model.
 */
class SizeTokensTest {

  private static final ModelRegistry REGISTRY = TestCatalogs.registryOf(
      "Qwen/Qwen2.5-7B-Instruct", "meta-llama/Llama-3.2-1B-Instruct", "meta-llama/Llama-3.1-8B-Instruct",
      "TinyLlama/TinyLlama-1.1B-Chat-v1.0", "openai/gpt-oss-120b", "nvidia/nemotron-4-340b-instruct",
      "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "Qwen/Qwen3-30B-A3B", "gpt-4o");

  @Test
  void sizes_areDigitRunsBeforeAUnitThatEndTheirToken() {
    assertEquals(List.of("7b"), SizeTokens.sizes("qwen2-5-7b-instruct", false));
    assertEquals(List.of("1b"), SizeTokens.sizes("tinyllama-1-1b-chat-v1-0", false));
    assertEquals(List.of("30b", "3b"), SizeTokens.sizes("qwen3-30b-a3b", false));
    assertEquals(List.of("30b"), SizeTokens.sizes("qwen3-30b-a3b", true), "a3b is glued to a letter");
    assertEquals(List.of("128k", "360m"), SizeTokens.sizes("phi-128k-360m", true));
    assertEquals(List.of(), SizeTokens.sizes("llama-4bit-20241022-v1-0", false), "4bit and dates are no sizes");
    assertEquals(List.of(), SizeTokens.sizes("llama318b", true), "no separator: a spelling, not a stated size");
  }

  @Test
  void agree_needsEveryStatedSizeAmongTheNamesSizes() {
    assertTrue(SizeTokens.agree("Qwen2.5-7B", "Qwen/Qwen2.5-7B-Instruct"));
    assertFalse(SizeTokens.agree("Qwen2-57B", "Qwen/Qwen2.5-7B-Instruct"));
    assertTrue(SizeTokens.agree("gpt4o", "gpt-4o"), "no size stated");
    assertTrue(SizeTokens.agree("qwen3-30b", "Qwen/Qwen3-30B-A3B"));
  }

  @Test
  void agree_withAModel_readsItsIdAndEveryAlias() {
    ModelDefinition sizedId = ModelDefinition.builder("llama-3-70b").contextWindow(8192).aliases("llama-big").build();
    ModelDefinition sizedAlias = ModelDefinition.builder("big-llama").contextWindow(8192).aliases("llama-70b")
        .build();
    assertTrue(SizeTokens.agree("llama-3-70b-chat", sizedId), "the id's size");
    assertTrue(SizeTokens.agree("llama-70b", sizedAlias), "an alias's size");
    assertFalse(SizeTokens.agree("llama-8b", sizedId));
    assertFalse(SizeTokens.agree("llama-8b", sizedAlias));
    assertFalse(SizeTokens.agree("llama-9b", "llama-90b"), "a 9 before the unit is a size too");
    assertFalse(SizeTokens.agree("llama-0b", "llama-10b"), "and a 0");
  }

  @ParameterizedTest(name = "{0} finds nothing")
  @CsvSource({
      "Qwen/Qwen2-57B-Instruct", "qwen2-57b", "Llama-3-21B-Instruct", "llama-3-18b", "TinyLlama-11B-Chat-v1.0",
      "gpt-oss-1-20b", "nemotron-43-40b", "DeepSeek-R1-Distill-Qwen-3-2B"})
  void regroupedSizeDigits_findNothing(String query) {
    assertEquals(Optional.empty(), REGISTRY.find(query), "find");
    assertEquals(Optional.empty(), REGISTRY.get(query), "get");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "qwen2.5-7b-instruct, Qwen/Qwen2.5-7B-Instruct",
      "Qwen2.5-7B, Qwen/Qwen2.5-7B-Instruct",
      "TinyLlama-1.1B-Chat-v1.0, TinyLlama/TinyLlama-1.1B-Chat-v1.0",
      "llama-3.1-8b-instruct, meta-llama/Llama-3.1-8B-Instruct",
      "gptoss120b, openai/gpt-oss-120b",
      "qwen3-30b-a3b, Qwen/Qwen3-30B-A3B"})
  void sameSizes_stillResolve(String query, String id) {
    assertEquals(id, REGISTRY.get(query).map(ModelDefinition::id).orElse("-"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "gptoss-120b, openai/gpt-oss-120b",
      "qwen25-7b-instruct, Qwen/Qwen2.5-7B-Instruct",
      "metallama/llama3.1-8b-instruct, meta-llama/Llama-3.1-8B-Instruct"})
  void aCompactHitStatingASize_isCheckedAgainstTheKeyItHit(String query, String id) {
    // Only the compact form finds these (their normalized forms differ from every key's), and each states a size
    // of its own token, so the hit stands only if that size is the size of the key it found.
    String normalized = Discovery.normalizeModelId(query);
    assertNotEquals(Discovery.normalizeModelId(id), normalized);
    assertNotEquals(Discovery.normalizeModelId(id.substring(id.indexOf('/') + 1)), normalized);
    assertEquals(Discovery.compactKey(id.substring(id.indexOf('/') + 1)), Discovery.compactKey(query));
    assertEquals(id, REGISTRY.find(query).map(ModelDefinition::id).orElse("-"));
  }

  @Test
  void runtimeModel_sharingACompiledModelsCompactKey_takesNeither() {
    // Two compiled models sharing a compact key find neither; a run-time model must not take it over either.
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    assertEquals("gpt-4o", registry.find("GPT4O").orElseThrow().id());
    registry.register(ModelDefinition.builder("gpt-4-o").ownedBy("acme").contextWindow(1_000).build());
    assertEquals(Optional.empty(), registry.find("GPT4O"));
    assertEquals("gpt-4-o", registry.find("gpt-4-o").orElseThrow().id());
    assertEquals("gpt-4-o", registry.find("GPT_4_O").orElseThrow().id(), "its normalized id is its own");
    assertEquals("gpt-4o", registry.find("gpt-4o").orElseThrow().id());
  }
}
