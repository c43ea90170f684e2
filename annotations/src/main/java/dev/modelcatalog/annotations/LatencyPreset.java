package dev.modelcatalog.annotations;

/**
 * A named latency profile: mean and standard deviation of time to first token and of inter-token latency,
 * in seconds. Values (ttft mean/std, itl mean/std):
 *
 * <ul>
 *   <li>{@link #SMALL}: 0.10 / 0.03, 0.015 / 0.005</li>
 *   <li>{@link #MEDIUM}: 0.30 / 0.10, 0.050 / 0.020 (the default)</li>
 *   <li>{@link #LARGE}: 0.60 / 0.20, 0.080 / 0.030</li>
 *   <li>{@link #XLARGE}: 1.00 / 0.30, 0.120 / 0.040</li>
 *   <li>{@link #REASONING}: 2.00 / 0.60, 0.060 / 0.020</li>
 * </ul>
 */
public enum LatencyPreset {
  SMALL,
  MEDIUM,
  LARGE,
  XLARGE,
  REASONING
}
