package dev.modelcatalog.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A per-thread position in the rotation of query keys. */
@State(Scope.Thread)
public class Cursor {
  private int next;

  /** The next value of an ever-growing counter, for callers that want more than {@link CatalogState#KEYS} values. */
  public int nextWide() {
    return next++;
  }

  /** The next index in {@code [0, CatalogState.KEYS)}. */
  public int next() {
    return next++ & (CatalogState.KEYS - 1);
  }
}
