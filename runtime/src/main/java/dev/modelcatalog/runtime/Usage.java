package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one request used, for pricing with {@link CostCalculator}. Cached and audio input tokens are part of the
 * input tokens, reasoning and audio output tokens part of the output tokens (as in the OpenAI usage object's
 * {@code *_tokens_details}); cache writes, images and audio minutes are counted apart.
 *
 * <pre>{@code
 * Usage usage = Usage.tokens(12_000, 800).withCachedInputTokens(10_000);
 * }</pre>
 *
 * @param inputTokens prompt tokens, cached ones included
 * @param cachedInputTokens of the input tokens, those served from the prompt cache
 * @param outputTokens generated tokens
 * @param cacheWriteTokens tokens written to the prompt cache
 * @param images images generated
 * @param audioMinutes minutes of audio processed
 * @param reasoningTokens of the output tokens, those spent reasoning
 * @param audioInputTokens of the input tokens, those that carry audio
 * @param audioOutputTokens of the output tokens, those that carry audio
 */
public record Usage(
    long inputTokens, long cachedInputTokens, long outputTokens, long cacheWriteTokens, long images,
    BigDecimal audioMinutes, long reasoningTokens, long audioInputTokens, long audioOutputTokens) {

  /** Nothing used. */
  public static final Usage NONE = new Usage(0, 0, 0, 0, 0, BigDecimal.ZERO);

  /** A usage without reasoning or audio tokens (the shape before those were counted). */
  public Usage(long inputTokens, long cachedInputTokens, long outputTokens, long cacheWriteTokens, long images,
      BigDecimal audioMinutes) {
    this(inputTokens, cachedInputTokens, outputTokens, cacheWriteTokens, images, audioMinutes, 0, 0, 0);
  }

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException naming the count that is negative, or the cached tokens when they exceed
   *     the input tokens
   */
  public Usage {
    Objects.requireNonNull(audioMinutes, "audioMinutes");
    notNegative("inputTokens", inputTokens);
    notNegative("cachedInputTokens", cachedInputTokens);
    notNegative("outputTokens", outputTokens);
    notNegative("cacheWriteTokens", cacheWriteTokens);
    notNegative("images", images);
    if (audioMinutes.signum() < 0) {
      throw new IllegalArgumentException("audioMinutes: " + audioMinutes + " is negative; give at least 0 minutes");
    }
    if (cachedInputTokens > inputTokens) {
      throw new IllegalArgumentException("cachedInputTokens: " + cachedInputTokens + " cached tokens exceed the "
          + inputTokens + " input tokens they are part of");
    }
    notNegative("reasoningTokens", reasoningTokens);
    notNegative("audioInputTokens", audioInputTokens);
    notNegative("audioOutputTokens", audioOutputTokens);
    // Audio and cached tokens are charged at different prices, so they must not overlap.
    if (audioInputTokens > inputTokens - cachedInputTokens) {
      throw new IllegalArgumentException("audioInputTokens: " + audioInputTokens + " audio tokens exceed the "
          + (inputTokens - cachedInputTokens) + " uncached input tokens they are part of");
    }
    // Compared by difference: both are at least 0, so it cannot overflow as their sum could.
    if (reasoningTokens > outputTokens - audioOutputTokens) {
      throw new IllegalArgumentException("reasoningTokens: " + reasoningTokens + " reasoning and "
          + audioOutputTokens + " audio output tokens exceed the " + outputTokens + " output tokens they are part of");
    }
  }

  private static void notNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + ": " + value + " is negative; give a count of at least 0");
    }
  }

  /** A request with these token counts and nothing else. */
  public static Usage tokens(long inputTokens, long outputTokens) {
    return new Usage(inputTokens, 0, outputTokens, 0, 0, BigDecimal.ZERO);
  }

  public Usage withCachedInputTokens(long tokens) {
    return new Usage(inputTokens, tokens, outputTokens, cacheWriteTokens, images, audioMinutes, reasoningTokens,
        audioInputTokens, audioOutputTokens);
  }

  public Usage withCacheWriteTokens(long tokens) {
    return new Usage(inputTokens, cachedInputTokens, outputTokens, tokens, images, audioMinutes, reasoningTokens,
        audioInputTokens, audioOutputTokens);
  }

  public Usage withImages(long count) {
    return new Usage(inputTokens, cachedInputTokens, outputTokens, cacheWriteTokens, count, audioMinutes,
        reasoningTokens, audioInputTokens, audioOutputTokens);
  }

  public Usage withAudioMinutes(BigDecimal minutes) {
    return new Usage(inputTokens, cachedInputTokens, outputTokens, cacheWriteTokens, images, minutes, reasoningTokens,
        audioInputTokens, audioOutputTokens);
  }

  // ------------------------------------------------------------------------------ model facts: token kinds

  /** Of the output tokens, this many were spent reasoning. */
  public Usage withReasoningTokens(long tokens) {
    return new Usage(inputTokens, cachedInputTokens, outputTokens, cacheWriteTokens, images, audioMinutes, tokens,
        audioInputTokens, audioOutputTokens);
  }

  /** Of the (uncached) input tokens, this many carry audio. */
  public Usage withAudioInputTokens(long tokens) {
    return new Usage(inputTokens, cachedInputTokens, outputTokens, cacheWriteTokens, images, audioMinutes,
        reasoningTokens, tokens, audioOutputTokens);
  }

  /** Of the output tokens, this many carry audio. */
  public Usage withAudioOutputTokens(long tokens) {
    return new Usage(inputTokens, cachedInputTokens, outputTokens, cacheWriteTokens, images, audioMinutes,
        reasoningTokens, audioInputTokens, tokens);
  }
}
