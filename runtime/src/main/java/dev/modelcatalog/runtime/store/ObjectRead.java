package dev.modelcatalog.runtime.store;

import java.util.Objects;

/**
 * The answer to {@link ObjectStore#get}: the object with its tag, or that it does not exist, or that it still has
 * the tag the reader knew.
 *
 * @param status which of the three
 * @param content the bytes when {@link Status#FOUND}, else empty
 * @param etag the object's tag when {@link Status#FOUND}, else null
 */
public record ObjectRead(Status status, byte[] content, String etag) {

  /** The outcome of a read. */
  public enum Status {
    FOUND,
    NOT_FOUND,
    NOT_MODIFIED
  }

  public ObjectRead {
    Objects.requireNonNull(status, "status");
    content = content == null ? new byte[0] : content;
  }

  /** An object read in full. */
  public static ObjectRead found(byte[] content, String etag) {
    return new ObjectRead(Status.FOUND, Objects.requireNonNull(content, "content"),
        Objects.requireNonNull(etag, "etag"));
  }

  /** No object under the key. */
  public static ObjectRead notFound() {
    return new ObjectRead(Status.NOT_FOUND, null, null);
  }

  /** The object still has the tag the reader gave. */
  public static ObjectRead notModified() {
    return new ObjectRead(Status.NOT_MODIFIED, null, null);
  }
}
