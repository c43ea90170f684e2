package dev.modelcatalog.benchmarks;

import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * What a user would write instead of fuzzy resolution: scan every normalized id with Commons Text's
 * {@link LevenshteinDistance} and keep the closest (top 1), with no threshold and with a threshold of 3 (which
 * lets each comparison stop early). Fuzzy resolution in the registry is measured against these.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkDefaults.FORKS, jvmArgsAppend = BenchmarkDefaults.HEAP)
public class FuzzyBaselineBenchmark {

  private static final LevenshteinDistance UNBOUNDED = LevenshteinDistance.getDefaultInstance();
  private static final LevenshteinDistance WITHIN_3 = new LevenshteinDistance(3);

  @Benchmark
  public String baselineLevenshteinScan(CatalogState s, FuzzyQueries q, Cursor c) {
    return closest(UNBOUNDED, s.normalizedIds, q.next(c));
  }

  @Benchmark
  public String baselineLevenshteinScanThreshold3(CatalogState s, FuzzyQueries q, Cursor c) {
    return closest(WITHIN_3, s.normalizedIds, q.next(c));
  }

  /** The id closest to the query, or null when none is within the distance's threshold. */
  static String closest(LevenshteinDistance distance, String[] ids, String query) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : ids) {
      int d = distance.apply(query, id);
      if (d >= 0 && d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return best;
  }
}
