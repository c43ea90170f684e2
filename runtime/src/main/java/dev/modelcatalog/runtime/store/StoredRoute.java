package dev.modelcatalog.runtime.store;

import dev.modelcatalog.runtime.Route;
import java.util.Objects;

/**
 * A route's entry in a store.
 *
 * @param key the object's key ({@link StoreKeys#route})
 * @param etag the object's tag when it was read or written
 * @param route the route, naming its model
 */
public record StoredRoute(String key, String etag, Route route) {

  public StoredRoute {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(route, "route");
  }
}
