package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one request used, for pricing with {@link CostCalculator}. Cached input tokens are part of the input
 * tokens (as in the OpenAI usage object); cache writes, images and audio minutes are counted apart.
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
 */
public record Usage(
    long inputTokens, long cachedInputTokens, long outputTokens, long cacheWriteTokens, long images,
    BigDecimal audioMinutes) {

  /** Nothing used. */
  public static final Usage NONE = new Usage(0, 0, 0, 0, 0, BigDecimal.ZERO);

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
    return new Usage(inputTokens, tokens, outputTokens, cacheWriteTokens, images, audioMinutes);
  }

  public Usage withCacheWriteTokens(long tokens) {
    return new Usage(inputTokens, cachedInputTokens, outputTokens, tokens, images, audioMinutes);
  }

  public Usage withImages(long count) {
    return new Usage(inputTokens, cachedInputTokens, outputTokens, cacheWriteTokens, count, audioMinutes);
  }

  public Usage withAudioMinutes(BigDecimal minutes) {
    return new Usage(inputTokens, cachedInputTokens, outputTokens, cacheWriteTokens, images, minutes);
  }
}
