package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.LatencyPreset;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Latency multipliers (exact decimal results) and the truncated-normal sampler's statistics (seeded). */
class LatencyTest {

  private static final LatencyProfile MEDIUM = LatencyProfile.of(0.3, 0.1, 0.05, 0.02);
  private static final int DRAWS = 200_000;

  @Test
  void of_aPresetsNumbers_isThePresetsSharedProfile() {
    // Generated code states a preset's latency as its numbers; the definitions must share the preset's object.
    for (LatencyPreset preset : LatencyPreset.values()) {
      LatencyProfile profile = Presets.latency(preset);
      assertSame(profile, LatencyProfile.of(profile.ttftMean(), profile.ttftStd(), profile.itlMean(),
          profile.itlStd()), preset.name());
    }
    LatencyProfile other = LatencyProfile.of(0.30, 0.10, 0.050, 0.021);
    assertEquals(0.021, other.itlStd());
    assertEquals(LatencyProfile.DEFAULT_VISION, other.visionMultiplier());
    assertNotSame(other, LatencyProfile.of(0.30, 0.10, 0.050, 0.021));
  }

  @Test
  void ttft_visionAndReasoning_multipliesExactly() {
    LatencyProfile.Timing timing = MEDIUM.ttft(Set.of(Capability.VISION, Capability.REASONING));
    assertEquals(1.125, timing.mean());
    assertEquals(0.375, timing.std()); // plain doubles would give 0.37500000000000006
  }

  @Test
  void itl_reasoning_multipliesMeanAndStd() {
    assertEquals(new LatencyProfile.Timing(0.125, 0.05), MEDIUM.itl(Set.of(Capability.REASONING)));
  }

  @Test
  void ttft_noFeatures_isTheProfile() {
    assertEquals(new LatencyProfile.Timing(0.3, 0.1), MEDIUM.ttft(Set.of()));
  }

  @Test
  void ttft_everyMultiplier_compounds() {
    LatencyProfile.Timing timing = MEDIUM.ttft(Set.of(Capability.VISION, Capability.AUDIO_INPUT, Capability.VIDEO,
        Capability.REASONING, Capability.TOOL_CALLING));
    // 0.3 * 1.5 * 1.3 * 2.0 * 2.5 * 1.2 = 3.51
    assertEquals(3.51, timing.mean());
  }

  @Test
  void ttft_imageModality_appliesVisionOnce() {
    assertEquals(MEDIUM.ttft(Set.of(Capability.VISION, Capability.REASONING)),
        MEDIUM.ttft(Set.of(Modality.IMAGE), Set.of(Capability.REASONING)));
    assertEquals(MEDIUM.ttft(Set.of(Capability.VISION)),
        MEDIUM.ttft(Set.of(Modality.IMAGE, Modality.PDF), Set.of(Capability.VISION)));
    assertEquals(new LatencyProfile.Timing(0.6, 0.2), MEDIUM.ttft(Set.of(Modality.VIDEO), Set.of()));
  }

  @Test
  void sampler_symmetricTruncation_matchesTruncatedNormalMoments() {
    LatencyProfile.Timing timing = new LatencyProfile.Timing(1.125, 0.375);
    double[] draws = draw(timing, 42);
    // Cut at +-3 sigma: the mean stays, the variance shrinks by 1 - 2*3*phi(3) / (2*Phi(3) - 1).
    double z = 2 * cdf(3) - 1;
    double expectedStd = 0.375 * Math.sqrt(1 - 2 * 3 * pdf(3) / z);
    assertEquals(1.125, mean(draws), 0.005);
    assertEquals(expectedStd, std(draws), 0.005);
    for (double d : draws) {
      assertTrue(d >= 0 && d <= 2.25, "draw " + d + " outside [0, 2.25]");
    }
  }

  @Test
  void sampler_truncatedAtZero_shiftsMeanAsTheoryPredicts() {
    LatencyProfile.Timing timing = new LatencyProfile.Timing(0.1, 0.1);
    double[] draws = draw(timing, 7);
    double alpha = -1; // (0 - 0.1) / 0.1
    double beta = 3;
    double expectedMean = 0.1 + 0.1 * (pdf(alpha) - pdf(beta)) / (cdf(beta) - cdf(alpha));
    assertEquals(expectedMean, mean(draws), 0.002);
    for (double d : draws) {
      assertTrue(d >= 0, "negative delay " + d);
    }
  }

  @Test
  void sampler_sameSeed_sameDelays() {
    LatencyProfile.Timing ttft = MEDIUM.ttft(Set.of());
    LatencyProfile.Timing itl = MEDIUM.itl(Set.of());
    assertArrayEquals(new LatencySampler(new SplittableRandom(3)).streamDelays(ttft, itl, 50),
        new LatencySampler(new SplittableRandom(3)).streamDelays(ttft, itl, 50));
  }

  @Test
  void sampler_zeroStd_returnsTheMean() {
    assertEquals(0.25, new LatencySampler(new SplittableRandom(1)).sample(new LatencyProfile.Timing(0.25, 0)));
  }

  private static double[] draw(LatencyProfile.Timing timing, long seed) {
    LatencySampler sampler = new LatencySampler(new SplittableRandom(seed));
    double[] draws = new double[DRAWS];
    for (int i = 0; i < DRAWS; i++) {
      draws[i] = sampler.sample(timing);
    }
    return draws;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double std(double[] values) {
    double mean = mean(values);
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / (values.length - 1));
  }

  private static double pdf(double x) {
    return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
  }

  /** The standard normal CDF by Simpson's rule over [0, x]; accurate to far below the tolerances used. */
  private static double cdf(double x) {
    int n = 2_000;
    double h = x / n;
    double sum = pdf(0) + pdf(x);
    for (int i = 1; i < n; i++) {
      sum += (i % 2 == 0 ? 2 : 4) * pdf(i * h);
    }
    return 0.5 + sum * h / 3;
  }
}
