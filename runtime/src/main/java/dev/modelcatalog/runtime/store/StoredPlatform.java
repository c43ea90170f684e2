package dev.modelcatalog.runtime.store;

import dev.modelcatalog.runtime.Platform;
import java.util.Objects;

/**
 * A platform's entry in a store.
 *
 * @param key the object's key ({@link StoreKeys#platform})
 * @param etag the object's tag when it was read or written
 * @param platform the platform
 */
public record StoredPlatform(String key, String etag, Platform platform) {

  public StoredPlatform {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(platform, "platform");
  }
}
