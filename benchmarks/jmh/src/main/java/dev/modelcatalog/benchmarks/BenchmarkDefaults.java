package dev.modelcatalog.benchmarks;

/**
 * Settings every benchmark class shares through its annotations; run.sh overrides iterations and times on the
 * command line ({@code -wi}, {@code -i}, {@code -w}, {@code -r}, {@code -f}) for its short and full modes.
 */
final class BenchmarkDefaults {
  /** One fork keeps a run short; run.sh's full mode asks for more. */
  static final int FORKS = 1;
  /** Heap for forks: the 50,000-model registry and its baselines together stay well under it. */
  static final String HEAP = "-Xmx2g";

  private BenchmarkDefaults() {}
}
