package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.Recommendation;
import dev.modelcatalog.examples.catalog.Recommendations;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.examples.catalog.IoFailures;
import dev.modelcatalog.examples.catalog.Resolved;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.CapabilityReport;
import dev.modelcatalog.runtime.CostCalculator;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelConflictException;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.UnknownModelException;
import dev.modelcatalog.runtime.Usage;
import dev.modelcatalog.runtime.UsageStats;
import dev.modelcatalog.runtime.json.ModelJson;
import dev.modelcatalog.runtime.store.StoreConflictException;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The registry API under {@code /api/registry}. Reads: {@code GET models} (filters), {@code models/{id}},
 * {@code models/{id}/routes}, {@code models/{id}/capabilities}, {@code search?q=}, {@code capabilities}
 * (matrix), {@code pricing} (comparison), {@code stats}, {@code usage}, and {@code POST recommend}. Writes,
 * behind the bearer token: {@code POST models}, {@code PATCH models/{id}} (fields to change),
 * {@code PATCH models/{id}/pricing}, {@code PATCH models/{id}/status}, {@code PATCH models/{id}/capabilities},
 * {@code DELETE models/{id}}. Every answer comes from {@link ModelRegistry}; every write is checked by the
 * runtime's model document reader and saved before it is answered.
 */
final class RegistryHandler {

  static final String PREFIX = "/api/registry/";
  private static final String MODELS = "models";
  private static final List<String> SUB_RESOURCES = List.of("routes", "pricing", "status", "capabilities");

  private final ModelRegistry registry;
  private final ModelWrites writes;
  private final BearerAuth auth;
  private final int maxBodyBytes;

  RegistryHandler(ModelRegistry registry, ModelWrites writes, BearerAuth auth, int maxBodyBytes) {
    this.registry = registry;
    this.writes = writes;
    this.auth = auth;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Whether the request may block (reads a body or writes the state file), so it must leave the IO thread. */
  static boolean blocks(HttpServerExchange exchange) {
    HttpString method = exchange.getRequestMethod();
    return !method.equals(Methods.GET) && !method.equals(Methods.HEAD);
  }

  void handle(HttpServerExchange exchange, String path) {
    String rest = path.substring(PREFIX.length());
    HttpString method = exchange.getRequestMethod();
    boolean read = method.equals(Methods.GET) || method.equals(Methods.HEAD);
    switch (rest) {
      case MODELS -> {
        if (read) {
          listModels(exchange);
        } else if (method.equals(Methods.POST)) {
          create(exchange);
        } else {
          throw ApiError.methodNotAllowed(method.toString(), "GET, HEAD, POST");
        }
      }
      case "search" -> onlyGet(exchange, read, () -> search(exchange));
      case "capabilities" -> onlyGet(exchange, read, () -> matrix(exchange));
      case "pricing" -> onlyGet(exchange, read, () -> pricing(exchange));
      case "stats" -> onlyGet(exchange, read, () -> Responses.json(exchange, 200,
          RegistryJson.stats(registry.stats())));
      case "usage" -> onlyGet(exchange, read, () -> usage(exchange));
      case "recommend" -> {
        if (!method.equals(Methods.POST)) {
          throw ApiError.methodNotAllowed(method.toString(), "POST");
        }
        recommend(exchange);
      }
      default -> {
        // The router took trailing slashes off, so a rest starting with "models/" names a model.
        if (!rest.startsWith(MODELS + "/")) {
          throw ApiError.notFound("no such route: " + ApiError.clip(path));
        }
        model(exchange, rest.substring(MODELS.length() + 1));
      }
    }
  }

  private static void onlyGet(HttpServerExchange exchange, boolean read, Runnable action) {
    if (!read) {
      throw ApiError.methodNotAllowed(exchange.getRequestMethod().toString(), ApiError.READ_ONLY);
    }
    action.run();
  }

  // -------------------------------------------------------------------------------------------------- reads

  private void listModels(HttpServerExchange exchange) {
    Responses.json(exchange, 200, ModelJson.list(registry.listModels(Requests.query(exchange)),
        ModelJson::toDetailedJson));
  }

  /**
   * {@code resolved}: what the registry resolves the query to ({@link ModelRegistry#match}); {@code did_you_mean}:
   * the registry's suggestions ({@link ModelRegistry#suggest}) unless the query named a model for certain;
   * {@code data}: the multi-word search ({@link ModelRegistry#search}).
   */
  private static final int MAX_SEARCH_RESULTS = 100;

  private void search(HttpServerExchange exchange) {
    String q = Requests.param(exchange, "q");
    if (q == null || q.isBlank()) {
      throw ApiError.invalid("q", "missing_query", "search needs a query: ?q=...");
    }
    Integer limit = Requests.integer(exchange, "limit");
    if (limit != null && (limit < 1 || limit > MAX_SEARCH_RESULTS)) {
      throw ApiError.invalid("limit", "invalid_number", "limit must be from 1 to " + MAX_SEARCH_RESULTS + ", got "
          + limit);
    }
    int max = limit == null ? 20 : limit;
    ObjectNode body = RegistryJson.object();
    body.put("query", q);
    Optional<Resolved> resolved = Resolved.of(registry, q);
    if (resolved.isPresent()) {
      body.set("resolved", RegistryJson.match(q, resolved.get()));
      UsageTracking.attribute(exchange, resolved.get().model().id());
    } else {
      body.putNull("resolved");
    }
    ArrayNode suggestions = body.putArray("did_you_mean");
    if (resolved.map(r -> !r.certain()).orElse(true)) {
      String resolvedId = resolved.map(r -> r.model().id()).orElse(null);
      registry.suggest(q, 5).stream().filter(id -> !id.equals(resolvedId)).forEach(suggestions::add);
    }
    body.set("data", ModelJson.list(registry.search(q, max), ModelJson::toOpenAiModel).get("data"));
    Responses.json(exchange, 200, body);
  }

  private void matrix(HttpServerExchange exchange) {
    ObjectNode body = RegistryJson.object();
    for (Map.Entry<Capability, List<String>> entry : registry.capabilityMatrix().entrySet()) {
      entry.getValue().forEach(body.putArray(entry.getKey().jsonName())::add);
    }
    Responses.json(exchange, 200, body);
  }

  /**
   * Priced models meeting the filters with their prices, cheapest input first (then output, then id); with
   * {@code prompt_tokens} and {@code output_tokens}, also the exact cost of such a request, cheapest first.
   */
  private void pricing(HttpServerExchange exchange) {
    Integer prompt = Requests.count(exchange, "prompt_tokens");
    Integer output = Requests.count(exchange, "output_tokens");
    Usage usage = prompt == null && output == null ? null
        : Usage.tokens(prompt == null ? 0 : prompt, output == null ? 0 : output);
    Comparator<ModelDefinition> byPrice = Comparator
        .<ModelDefinition, BigDecimal>comparing(m -> BigDecimal.valueOf(m.pricing().orElseThrow().inputPerMillion()))
        .thenComparing(m -> BigDecimal.valueOf(m.pricing().orElseThrow().outputPerMillion()));
    Function<ModelDefinition, BigDecimal> cost = m -> CostCalculator.cost(m, usage).total();
    Comparator<ModelDefinition> order = (usage == null ? byPrice : Comparator.comparing(cost).thenComparing(byPrice))
        .thenComparing(ModelDefinition::id);
    List<ObjectNode> data = new ArrayList<>();
    registry.listModels(Requests.query(exchange)).stream().filter(m -> m.pricing().isPresent()).sorted(order)
        .forEach(model -> {
          ObjectNode item = (ObjectNode) ModelJson.toDetailedJson(model).get("pricing");
          ObjectNode entry = RegistryJson.object();
          entry.put("id", model.id());
          entry.put("owned_by", model.ownedBy());
          entry.setAll(item);
          if (usage != null) {
            entry.put("cost", cost.apply(model).toPlainString());
          }
          data.add(entry);
        });
    Responses.json(exchange, 200, RegistryJson.list(data));
  }

  /** Usage per model ({@code ?top=N}: the N with the most requests), the other bucket last. */
  private void usage(HttpServerExchange exchange) {
    Integer top = Requests.count(exchange, "top");
    List<UsageStats> stats = top == null ? registry.usage().all() : registry.topModels(top);
    Responses.json(exchange, 200, RegistryJson.list(stats.stream().map(RegistryJson::usage).toList()));
  }

  /** The fields of a recommendation request: a misspelt one is refused, not ignored as if no filter was asked. */
  private static final List<String> RECOMMEND_FIELDS = List.of("required_capabilities", "optional_capabilities",
      "excluded_capabilities", "prompt_tokens", "max_output_tokens", "limit");
  private static final int MAX_RECOMMENDATIONS = 100;

  private void recommend(HttpServerExchange exchange) {
    JsonNode body = Requests.jsonBody(exchange, maxBodyBytes);
    if (!body.isObject()) {
      throw ApiError.invalid(null, "invalid_json", "the body must be a JSON object");
    }
    body.fieldNames().forEachRemaining(name -> {
      if (!RECOMMEND_FIELDS.contains(name)) {
        throw ApiError.invalid(ApiError.clip(name, 60), "invalid_field", ApiError.clip(name, 60)
            + ": is not a known field; expected " + String.join(", ", RECOMMEND_FIELDS));
      }
    });
    Set<Capability> required = Requests.capabilities(names(body, "required_capabilities"), "required_capabilities");
    Set<Capability> optional = Requests.capabilities(names(body, "optional_capabilities"), "optional_capabilities");
    Set<Capability> excluded = Requests.capabilities(names(body, "excluded_capabilities"), "excluded_capabilities");
    long prompt = count(body, "prompt_tokens", 1000);
    long output = count(body, "max_output_tokens", 500);
    long limit = count(body, "limit", 5);
    if (limit < 1 || limit > MAX_RECOMMENDATIONS) {
      throw ApiError.invalid("limit", "invalid_field", "limit must be from 1 to " + MAX_RECOMMENDATIONS + ", got "
          + limit);
    }
    List<ObjectNode> data = new ArrayList<>();
    for (Recommendation r : Recommendations.rank(registry, required, optional, excluded, prompt, output,
        (int) limit)) {
      data.add(RegistryJson.recommendation(r));
    }
    Responses.json(exchange, 200, RegistryJson.list(data));
  }

  private static List<String> names(JsonNode body, String field) {
    JsonNode value = body.get(field);
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isArray()) {
      throw ApiError.invalid(field, "invalid_field", field + " must be a list of capability names");
    }
    value.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static long count(JsonNode body, String field, long fallback) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    // longValue() of a number past the range of a long wraps around, so a huge count would pass as a small one.
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
      throw ApiError.invalid(field, "invalid_field", field + " must be a whole number from 0 to " + Long.MAX_VALUE);
    }
    return value.longValue();
  }

  // -------------------------------------------------------------------------------------------- one model

  private void model(HttpServerExchange exchange, String rest) {
    String id = rest;
    String sub = null;
    for (String candidate : SUB_RESOURCES) {
      if (rest.endsWith("/" + candidate) && registry.find(rest).isEmpty()) {
        id = rest.substring(0, rest.length() - candidate.length() - 1);
        sub = candidate;
        break;
      }
    }
    HttpString method = exchange.getRequestMethod();
    if (method.equals(Methods.GET) || method.equals(Methods.HEAD)) {
      readModel(exchange, id, sub);
    } else if (method.equals(Methods.PATCH)) {
      auth.check(exchange);
      patch(exchange, existing(exchange, id), sub);
    } else if (method.equals(Methods.DELETE) && sub == null) {
      auth.check(exchange);
      ModelDefinition model = existing(exchange, id);
      if (saved(() -> writes.delete(model.id())).isEmpty()) {
        // Deleted meanwhile, by another request or replica: this request deleted nothing.
        throw ApiError.unknownModel(model.id(), List.of());
      }
      ObjectNode body = RegistryJson.object();
      body.put("id", model.id());
      body.put("object", "model");
      body.put("deleted", true);
      Responses.json(exchange, 200, body);
    } else {
      throw ApiError.methodNotAllowed(method.toString(), allowedOnModel(sub));
    }
  }

  private void readModel(HttpServerExchange exchange, String id, String sub) {
    Resolved resolved = Resolved.of(registry, id)
        .orElseThrow(() -> ApiError.unknownModel(id, registry.suggest(id, 3)));
    OpenAiHandler.resolvedBy(exchange, resolved);
    ModelDefinition model = resolved.model();
    if (sub == null) {
      Responses.json(exchange, 200, ModelJson.toDetailedJson(model));
    } else if (sub.equals("routes")) {
      Responses.json(exchange, 200, routes(model));
    } else if (sub.equals("capabilities")) {
      Responses.json(exchange, 200, ModelJson.capabilities(CapabilityReport.of(model)));
    } else {
      throw ApiError.methodNotAllowed(exchange.getRequestMethod().toString(), allowedOnModel(sub));
    }
  }

  /** The methods a model's route takes: the model itself, or one of its sub-resources. */
  private static String allowedOnModel(String sub) {
    if (sub == null) {
      return "GET, HEAD, PATCH, DELETE";
    }
    return switch (sub) {
      case "routes" -> ApiError.READ_ONLY;
      case "capabilities" -> "GET, HEAD, PATCH";
      default -> "PATCH"; // pricing, status
    };
  }

  /**
   * The model's declared routes by priority ({@link ModelRegistry#routes}), each with its place in the
   * {@link ModelRegistry#fallbackChain}; a model without declared routes has none.
   */
  private ObjectNode routes(ModelDefinition model) {
    List<Route> chain = registry.fallbackChain(model.id());
    List<ObjectNode> data = new ArrayList<>();
    for (Route route : registry.routes(model.id())) {
      data.add(RegistryJson.route(route, model, chain.indexOf(route) + 1));
    }
    ObjectNode body = RegistryJson.list(data);
    body.put("model", model.id());
    return body;
  }

  /** Writes act on the model with exactly this id or alias, never on a fuzzy match. */
  private ModelDefinition existing(HttpServerExchange exchange, String id) {
    ModelDefinition model = writes.exact(id)
        .orElseThrow(() -> ApiError.unknownModel(id, registry.suggest(id, 3)));
    UsageTracking.attribute(exchange, model.id());
    return model;
  }

  // ------------------------------------------------------------------------------------------------- writes

  /**
   * The body's field whose key another model holds, as a path ({@code id}, {@code aliases[1]}): a clash of
   * normalized forms names the id or alias that normalizes to the key, not "normalized id".
   */
  static String conflictParam(ModelConflictException e, ModelDefinition model) {
    if (!e.field().equals("normalized id")) {
      return e.field();
    }
    for (int i = 0; i < model.aliases().size(); i++) {
      if (Discovery.normalizeModelId(model.aliases().get(i)).equals(e.key())
          && !Discovery.normalizeModelId(model.id()).equals(e.key())) {
        return "aliases[" + i + "]";
      }
    }
    return "id";
  }

  private void create(HttpServerExchange exchange) {
    auth.check(exchange);
    ModelDefinition model = ModelBodies.newModel(Requests.jsonBody(exchange, maxBodyBytes));
    try {
      saved(() -> writes.create(model));
    } catch (ModelConflictException e) {
      throw ApiError.conflict(conflictParam(e, model), e.getMessage());
    }
    UsageTracking.attribute(exchange, model.id());
    Responses.json(exchange, 201, ModelJson.toDetailedJson(model));
  }

  private void patch(HttpServerExchange exchange, ModelDefinition current, String sub) {
    JsonNode body = Requests.jsonBody(exchange, maxBodyBytes);
    UnaryOperator<ModelDefinition> change = switch (sub == null ? "" : sub) {
      case "" -> model -> ModelBodies.withChanges(model, body);
      case "pricing" -> model -> ModelBodies.withPricing(model, body);
      case "status" -> model -> ModelBodies.withStatus(model, body);
      case "capabilities" -> model -> ModelBodies.withCapability(model, body);
      default -> throw ApiError.methodNotAllowed("PATCH", allowedOnModel(sub));
    };
    // Checked against the model as read, so a bad body is a 400 before anything is written.
    ModelDefinition changed = change.apply(current);
    ModelDefinition updated;
    try {
      updated = saved(() -> writes.update(current.id(), change));
    } catch (ModelConflictException e) {
      throw ApiError.conflict(conflictParam(e, changed), e.getMessage());
    }
    Responses.json(exchange, 200, ModelJson.toDetailedJson(updated));
  }

  /**
   * Runs a write. A change that could not be kept (state file not written, store unreachable) is a 500 that says
   * the change was not made; a shared store where other replicas kept winning is a 409; a model deleted between
   * the lookup and the write (by another request, or another replica) is a 404, as if it had been gone before.
   */
  private static <T> T saved(Supplier<T> write) {
    try {
      return write.get();
    } catch (UnknownModelException e) {
      // A replica that has not yet learned of the deletion would suggest the very model that is gone.
      throw ApiError.unknownModel(e.query(), e.suggestions().stream().filter(s -> !s.equals(e.query())).toList());
    } catch (UncheckedIOException e) {
      System.err.println("state not saved: " + IoFailures.describe(e));
      throw new ApiError(500, "server_error", null, "state_not_saved",
          "the change could not be saved, so it was not made", List.of());
    } catch (StoreConflictException e) {
      throw new ApiError(409, "invalid_request_error", null, "write_conflict",
          "other replicas kept changing this model; the change was not made, try again", List.of());
    }
  }

  private static void saved(Runnable write) {
    saved(() -> {
      write.run();
      return null;
    });
  }
}
