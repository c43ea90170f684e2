package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A registry's platforms and routes: the built-in platforms with those the catalogs declare and those registered,
 * and every route, compiled and added at run time. Each table is built on first use, so a registry that never
 * routes pays nothing, and replaced whole under the registry's write lock, so readers see one or the other. Routes
 * name models by canonical id; the registry resolves what callers pass.
 */
final class RegistryRoutes {

  private final ModelRegistry registry;
  private final CompiledIndex base;
  /** The registry's write lock: a route is checked against the models and platforms as they stand. */
  private final Object writeLock;
  private volatile RouteTable routeTable;
  private volatile Map<String, Platform> platformTable;

  RegistryRoutes(ModelRegistry registry, CompiledIndex base, Object writeLock) {
    this.registry = registry;
    this.base = base;
    this.writeLock = writeLock;
  }

  /** {@link ModelRegistry#platforms()}. */
  List<Platform> platforms() {
    return List.copyOf(platformTable().values());
  }

  /** {@link ModelRegistry#platform}. */
  Optional<Platform> platform(String id) {
    // A null id names no platform, as a null id finds no model; the table, a TreeMap, would throw.
    return id == null ? Optional.empty() : Optional.ofNullable(platformTable().get(id));
  }

  /** {@link ModelRegistry#registerPlatform}. */
  void registerPlatform(Platform platform) {
    if (!RouteRules.isPlatformId(platform.id())) {
      throw new IllegalArgumentException("platform.id: '" + platform.id() + "' is no valid platform id; use 1 to 64"
          + " lower-case letters, digits and -_.");
    }
    // As the processor checks @Platform: a URL is empty or http(s).
    platformUrl("platform.baseUrl", platform.baseUrl());
    platformUrl("platform.docsUrl", platform.docsUrl());
    synchronized (writeLock) {
      TreeMap<String, Platform> next = new TreeMap<>(platformTable());
      next.put(platform.id(), platform);
      platformTable = Collections.unmodifiableMap(next);
    }
  }

  private static void platformUrl(String field, String url) {
    if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
      throw new IllegalArgumentException(field + ": '" + url + "' is no http or https URL; give one, or leave it"
          + " empty");
    }
  }

  /** Builds the tables of platforms and routes now, rather than on the first call that needs them. */
  void prepare() {
    platformTable();
    routeTable();
  }

  private Map<String, Platform> platformTable() {
    Map<String, Platform> table = platformTable;
    if (table == null) {
      synchronized (writeLock) {
        if (platformTable == null) {
          TreeMap<String, Platform> all = new TreeMap<>();
          for (Platform platform : Platform.builtIn()) {
            all.put(platform.id(), platform);
          }
          for (ModelCatalog catalog : base.catalogs()) {
            for (Platform platform : catalog.platforms()) {
              all.put(platform.id(), platform);
            }
          }
          platformTable = Collections.unmodifiableMap(all);
        }
        table = platformTable;
      }
    }
    return table;
  }

  private boolean usablePlatform(String id) {
    Platform platform = platformTable().get(id);
    return platform != null && platform.isUsable();
  }

  private RouteTable routeTable() {
    RouteTable table = routeTable;
    if (table == null) {
      synchronized (writeLock) {
        if (routeTable == null) {
          List<Route> routes = new ArrayList<>();
          for (ModelCatalog catalog : base.catalogs()) {
            for (int i = 0; i < catalog.size(); i++) {
              for (Route route : catalog.routes(i)) {
                routes.add(route.withModel(catalog.id(i)));
              }
            }
          }
          routeTable = RouteTable.of(routes);
        }
        table = routeTable;
      }
    }
    return table;
  }

  /** The model's routes, by priority. */
  List<Route> routes(String modelId) {
    return routeTable().routes(modelId);
  }

  /** {@link ModelRegistry#fallbackChain}, for a canonical id. */
  List<Route> fallbackChain(String modelId) {
    return routeTable().fallbackChain(modelId, this::usablePlatform);
  }

  /** {@link ModelRegistry#availability}, for a canonical id. */
  Map<String, List<Route>> availability(String modelId) {
    return routeTable().availability(modelId, this::usablePlatform);
  }

  /** The canonical id of the model a route of this platform serves under this model string, or null. */
  String modelFor(String platform, String modelString) {
    return routeTable().modelFor(platform, modelString);
  }

  /** {@link ModelRegistry#cheapestRoute(long, long, Set, String)}, over the models the registry shows. */
  Optional<RouteQuote> cheapestRoute(long promptTokens, long maxOutputTokens, Set<Capability> required,
      String currency) {
    String code = Pricing.queryCurrency("currency", currency);
    Capabilities needed = Capabilities.ofBits(Capabilities.bits("required", required));
    Usage usage = CostCalculator.request(promptTokens, maxOutputTokens, "maxOutputTokens");
    RouteQuote best = null;
    for (Route route : routeTable().all()) {
      ModelDefinition model = registry.lookup(route.model().orElseThrow());
      if (model == null || !model.capabilities().hasAll(needed) || !route.isUsable()
          || !usablePlatform(route.platform())) {
        continue;
      }
      if (!CostCalculator.fits(model, promptTokens, maxOutputTokens, route.effectiveContextWindow(model),
          route.effectiveMaxOutputTokens(model))) {
        continue;
      }
      Pricing pricing = route.effectivePricing(model).orElse(null);
      if (pricing == null || !pricing.currency().equals(code)) {
        continue;
      }
      RouteQuote quote = new RouteQuote(route, model, CostCalculator.cost(model.id(), pricing, usage).total(),
          code);
      if (best == null || CheapestRoute.ORDER.compare(quote, best) < 0) {
        best = quote;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Cheapest first, then priority, model id and platform. In a holder class, so routing does not bootstrap lambdas
   * it may never use.
   */
  private static final class CheapestRoute {
    static final Comparator<RouteQuote> ORDER =
        Comparator.comparing(RouteQuote::cost)
            .thenComparingInt((RouteQuote q) -> q.route().priority())
            .thenComparing(q -> q.model().id())
            .thenComparing(q -> q.route().platform());
  }

  /**
   * Adds a route of this model, checked with {@link RouteRules#checkModelRoutes} together with the model's other
   * routes. The caller holds the write lock and resolved the model under it.
   *
   * @return the route as stored, with the model's canonical id
   * @throws InvalidRouteException when the routes do not pass; nothing is stored
   */
  Route add(ModelDefinition model, Route route) {
    Route stored = route.withModel(model.id());
    RouteTable table = routeTable();
    List<Route> all = new ArrayList<>(table.routes(model.id()));
    all.add(stored);
    Map<String, Platform> platforms = platformTable();
    List<Problem> problems = new ArrayList<>(RouteRules.checkModelRoutes(model, all, platforms::containsKey));
    // What the processor checks across a catalog, here against the models and routes the registry holds.
    String modelString = stored.modelString();
    ModelDefinition holder = registry.visibleExact(modelString);
    if (holder != null && !holder.id().equals(model.id())) {
      problems.add(Problem.error("route-model-string-clash", "modelString", "is '" + modelString + "', "
          + (holder.id().equals(modelString) ? "the id" : "an alias") + " of model '" + holder.id() + "'; a route's"
          + " model string may not be another model's id or alias, since find() and findByRoute() would disagree"));
    }
    String served = table.modelFor(stored.platform(), modelString);
    if (served != null && !served.equals(model.id())) {
      problems.add(Problem.error("duplicate-route-target", "modelString", "platform '" + stored.platform()
          + "' serves '" + modelString + "' for model '" + served + "' already; a platform serves one model under"
          + " one model string"));
    }
    if (!problems.isEmpty()) {
      throw Failures.invalidRoute(stored.toString(), problems);
    }
    routeTable = table.with(stored);
    return stored;
  }
}
