package dev.modelcatalog.runtime.store;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What changed between two states of a store: models to put in the registry (new or changed), ids to remove
 * (tombstoned, or gone from the store), routes and platforms that are new or changed.
 *
 * @param put models to register or replace, in id order
 * @param remove ids of models to remove, in id order
 * @param routes routes added or changed, in key order
 * @param platforms platforms added or changed, in id order
 */
public record StoreChanges(List<ModelDefinition> put, List<String> remove, List<Route> routes,
    List<Platform> platforms) {

  public StoreChanges {
    put = List.copyOf(put);
    remove = List.copyOf(remove);
    routes = List.copyOf(routes);
    platforms = List.copyOf(platforms);
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return put.isEmpty() && remove.isEmpty() && routes.isEmpty() && platforms.isEmpty();
  }

  /** The changes that take a registry that reflects {@code before} to one that reflects {@code after}. */
  public static StoreChanges between(StoreState before, StoreState after) {
    List<ModelDefinition> put = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    for (StoredModel now : after.models().values()) {
      StoredModel then = before.models().get(now.id());
      boolean same = then != null && then.etag().equals(now.etag()) && then.deleted() == now.deleted();
      if (same) {
        continue;
      }
      if (now.deleted()) {
        remove.add(now.id());
      } else {
        put.add(now.model());
      }
    }
    for (StoredModel then : before.models().values()) {
      if (!then.deleted() && !after.models().containsKey(then.id())) {
        remove.add(then.id());
      }
    }
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<String, StoredRoute> now : after.routes().entrySet()) {
      StoredRoute then = before.routes().get(now.getKey());
      if (then == null || !then.etag().equals(now.getValue().etag())) {
        routes.add(now.getValue().route());
      }
    }
    List<Platform> platforms = new ArrayList<>();
    for (StoredPlatform now : after.platforms().values()) {
      StoredPlatform then = before.platforms().get(now.platform().id());
      if (then == null || !then.etag().equals(now.etag())) {
        platforms.add(now.platform());
      }
    }
    return new StoreChanges(put, remove, routes, platforms);
  }
}
