package dev.modelcatalog.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Draws realistic delays from a {@link LatencyProfile.Timing}, for servers that simulate streaming: a normal
 * distribution truncated to {@code [max(0, mean - 3 std), mean + 3 std]}, so a delay is never negative and never
 * absurdly long. Deterministic for a seeded generator: the same seed gives the same delays.
 *
 * <pre>{@code
 * LatencySampler sampler = new LatencySampler(new SplittableRandom(42));
 * Timing ttft = model.latency().ttft(Set.of(Capability.VISION));
 * Duration wait = sampler.duration(ttft);
 * }</pre>
 *
 * <p>Not thread-safe when the generator is not; give each thread its own sampler (for example from
 * {@code SplittableRandom.split()}).
 */
public final class LatencySampler {

  /** How many standard deviations either side of the mean a delay may fall. */
  public static final double TRUNCATION_SIGMAS = 3.0;
  /** Rejection attempts before falling back to clamping; unreachable in practice (a draw lands in range 99.7%). */
  private static final int MAX_ATTEMPTS = 64;

  private final RandomGenerator random;

  public LatencySampler(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The lowest delay {@link #sample} returns for this timing, in seconds. */
  public static double lowerBound(LatencyProfile.Timing timing) {
    return Math.max(0, timing.mean() - TRUNCATION_SIGMAS * timing.std());
  }

  /** The highest delay {@link #sample} returns for this timing, in seconds. */
  public static double upperBound(LatencyProfile.Timing timing) {
    return Math.max(0, timing.mean() + TRUNCATION_SIGMAS * timing.std());
  }

  /**
   * One delay in seconds.
   *
   * @throws IllegalArgumentException if the mean or the deviation is negative or not finite
   */
  public double sample(LatencyProfile.Timing timing) {
    double mean = timing.mean();
    double std = timing.std();
    if (!Double.isFinite(mean) || !Double.isFinite(std) || mean < 0 || std < 0) {
      throw new IllegalArgumentException("timing: mean " + mean + " and std " + std + " must be finite and at least"
          + " 0 seconds");
    }
    if (std == 0) {
      return mean;
    }
    double low = lowerBound(timing);
    double high = upperBound(timing);
    // Rejection sampling keeps the exact truncated-normal shape; the bounds hold at least 0.4987 of the mass
    // even when the lower one is cut at 0 (mean = 0), so attempts rarely exceed two.
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      double draw = mean + std * random.nextGaussian();
      if (draw >= low && draw <= high) {
        return draw;
      }
    }
    return Math.min(high, Math.max(low, mean));
  }

  /** One delay as a duration, to the nanosecond. */
  public Duration duration(LatencyProfile.Timing timing) {
    return Duration.ofNanos(Math.round(sample(timing) * 1e9));
  }

  /** Delays before each of {@code tokens} tokens: the time to first token, then inter-token latencies. */
  public double[] streamDelays(LatencyProfile.Timing ttft, LatencyProfile.Timing itl, int tokens) {
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens: " + tokens + " is negative");
    }
    double[] delays = new double[tokens];
    for (int i = 0; i < tokens; i++) {
      delays[i] = sample(i == 0 ? ttft : itl);
    }
    return delays;
  }
}
