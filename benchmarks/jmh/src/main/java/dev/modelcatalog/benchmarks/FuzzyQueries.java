package dev.modelcatalog.benchmarks;

import dev.modelcatalog.runtime.Discovery;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Misspelled queries of four kinds, drawn from the catalog under test: one typo ({@code gpt-4p}), a date the
 * catalog does not know appended ({@code gpt-4o-2031-02-03}), the first two tokens swapped ({@code 4o-gpt}), and
 * a model no catalog has. Sixteen of each, used in rotation.
 */
@State(Scope.Benchmark)
public class FuzzyQueries {

  static final int QUERIES = 16;

  @Param({"typo", "dated", "reordered", "unknown"})
  public String kind;

  public String[] queries;

  @Setup(Level.Trial)
  public void draw(CatalogState s) {
    queries = new String[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      String id = Discovery.normalizeModelId(s.models.get((int) ((long) q * s.models.size() / QUERIES)).id());
      queries[q] = query(kind, id, q);
    }
  }

  static String query(String kind, String id, int q) {
    switch (kind) {
      case "typo": {
        int at = id.length() / 2;
        char replaced = id.charAt(at) == 'x' ? 'y' : 'x';
        return id.substring(0, at) + replaced + id.substring(at + 1);
      }
      case "dated":
        return id + "-2031-02-" + (10 + q);
      case "reordered": {
        String[] tokens = id.split("-");
        if (tokens.length < 2) {
          return id;
        }
        String first = tokens[0];
        tokens[0] = tokens[1];
        tokens[1] = first;
        return String.join("-", tokens);
      }
      case "unknown":
        return "zephyr-quantum-" + q + "-ultra";
      default:
        throw new IllegalArgumentException("kind: typo, dated, reordered or unknown, got " + kind);
    }
  }

  /** The next query, in rotation. */
  public String next(Cursor c) {
    return queries[c.next() & (QUERIES - 1)];
  }
}
