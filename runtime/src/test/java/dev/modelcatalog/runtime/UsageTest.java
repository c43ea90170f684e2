package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What a usage accepts: every count at least 0, and the parts of the input and output within them. */
class UsageTest {

  private static final Usage TEN_IN_TEN_OUT = Usage.tokens(10, 10);

  private static String refusal(Supplier<Usage> usage) {
    return assertThrows(IllegalArgumentException.class, usage::get).getMessage();
  }

  @Test
  void everyCount_negative_isRefusedNamingIt() {
    Map<String, Supplier<Usage>> negatives = Map.of(
        "inputTokens", () -> Usage.tokens(-1, 0),
        "outputTokens", () -> Usage.tokens(0, -1),
        "cachedInputTokens", () -> TEN_IN_TEN_OUT.withCachedInputTokens(-1),
        "cacheWriteTokens", () -> TEN_IN_TEN_OUT.withCacheWriteTokens(-1),
        "images", () -> TEN_IN_TEN_OUT.withImages(-1),
        "reasoningTokens", () -> TEN_IN_TEN_OUT.withReasoningTokens(-1),
        "audioInputTokens", () -> TEN_IN_TEN_OUT.withAudioInputTokens(-1),
        "audioOutputTokens", () -> TEN_IN_TEN_OUT.withAudioOutputTokens(-1));
    negatives.forEach((field, usage) ->
        assertEquals(field + ": -1 is negative; give a count of at least 0", refusal(usage), field));
    assertEquals("audioMinutes: -0.5 is negative; give at least 0 minutes",
        refusal(() -> TEN_IN_TEN_OUT.withAudioMinutes(new BigDecimal("-0.5"))));
  }

  /** Audio input is part of the uncached input: up to all of it, never more. */
  @Test
  void audioInput_upToTheUncachedInput() {
    Usage cached = Usage.tokens(10, 0).withCachedInputTokens(4);
    assertEquals(6, cached.withAudioInputTokens(6).audioInputTokens());
    assertEquals("audioInputTokens: 7 audio tokens exceed the 6 uncached input tokens they are part of",
        refusal(() -> cached.withAudioInputTokens(7)));
  }

  /** Reasoning and audio output are parts of the output: together up to all of it, never more. */
  @Test
  void reasoningAndAudioOutput_togetherUpToTheOutput() {
    Usage output = Usage.tokens(0, 10).withAudioOutputTokens(4);
    assertEquals(6, output.withReasoningTokens(6).reasoningTokens());
    assertEquals("reasoningTokens: 7 reasoning and 4 audio output tokens exceed the 10 output tokens they are part of",
        refusal(() -> output.withReasoningTokens(7)));
  }

  @Test
  void cachedInput_upToTheInput() {
    assertEquals(10, TEN_IN_TEN_OUT.withCachedInputTokens(10).cachedInputTokens());
    assertEquals("cachedInputTokens: 11 cached tokens exceed the 10 input tokens they are part of",
        refusal(() -> TEN_IN_TEN_OUT.withCachedInputTokens(11)));
  }
}
