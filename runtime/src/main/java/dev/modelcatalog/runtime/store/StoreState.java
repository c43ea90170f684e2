package dev.modelcatalog.runtime.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a store held when it was read: models and tombstones by id, routes by key, platforms by id, each with
 * its tag, and the version of the whole (the tag of the store's index, or null when there was none). Immutable.
 *
 * <p>{@link #problems()} lists objects that were rejected during this read (corrupt, truncated, breaking a rule):
 * such an object keeps the entry it had in the previous state, or none, and is read again next time.
 */
public final class StoreState {

  /** A store never read. */
  public static final StoreState EMPTY = new StoreState(null, Map.of(), Map.of(), Map.of(), List.of());

  private final String version;
  private final SortedMap<String, StoredModel> models;
  private final SortedMap<String, StoredRoute> routes;
  private final SortedMap<String, StoredPlatform> platforms;
  private final List<String> problems;

  public StoreState(String version, Map<String, StoredModel> models, Map<String, StoredRoute> routes,
      Map<String, StoredPlatform> platforms, List<String> problems) {
    this.version = version;
    this.models = Collections.unmodifiableSortedMap(new TreeMap<>(models));
    this.routes = Collections.unmodifiableSortedMap(new TreeMap<>(routes));
    this.platforms = Collections.unmodifiableSortedMap(new TreeMap<>(platforms));
    this.problems = List.copyOf(problems);
  }

  /** The tag of the index this state was read from; null when read without one. */
  public String version() {
    return version;
  }

  /** Models and tombstones, by model id. */
  public SortedMap<String, StoredModel> models() {
    return models;
  }

  /** Routes, by key. */
  public SortedMap<String, StoredRoute> routes() {
    return routes;
  }

  /** Platforms, by platform id. */
  public SortedMap<String, StoredPlatform> platforms() {
    return platforms;
  }

  /** Objects rejected while reading this state, as {@code key: reason}; empty when every object was good. */
  public List<String> problems() {
    return problems;
  }

  /** This state with one model's entry put in place (after a write of one's own). */
  public StoreState withModel(StoredModel model) {
    TreeMap<String, StoredModel> next = new TreeMap<>(models);
    next.put(model.id(), model);
    return new StoreState(version, next, routes, platforms, problems);
  }

  /** This state with one route's entry put in place. */
  public StoreState withRoute(StoredRoute route) {
    TreeMap<String, StoredRoute> next = new TreeMap<>(routes);
    next.put(route.key(), route);
    return new StoreState(version, models, next, platforms, problems);
  }

  /** This state with one platform's entry put in place. */
  public StoreState withPlatform(StoredPlatform platform) {
    TreeMap<String, StoredPlatform> next = new TreeMap<>(platforms);
    next.put(platform.platform().id(), platform);
    return new StoreState(version, models, routes, next, problems);
  }

  @Override
  public String toString() {
    return "StoreState[version " + version + ", " + models.size() + " models, " + routes.size() + " routes, "
        + platforms.size() + " platforms]";
  }
}
