package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.RouteStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules every route follows, in one place: {@link Route.Builder#build()} applies {@link #check(Route)}, the
 * registry applies {@link #checkModelRoutes} when a route is added, and the annotation processor can apply both
 * to {@code @Route} declarations (mapping {@link Problem#field()} to the attribute), so compile time and run time
 * agree. Every problem is an error.
 */
public final class RouteRules {

  private RouteRules() {}

  private static final Pattern PLATFORM_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /** Whether a route (or platform) with this status takes traffic. */
  public static boolean isUsable(RouteStatus status) {
    return status == RouteStatus.ACTIVE || status == RouteStatus.BETA;
  }

  /** Whether the text is a valid platform id: lower-case letters, digits and {@code -_.}, 1 to 64 characters. */
  public static boolean isPlatformId(String id) {
    return id != null && PLATFORM_ID.matcher(id).matches();
  }

  /** The problems of one route on its own: ids, priority, prices, limits, endpoint. Fields as on {@code @Route}. */
  public static List<Problem> check(Route route) {
    List<Problem> problems = new ArrayList<>();
    if (!isPlatformId(route.platform())) {
      problems.add(Problem.error("route-platform-invalid", "platform", "is '" + route.platform() + "'; platform ids"
          + " are 1 to 64 lower-case letters, digits and -_. , e.g. \"openrouter\""));
    }
    if (route.modelString() == null) {
      problems.add(Problem.error("route-model-missing", "modelString", "neither a model nor a model string is"
          + " given; name the model the route reaches"));
    } else {
      problems.addAll(ModelRules.checkIdSyntax("modelString", route.modelString()));
    }
    route.model().ifPresent(id -> problems.addAll(ModelRules.checkIdSyntax("model", id)));
    if (route.priority() < 1) {
      problems.add(Problem.error("route-priority-not-positive", "priority", "is " + route.priority()
          + "; priorities start at 1 (the primary route)"));
    }
    route.inputPerMillion().ifPresent(p -> price("inputPerMillion", p, problems));
    route.outputPerMillion().ifPresent(p -> price("outputPerMillion", p, problems));
    route.contextWindow().ifPresent(tokens -> {
      if (tokens < 1) {
        problems.add(Problem.error("route-context-window-not-positive", "contextWindow", "is " + tokens
            + "; give a token count of at least 1, or leave it out to use the model's"));
      }
    });
    route.maxOutputTokens().ifPresent(tokens -> {
      if (tokens < 1) {
        problems.add(Problem.error("route-max-output-not-positive", "maxOutputTokens", "is " + tokens
            + "; give a token count of at least 1, or leave it out to use the model's"));
      } else if (route.contextWindow().isPresent() && tokens > route.contextWindow().getAsInt()) {
        problems.add(Problem.error("route-max-output-exceeds-context", "maxOutputTokens", "is " + tokens
            + ", above the route's context window of " + route.contextWindow().getAsInt()));
      }
    });
    route.endpoint().ifPresent(url -> {
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        problems.add(Problem.error("route-endpoint-invalid", "endpoint", "is '" + url + "'; give an http:// or"
            + " https:// URL"));
      }
    });
    return problems;
  }

  private static void price(String field, double value, List<Problem> problems) {
    if (!Double.isFinite(value)) {
      problems.add(Problem.error("route-price-not-finite", field, "is " + value + "; prices are finite decimal"
          + " numbers, e.g. 2.50"));
    } else if (value < 0) {
      problems.add(Problem.error("route-price-negative", field, "is " + value + "; prices are at least 0"));
    }
  }

  /**
   * The problems of a model's routes taken together, each field prefixed with {@code routes[i].}: an unknown
   * platform, two routes with the same priority, two routes through the same platform under the same model
   * string, and a context window above the model's.
   *
   * @param model the model the routes reach
   * @param routes its routes, in declaration order
   * @param knownPlatform whether a platform id is known (built-in or declared)
   */
  public static List<Problem> checkModelRoutes(ModelDefinition model, List<Route> routes,
      Predicate<String> knownPlatform) {
    List<Problem> problems = new ArrayList<>();
    Map<Integer, Integer> byPriority = new HashMap<>();
    Map<String, Integer> byTarget = new HashMap<>();
    for (int i = 0; i < routes.size(); i++) {
      Route route = routes.get(i);
      String prefix = "routes[" + i + "].";
      for (Problem p : check(route)) {
        problems.add(new Problem(p.code(), prefix + p.field(), p.message(), p.severity()));
      }
      if (!knownPlatform.test(route.platform())) {
        problems.add(Problem.error("route-unknown-platform", prefix + "platform", "names '" + route.platform()
            + "', which is no known platform; use a built-in one (" + builtInIds() + ") or declare it"));
      }
      Integer samePriority = byPriority.putIfAbsent(route.priority(), i);
      if (samePriority != null) {
        problems.add(Problem.error("route-duplicate-priority", prefix + "priority", "is " + route.priority()
            + ", as is routes[" + samePriority + "] of model '" + model.id() + "'; give each route its own place in"
            + " the fallback chain"));
      }
      Integer sameTarget = byTarget.putIfAbsent(route.platform() + '\n' + route.modelString(), i);
      if (sameTarget != null) {
        problems.add(Problem.error("route-duplicate", prefix + "platform", "repeats routes[" + sameTarget
            + "]: the same platform '" + route.platform() + "' and model string '" + route.modelString() + "'"));
      }
      if (route.contextWindow().isPresent() && route.contextWindow().getAsInt() > model.contextWindow()) {
        problems.add(Problem.error("route-context-exceeds-model", prefix + "contextWindow", "is "
            + route.contextWindow().getAsInt() + ", above the model's context window of " + model.contextWindow()
            + "; a platform cannot serve more context than the model has"));
      }
    }
    return problems;
  }

  private static String builtInIds() {
    List<String> ids = new ArrayList<>();
    for (Platform platform : Platform.builtIn()) {
      ids.add(platform.id());
    }
    return String.join(", ", ids);
  }
}
