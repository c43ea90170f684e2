package dev.modelcatalog.runtime.store;

/**
 * A compare-and-set write lost: another writer changed the object since it was read. Nothing was written. Raised by
 * {@link RegistryStore} writes; {@link RegistrySync} re-reads and retries, and raises it to its caller only when
 * every attempt lost.
 */
public final class StoreConflictException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final int attempts;

  public StoreConflictException(String key, int attempts, String message) {
    super(message);
    this.key = key;
    this.attempts = attempts;
  }

  /** The key of the object written concurrently. */
  public String key() {
    return key;
  }

  /** How many attempts were made; 1 for a single write. */
  public int attempts() {
    return attempts;
  }
}
