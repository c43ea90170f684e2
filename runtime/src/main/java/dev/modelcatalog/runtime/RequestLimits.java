package dev.modelcatalog.runtime;

import java.util.OptionalInt;

/**
 * Per-request limits beyond the context window and the output limit. Each is 0 when not stated; values are not
 * checked here but by {@link ModelRules} when a definition is built.
 *
 * @param maxInputTokens prompt tokens accepted per request, when fewer than the context window
 * @param maxImagesPerRequest images accepted in one request
 * @param maxAudioSecondsPerRequest seconds of audio accepted in one request
 */
public record RequestLimits(int maxInputTokens, int maxImagesPerRequest, int maxAudioSecondsPerRequest) {

  /** Nothing stated. */
  public static final RequestLimits NONE = new RequestLimits(0, 0, 0);

  /** Whether nothing is stated. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  public OptionalInt statedMaxInputTokens() {
    return stated(maxInputTokens);
  }

  public OptionalInt statedMaxImagesPerRequest() {
    return stated(maxImagesPerRequest);
  }

  public OptionalInt statedMaxAudioSecondsPerRequest() {
    return stated(maxAudioSecondsPerRequest);
  }

  private static OptionalInt stated(int value) {
    return value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
