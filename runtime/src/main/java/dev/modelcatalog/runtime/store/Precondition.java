package dev.modelcatalog.runtime.store;

import java.util.Objects;

/**
 * The condition under which {@link ObjectStore#put} writes: always, only when no object exists (S3's
 * {@code If-None-Match: *}), or only when the object still has a given tag (S3's {@code If-Match}).
 *
 * @param kind which condition
 * @param etag the expected tag for {@link Kind#MATCHING}, else null
 */
public record Precondition(Kind kind, String etag) {

  /** The kinds of condition. */
  public enum Kind {
    NONE,
    ABSENT,
    MATCHING
  }

  public Precondition {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.MATCHING) != (etag != null)) {
      throw new IllegalArgumentException("etag: given exactly when the kind is MATCHING");
    }
  }

  private static final Precondition NONE = new Precondition(Kind.NONE, null);
  private static final Precondition ABSENT = new Precondition(Kind.ABSENT, null);

  /** Write whatever is there (last writer wins); for derived documents only. */
  public static Precondition none() {
    return NONE;
  }

  /** Write only if no object exists under the key. */
  public static Precondition absent() {
    return ABSENT;
  }

  /** Write only if the object still has this tag. */
  public static Precondition matching(String etag) {
    return new Precondition(Kind.MATCHING, Objects.requireNonNull(etag, "etag"));
  }

  /** The condition that a write expecting this tag needs: {@link #absent()} for null. */
  public static Precondition expecting(String etag) {
    return etag == null ? ABSENT : matching(etag);
  }
}
