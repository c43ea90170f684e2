package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.RouteStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One way to reach a model: through a {@link Platform}, under the model string that platform expects, at a
 * priority in the model's fallback chain, with optional price and limit overrides. Immutable. Generated catalogs
 * supply routes declared with {@code @Route}; code adds more with {@link ModelRegistry#addRoute}.
 *
 * <pre>{@code
 * Route route = Route.builder("openrouter").model("gpt-4o").modelString("openai/gpt-4o").priority(2).build();
 * }</pre>
 */
public final class Route {

  private final String model;
  private final String platform;
  private final String modelString;
  private final int priority;
  private final RouteStatus status;
  private final Double inputPerMillion;
  private final Double outputPerMillion;
  private final Integer contextWindow;
  private final Integer maxOutputTokens;
  private final String endpoint;

  private Route(Builder b) {
    this.model = b.model;
    this.platform = b.platform;
    this.modelString = b.modelString;
    this.priority = b.priority;
    this.status = b.status;
    this.inputPerMillion = b.inputPerMillion;
    this.outputPerMillion = b.outputPerMillion;
    this.contextWindow = b.contextWindow;
    this.maxOutputTokens = b.maxOutputTokens;
    this.endpoint = b.endpoint;
  }

  /** A builder for a route through this platform. */
  public static Builder builder(String platform) {
    return new Builder(platform);
  }

  /** A builder holding every value of this route. */
  public Builder toBuilder() {
    Builder b = new Builder(platform);
    b.model = model;
    b.modelString = modelString;
    b.priority = priority;
    b.status = status;
    b.inputPerMillion = inputPerMillion;
    b.outputPerMillion = outputPerMillion;
    b.contextWindow = contextWindow;
    b.maxOutputTokens = maxOutputTokens;
    b.endpoint = endpoint;
    return b;
  }

  /**
   * The id of the model the route reaches. A route built without one names its model only by
   * {@link #modelString()}; the registry resolves that through {@link ModelRegistry#find} when it adds the route
   * and stores the route with the model's canonical id.
   */
  public Optional<String> model() {
    return Optional.ofNullable(model);
  }

  /** The platform's id. */
  public String platform() {
    return platform;
  }

  /** The model string the platform expects; the model's id when none was stated. */
  public String modelString() {
    return modelString != null ? modelString : model;
  }

  /** Position in the fallback chain; 1 is the primary route. */
  public int priority() {
    return priority;
  }

  public RouteStatus status() {
    return status;
  }

  /** Whether the route itself takes traffic ({@link RouteStatus#ACTIVE} or {@link RouteStatus#BETA}). */
  public boolean isUsable() {
    return RouteRules.isUsable(status);
  }

  /** The price per million input tokens on this route, when it overrides the model's. */
  public OptionalDouble inputPerMillion() {
    return inputPerMillion == null ? OptionalDouble.empty() : OptionalDouble.of(inputPerMillion);
  }

  /** The price per million output tokens on this route, when it overrides the model's. */
  public OptionalDouble outputPerMillion() {
    return outputPerMillion == null ? OptionalDouble.empty() : OptionalDouble.of(outputPerMillion);
  }

  /** The context window on this route, when it is smaller than the model's. */
  public OptionalInt contextWindow() {
    return contextWindow == null ? OptionalInt.empty() : OptionalInt.of(contextWindow);
  }

  /** The output limit on this route, when it differs from the model's. */
  public OptionalInt maxOutputTokens() {
    return maxOutputTokens == null ? OptionalInt.empty() : OptionalInt.of(maxOutputTokens);
  }

  /** An endpoint URL replacing the platform's base URL, when stated. */
  public Optional<String> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /**
   * The prices on this route: the model's pricing with this route's overrides applied (in the model's currency),
   * or, for an unpriced model, a USD pricing when the route states both token prices. Empty otherwise.
   */
  public Optional<Pricing> effectivePricing(ModelDefinition target) {
    Pricing base = target.pricing().orElse(null);
    if (base == null) {
      if (inputPerMillion == null || outputPerMillion == null) {
        return Optional.empty();
      }
      return Optional.of(Pricing.of(inputPerMillion, outputPerMillion));
    }
    if (inputPerMillion == null && outputPerMillion == null) {
      return Optional.of(base);
    }
    Pricing.Builder b = base.toBuilder();
    if (inputPerMillion != null) {
      b.inputPerMillion(inputPerMillion);
    }
    if (outputPerMillion != null) {
      b.outputPerMillion(outputPerMillion);
    }
    return Optional.of(b.build());
  }

  /** The context window on this route: the override, else the model's. */
  public int effectiveContextWindow(ModelDefinition target) {
    return contextWindow != null ? contextWindow : target.contextWindow();
  }

  /** The output limit on this route: the override, else the model's, never above the route's context window. */
  public int effectiveMaxOutputTokens(ModelDefinition target) {
    int limit = maxOutputTokens != null ? maxOutputTokens : target.maxOutputTokens();
    return Math.min(limit, effectiveContextWindow(target));
  }

  /** This route with its model set to a canonical id. */
  Route withModel(String modelId) {
    Builder b = toBuilder();
    b.model = modelId;
    return new Route(b);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Route)) {
      return false;
    }
    Route r = (Route) o;
    return priority == r.priority && Objects.equals(model, r.model) && platform.equals(r.platform)
        && Objects.equals(modelString(), r.modelString()) && status == r.status
        && Objects.equals(inputPerMillion, r.inputPerMillion) && Objects.equals(outputPerMillion, r.outputPerMillion)
        && Objects.equals(contextWindow, r.contextWindow) && Objects.equals(maxOutputTokens, r.maxOutputTokens)
        && Objects.equals(endpoint, r.endpoint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, platform, modelString(), priority, status);
  }

  @Override
  public String toString() {
    return "Route[" + model + " via " + platform + " as " + modelString() + ", priority " + priority + ", "
        + status + "]";
  }

  /** Collects a route's values; {@link #build()} checks them all with {@link RouteRules} at once. */
  public static final class Builder {
    String model;
    String platform;
    String modelString;
    int priority = 1;
    RouteStatus status = RouteStatus.ACTIVE;
    Double inputPerMillion;
    Double outputPerMillion;
    Integer contextWindow;
    Integer maxOutputTokens;
    String endpoint;

    private Builder(String platform) {
      this.platform = platform;
    }

    private static String text(String value) {
      return value == null || value.isEmpty() ? null : value;
    }

    /** The id (or any key {@link ModelRegistry#find} accepts) of the model the route reaches. */
    public Builder model(String id) {
      this.model = text(id);
      return this;
    }

    /** The model string the platform expects; default the model's id. */
    public Builder modelString(String modelString) {
      this.modelString = text(modelString);
      return this;
    }

    /** Position in the fallback chain, at least 1; default 1. */
    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /** Default {@link RouteStatus#ACTIVE}. */
    public Builder status(RouteStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    public Builder inputPerMillion(double price) {
      this.inputPerMillion = price;
      return this;
    }

    public Builder outputPerMillion(double price) {
      this.outputPerMillion = price;
      return this;
    }

    public Builder contextWindow(int tokens) {
      this.contextWindow = tokens;
      return this;
    }

    public Builder maxOutputTokens(int tokens) {
      this.maxOutputTokens = tokens;
      return this;
    }

    public Builder endpoint(String url) {
      this.endpoint = text(url);
      return this;
    }

    /**
     * Builds the route.
     *
     * @throws InvalidRouteException listing every error {@link RouteRules#check(Route)} finds
     */
    public Route build() {
      Route route = new Route(this);
      List<Problem> problems = RouteRules.check(route);
      if (!problems.isEmpty()) {
        throw new InvalidRouteException(route.toString(), problems);
      }
      return route;
    }
  }
}
