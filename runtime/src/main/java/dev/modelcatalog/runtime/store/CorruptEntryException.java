package dev.modelcatalog.runtime.store;

import dev.modelcatalog.runtime.json.InvalidCatalogDocumentException;

/**
 * A stored entry could not be read: its object is truncated, not JSON, or breaks a rule. A change that needs the
 * entry (an update) cannot be made; a write that replaces it whole may overwrite it, naming {@link #etag()}.
 */
public final class CorruptEntryException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final String etag;

  public CorruptEntryException(String key, String etag, InvalidCatalogDocumentException cause) {
    super(cause.getMessage(), cause);
    this.key = key;
    this.etag = etag;
  }

  /** The key of the unreadable object. */
  public String key() {
    return key;
  }

  /** Its tag, for a compare-and-set write that replaces it. */
  public String etag() {
    return etag;
  }
}
