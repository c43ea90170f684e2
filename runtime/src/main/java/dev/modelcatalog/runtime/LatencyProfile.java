package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * How long a model takes, in seconds: mean and standard deviation of the time to first token (TTFT) and of the
 * inter-token latency (ITL), and the multipliers applied when a request uses vision, audio, video, reasoning or
 * tools. Multipliers compound: a vision request to a reasoning model with TTFT mean 0.3 waits
 * {@code 0.3 * 1.5 * 2.5 = 1.125} seconds on average.
 */
public record LatencyProfile(
    double ttftMean, double ttftStd, double itlMean, double itlStd,
    double visionMultiplier, double audioMultiplier, double videoMultiplier,
    double reasoningMultiplier, double toolCallingMultiplier) {

  /** The reference design's multipliers: vision 1.5, audio 1.3, video 2.0, reasoning 2.5, tool calling 1.2. */
  public static final double DEFAULT_VISION = 1.5;
  public static final double DEFAULT_AUDIO = 1.3;
  public static final double DEFAULT_VIDEO = 2.0;
  public static final double DEFAULT_REASONING = 2.5;
  public static final double DEFAULT_TOOL_CALLING = 1.2;

  // The latency presets' profiles, which Presets.latency hands out. They live here rather than in Presets so that
  // a definition built with one, or with none (the MEDIUM profile), loads no preset class, and so that of() can
  // hand out the shared profile for a preset's numbers: generated code states a preset's latency as its numbers,
  // and thousands of definitions then hold one object, not one each.
  static final LatencyProfile SMALL_PRESET = withDefaultMultipliers(0.10, 0.03, 0.015, 0.005);
  /** The {@code MEDIUM} preset's profile, which a definition that states no latency gets. */
  static final LatencyProfile MEDIUM_PRESET = withDefaultMultipliers(0.30, 0.10, 0.050, 0.020);
  static final LatencyProfile LARGE_PRESET = withDefaultMultipliers(0.60, 0.20, 0.080, 0.030);
  static final LatencyProfile XLARGE_PRESET = withDefaultMultipliers(1.00, 0.30, 0.120, 0.040);
  static final LatencyProfile REASONING_PRESET = withDefaultMultipliers(2.00, 0.60, 0.060, 0.020);
  private static final LatencyProfile[] PRESETS =
      {SMALL_PRESET, MEDIUM_PRESET, LARGE_PRESET, XLARGE_PRESET, REASONING_PRESET};

  /**
   * A profile with these means and deviations and the default multipliers; a latency preset's shared profile when
   * the numbers are a preset's.
   */
  public static LatencyProfile of(double ttftMean, double ttftStd, double itlMean, double itlStd) {
    for (LatencyProfile preset : PRESETS) {
      if (preset.ttftMean == ttftMean && preset.ttftStd == ttftStd && preset.itlMean == itlMean
          && preset.itlStd == itlStd) {
        return preset;
      }
    }
    return withDefaultMultipliers(ttftMean, ttftStd, itlMean, itlStd);
  }

  private static LatencyProfile withDefaultMultipliers(double ttftMean, double ttftStd, double itlMean,
      double itlStd) {
    return new LatencyProfile(ttftMean, ttftStd, itlMean, itlStd,
        DEFAULT_VISION, DEFAULT_AUDIO, DEFAULT_VIDEO, DEFAULT_REASONING, DEFAULT_TOOL_CALLING);
  }

  /** A mean and a standard deviation, in seconds. */
  public record Timing(double mean, double std) {}

  /** Time to first token for a request that uses these features, multipliers applied. */
  public Timing ttft(Set<Capability> features) {
    return scaled(ttftMean, ttftStd, factor(features, Set.of()));
  }

  /** Inter-token latency for a request that uses these features, multipliers applied. */
  public Timing itl(Set<Capability> features) {
    return scaled(itlMean, itlStd, factor(features, Set.of()));
  }

  // Decimal arithmetic: declared values such as 0.1 * 1.5 * 2.5 give exactly 0.375, not 0.37500000000000006.
  private static Timing scaled(double mean, double std, BigDecimal factor) {
    return new Timing(BigDecimal.valueOf(mean).multiply(factor).doubleValue(),
        BigDecimal.valueOf(std).multiply(factor).doubleValue());
  }

  private BigDecimal factor(Set<Capability> features, Set<Modality> modalities) {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(modalities, "modalities");
    BigDecimal factor = BigDecimal.ONE;
    if (features.contains(Capability.VISION) || modalities.contains(Modality.IMAGE)
        || modalities.contains(Modality.PDF)) {
      factor = factor.multiply(BigDecimal.valueOf(visionMultiplier));
    }
    if (features.contains(Capability.AUDIO_INPUT) || features.contains(Capability.AUDIO_OUTPUT)
        || modalities.contains(Modality.AUDIO)) {
      factor = factor.multiply(BigDecimal.valueOf(audioMultiplier));
    }
    if (features.contains(Capability.VIDEO) || modalities.contains(Modality.VIDEO)) {
      factor = factor.multiply(BigDecimal.valueOf(videoMultiplier));
    }
    if (features.contains(Capability.REASONING)) {
      factor = factor.multiply(BigDecimal.valueOf(reasoningMultiplier));
    }
    if (features.contains(Capability.TOOL_CALLING)) {
      factor = factor.multiply(BigDecimal.valueOf(toolCallingMultiplier));
    }
    return factor;
  }

  // ---------------------------------------------------------------------------------------------- by modality

  /**
   * Time to first token for a request with these input modalities and features: image and PDF input apply the
   * vision multiplier, audio the audio multiplier, video the video multiplier (each once, however it is named).
   */
  public Timing ttft(Set<Modality> modalities, Set<Capability> features) {
    return scaled(ttftMean, ttftStd, factor(features, modalities));
  }

  /** Inter-token latency for a request with these input modalities and features; see {@link #ttft(Set, Set)}. */
  public Timing itl(Set<Modality> modalities, Set<Capability> features) {
    return scaled(itlMean, itlStd, factor(features, modalities));
  }
}
