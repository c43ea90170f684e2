package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The sampler's arithmetic with the normal draws chosen by the test, so every bound and step is checked exactly;
 * {@link LatencyTest} checks the distribution's shape with a seeded generator.
 */
class LatencySamplerTest {

  private static final LatencyProfile.Timing ONE_SECOND = new LatencyProfile.Timing(1.0, 0.1);

  /** A generator whose standard normal draws are these values, in this order. */
  private static RandomGenerator draws(double... gaussians) {
    Deque<Double> queue = new ArrayDeque<>();
    for (double g : gaussians) {
      queue.add(g);
    }
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        throw new AssertionError("the sampler draws normals only");
      }

      @Override
      public double nextGaussian() {
        return queue.remove();
      }
    };
  }

  @Test
  void bounds_areThreeDeviationsAroundTheMean_cutAtZero() {
    assertEquals(0.7, LatencySampler.lowerBound(ONE_SECOND), 1e-12);
    assertEquals(1.3, LatencySampler.upperBound(ONE_SECOND), 1e-12);
    assertEquals(0.0, LatencySampler.lowerBound(new LatencyProfile.Timing(0.2, 0.1)));
    assertEquals(0.5, LatencySampler.upperBound(new LatencyProfile.Timing(0.2, 0.1)), 1e-12);
  }

  @Test
  void sample_isTheMeanPlusTheDrawTimesTheDeviation() {
    assertEquals(1.05, new LatencySampler(draws(0.5)).sample(ONE_SECOND), 1e-12);
    assertEquals(0.8, new LatencySampler(draws(-2.0)).sample(ONE_SECOND), 1e-12);
  }

  /** A draw on a bound is kept; one beyond it is drawn again (a deviation of 0.25 keeps the arithmetic exact). */
  @Test
  void sample_onABound_isKept_andBeyondItIsDrawnAgain() {
    LatencyProfile.Timing exact = new LatencyProfile.Timing(1.0, 0.25);
    assertEquals(1.75, LatencySampler.upperBound(exact));
    assertEquals(0.25, LatencySampler.lowerBound(exact));
    assertEquals(1.75, new LatencySampler(draws(3.0)).sample(exact));
    assertEquals(0.25, new LatencySampler(draws(-3.0)).sample(exact));
    assertEquals(1.25, new LatencySampler(draws(3.5, -3.5, 1.0)).sample(exact));
  }

  /** Draws that never land in range (no real generator does this 64 times) end at the mean, clamped. */
  @Test
  void sample_everyDrawOutOfRange_isTheMean() {
    double[] far = new double[64];
    java.util.Arrays.fill(far, 10.0);
    assertEquals(1.0, new LatencySampler(draws(far)).sample(ONE_SECOND));
  }

  @Test
  void sample_zeroMeanOrDeviation_isAccepted_negativeOrNotFiniteIsNot() {
    LatencySampler sampler = new LatencySampler(draws(1.0));
    assertEquals(0.0, sampler.sample(new LatencyProfile.Timing(0.0, 0.0)));
    assertEquals(0.25, sampler.sample(new LatencyProfile.Timing(0.25, 0.0)));
    assertEquals(0.1, sampler.sample(new LatencyProfile.Timing(0.0, 0.1)), 1e-12);
    for (LatencyProfile.Timing bad : List.of(new LatencyProfile.Timing(-0.1, 0.1),
        new LatencyProfile.Timing(0.1, -0.1), new LatencyProfile.Timing(Double.NaN, 0.1),
        new LatencyProfile.Timing(0.1, Double.POSITIVE_INFINITY))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sampler.sample(bad));
      assertEquals("timing: mean " + bad.mean() + " and std " + bad.std() + " must be finite and at least 0 seconds",
          e.getMessage());
    }
  }

  @Test
  void duration_isTheSampleToTheNanosecond() {
    assertEquals(Duration.ofMillis(1050), new LatencySampler(draws(0.5)).duration(ONE_SECOND));
    assertEquals(Duration.ofNanos(250_000_001),
        new LatencySampler(draws()).duration(new LatencyProfile.Timing(0.250_000_001, 0)));
  }

  @Test
  void streamDelays_areTheFirstTokensTimeThenTheGaps() {
    LatencyProfile.Timing ttft = new LatencyProfile.Timing(0.5, 0);
    LatencyProfile.Timing itl = new LatencyProfile.Timing(0.02, 0);
    LatencySampler sampler = new LatencySampler(draws());
    assertArrayEquals(new double[] {0.5, 0.02, 0.02}, sampler.streamDelays(ttft, itl, 3));
    assertArrayEquals(new double[] {0.5}, sampler.streamDelays(ttft, itl, 1));
    assertArrayEquals(new double[0], sampler.streamDelays(ttft, itl, 0));
    assertEquals("tokens: -1 is negative",
        assertThrows(IllegalArgumentException.class, () -> sampler.streamDelays(ttft, itl, -1)).getMessage());
  }
}
