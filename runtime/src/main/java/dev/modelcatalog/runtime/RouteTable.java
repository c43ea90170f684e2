package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.RouteStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every route of a registry, by model id, and the orderings built on them. Immutable: adding a route builds a new
 * table, which the registry publishes at once. Routes are stored with their model's canonical id.
 */
final class RouteTable {

  static final RouteTable EMPTY = new RouteTable(new TreeMap<>());

  /** Declared order: priority, then platform id. */
  static final Comparator<Route> BY_PRIORITY =
      Comparator.comparingInt(Route::priority).thenComparing(Route::platform);

  /** Fallback order: active routes before beta ones, then priority, then platform id. */
  static final Comparator<Route> FALLBACK_ORDER =
      Comparator.comparing((Route r) -> r.status() == RouteStatus.ACTIVE ? 0 : 1).thenComparing(BY_PRIORITY);

  private final Map<String, List<Route>> byModel;
  /** {@code platform + '\n' + modelString} to the model id. */
  private final Map<String, String> byModelString;

  private RouteTable(TreeMap<String, List<Route>> byModel) {
    Map<String, String> strings = new HashMap<>();
    for (Map.Entry<String, List<Route>> entry : byModel.entrySet()) {
      List<Route> sorted = new ArrayList<>(entry.getValue());
      sorted.sort(BY_PRIORITY);
      entry.setValue(List.copyOf(sorted));
      for (Route route : sorted) {
        strings.putIfAbsent(key(route.platform(), route.modelString()), entry.getKey());
      }
    }
    this.byModel = Collections.unmodifiableMap(byModel);
    this.byModelString = Map.copyOf(strings);
  }

  private static String key(String platform, String modelString) {
    return platform + '\n' + modelString;
  }

  /** A table of these routes, each of which names its model's canonical id. */
  static RouteTable of(List<Route> routes) {
    TreeMap<String, List<Route>> byModel = new TreeMap<>();
    for (Route route : routes) {
      String model = route.model().orElseThrow(() -> new IllegalArgumentException("route " + route
          + " names no model"));
      byModel.computeIfAbsent(model, m -> new ArrayList<>()).add(route);
    }
    return new RouteTable(byModel);
  }

  /** This table plus one route, which names its model's canonical id. */
  RouteTable with(Route route) {
    TreeMap<String, List<Route>> byModel = new TreeMap<>();
    this.byModel.forEach((model, routes) -> byModel.put(model, new ArrayList<>(routes)));
    byModel.computeIfAbsent(route.model().orElseThrow(), m -> new ArrayList<>()).add(route);
    return new RouteTable(byModel);
  }

  /** Every route of the model, by priority then platform; empty when it has none. */
  List<Route> routes(String modelId) {
    return byModel.getOrDefault(modelId, List.of());
  }

  /** Every route, by model id then priority. */
  List<Route> all() {
    List<Route> all = new ArrayList<>();
    byModel.values().forEach(all::addAll);
    return all;
  }

  /** The id of the model a platform serves under this model string, or null. */
  String modelFor(String platform, String modelString) {
    return byModelString.get(key(platform, modelString));
  }

  /**
   * The routes of the model that can take traffic, in the order to try them: active before beta, then by
   * priority, then by platform id.
   */
  List<Route> fallbackChain(String modelId, Predicate<String> usablePlatform) {
    List<Route> chain = new ArrayList<>();
    for (Route route : routes(modelId)) {
      if (route.isUsable() && usablePlatform.test(route.platform())) {
        chain.add(route);
      }
    }
    chain.sort(FALLBACK_ORDER);
    return List.copyOf(chain);
  }

  /** The usable routes of the model grouped by platform, platforms in fallback order. */
  Map<String, List<Route>> availability(String modelId, Predicate<String> usablePlatform) {
    Map<String, List<Route>> byPlatform = new LinkedHashMap<>();
    for (Route route : fallbackChain(modelId, usablePlatform)) {
      byPlatform.computeIfAbsent(route.platform(), p -> new ArrayList<>()).add(route);
    }
    byPlatform.replaceAll((platform, routes) -> List.copyOf(routes));
    return Collections.unmodifiableMap(byPlatform);
  }
}
