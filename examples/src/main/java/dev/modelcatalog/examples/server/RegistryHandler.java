package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.CatalogService;
import dev.modelcatalog.examples.catalog.JsonFieldException;
import dev.modelcatalog.examples.catalog.ModelJson;
import dev.modelcatalog.examples.catalog.Recommendation;
import dev.modelcatalog.examples.catalog.Resolution;
import dev.modelcatalog.examples.catalog.RouteView;
import dev.modelcatalog.examples.catalog.SearchHit;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.InvalidModelException;
import dev.modelcatalog.runtime.ModelConflictException;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.RegistryStats;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry API under {@code /api/registry}. Reads: {@code GET models} (filters), {@code models/{id}},
 * {@code models/{id}/routes}, {@code search?q=}, {@code capabilities} (matrix), {@code pricing} (comparison),
 * {@code stats}, and {@code POST recommend}. Writes, behind the bearer token: {@code POST models},
 * {@code PATCH models/{id}} (fields to change), {@code PATCH models/{id}/pricing}, {@code PATCH models/{id}/status},
 * {@code PATCH models/{id}/capabilities}, {@code DELETE models/{id}}. Every write is checked with the rules the
 * processor applies and saved before it is answered.
 */
final class RegistryHandler {

  static final String PREFIX = "/api/registry/";
  private static final String MODELS = "models";
  private static final List<String> SUB_RESOURCES = List.of("routes", "pricing", "status", "capabilities");

  private final CatalogService catalog;
  private final BearerAuth auth;
  private final int maxBodyBytes;

  RegistryHandler(CatalogService catalog, BearerAuth auth, int maxBodyBytes) {
    this.catalog = catalog;
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
          throw ApiError.methodNotAllowed(method.toString());
        }
      }
      case "search" -> onlyGet(exchange, read, () -> search(exchange));
      case "capabilities" -> onlyGet(exchange, read, () -> matrix(exchange));
      case "pricing" -> onlyGet(exchange, read, () -> pricing(exchange));
      case "stats" -> onlyGet(exchange, read, () -> stats(exchange));
      case "recommend" -> {
        if (!method.equals(Methods.POST)) {
          throw ApiError.methodNotAllowed(method.toString());
        }
        recommend(exchange);
      }
      default -> {
        if (!rest.startsWith(MODELS + "/") || rest.length() == MODELS.length() + 1) {
          throw ApiError.notFound("no such route: " + ApiError.clip(path));
        }
        model(exchange, rest.substring(MODELS.length() + 1));
      }
    }
  }

  private static void onlyGet(HttpServerExchange exchange, boolean read, Runnable action) {
    if (!read) {
      throw ApiError.methodNotAllowed(exchange.getRequestMethod().toString());
    }
    action.run();
  }

  // -------------------------------------------------------------------------------------------------- reads

  private void listModels(HttpServerExchange exchange) {
    List<ObjectNode> data = catalog.list(Requests.filter(exchange)).stream().map(ModelJson::toDetailedJson)
        .toList();
    Responses.json(exchange, 200, ModelJson.list(data));
  }

  private void search(HttpServerExchange exchange) {
    String q = Requests.param(exchange, "q");
    if (q == null || q.isBlank()) {
      throw ApiError.invalid("q", "missing_query", "search needs a query: ?q=...");
    }
    Integer limit = Requests.integer(exchange, "limit");
    int max = limit == null ? 20 : Math.max(1, Math.min(limit, 100));
    ObjectNode body = ModelJson.MAPPER.createObjectNode();
    body.put("query", q);
    Optional<Resolution> resolved = catalog.resolve(q);
    if (resolved.isPresent()) {
      ObjectNode match = body.putObject("resolved");
      match.put("id", resolved.get().model().id());
      match.put("strategy", resolved.get().strategy());
      match.put("confidence", resolved.get().confidence());
    } else {
      body.putNull("resolved");
    }
    ArrayNode suggestions = body.putArray("did_you_mean");
    String resolvedId = resolved.map(r -> r.model().id()).orElse(null);
    boolean exactly = resolved.map(r -> r.confidence() == 1.0).orElse(false);
    if (!exactly) {
      catalog.suggest(q, 5).stream().filter(id -> !id.equals(resolvedId)).forEach(suggestions::add);
    }
    ArrayNode results = body.putArray("data");
    for (SearchHit hit : catalog.search(q, max)) {
      ObjectNode item = ModelJson.toOpenAiModel(hit.model());
      item.put("score", hit.score());
      results.add(item);
    }
    Responses.json(exchange, 200, body);
  }

  private void matrix(HttpServerExchange exchange) {
    ObjectNode body = ModelJson.MAPPER.createObjectNode();
    for (Map.Entry<Capability, List<String>> entry : catalog.capabilityMatrix().entrySet()) {
      entry.getValue().forEach(body.putArray(entry.getKey().jsonName())::add);
    }
    Responses.json(exchange, 200, body);
  }

  private void pricing(HttpServerExchange exchange) {
    List<ObjectNode> data = new ArrayList<>();
    for (ModelDefinition model : catalog.pricingComparison(Requests.filter(exchange))) {
      ObjectNode item = ModelJson.pricing(model.pricing().orElseThrow());
      item.put("id", model.id());
      item.put("owned_by", model.ownedBy());
      data.add(item);
    }
    Responses.json(exchange, 200, ModelJson.list(data));
  }

  private void stats(HttpServerExchange exchange) {
    RegistryStats stats = catalog.stats();
    ObjectNode body = ModelJson.MAPPER.createObjectNode();
    body.put("total_models", stats.totalModels());
    body.put("compiled_models", stats.compiledModels());
    body.put("runtime_models", stats.runtimeModels());
    body.put("total_aliases", stats.totalAliases());
    body.put("catalogs", stats.catalogs());
    ObjectNode capabilities = body.putObject("capabilities");
    stats.capabilities().forEach((c, n) -> capabilities.put(c.jsonName(), n));
    ObjectNode owners = body.putObject("owners");
    stats.owners().forEach(owners::put);
    Responses.json(exchange, 200, body);
  }

  private void recommend(HttpServerExchange exchange) {
    JsonNode body = Requests.jsonBody(exchange, maxBodyBytes);
    if (!body.isObject()) {
      throw ApiError.invalid(null, "invalid_json", "the body must be a JSON object");
    }
    Set<Capability> required = Requests.capabilities(names(body, "required_capabilities"), "required_capabilities");
    Set<Capability> optional = Requests.capabilities(names(body, "optional_capabilities"), "optional_capabilities");
    Set<Capability> excluded = Requests.capabilities(names(body, "excluded_capabilities"), "excluded_capabilities");
    long prompt = count(body, "prompt_tokens", 1000);
    long output = count(body, "max_output_tokens", 500);
    int limit = (int) Math.min(100, Math.max(1, count(body, "limit", 5)));
    List<ObjectNode> data = new ArrayList<>();
    for (Recommendation r : catalog.recommend(required, optional, excluded, prompt, output, limit)) {
      ObjectNode item = ModelJson.toOpenAiModel(r.model());
      item.put("context_window", r.model().contextWindow());
      if (r.cost() == null) {
        item.putNull("cost");
      } else {
        item.put("cost", r.cost().toPlainString());
        item.put("currency", r.currency());
      }
      ArrayNode matched = item.putArray("optional_matched");
      r.optionalMatched().forEach(c -> matched.add(c.jsonName()));
      data.add(item);
    }
    Responses.json(exchange, 200, ModelJson.list(data));
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
    if (!value.isIntegralNumber() || value.longValue() < 0) {
      throw ApiError.invalid(field, "invalid_field", field + " must be a whole number of at least 0");
    }
    return value.longValue();
  }

  // -------------------------------------------------------------------------------------------- one model

  private void model(HttpServerExchange exchange, String rest) {
    String id = rest;
    String sub = null;
    for (String candidate : SUB_RESOURCES) {
      if (rest.endsWith("/" + candidate) && catalog.exact(rest).isEmpty()) {
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
      patch(exchange, existing(id), sub);
    } else if (method.equals(Methods.DELETE) && sub == null) {
      auth.check(exchange);
      ModelDefinition model = existing(id);
      catalog.delete(model.id());
      ObjectNode body = ModelJson.MAPPER.createObjectNode();
      body.put("id", model.id());
      body.put("object", "model");
      body.put("deleted", true);
      Responses.json(exchange, 200, body);
    } else {
      throw ApiError.methodNotAllowed(method.toString());
    }
  }

  private void readModel(HttpServerExchange exchange, String id, String sub) {
    ModelDefinition model = catalog.resolve(id).map(Resolution::model)
        .orElseThrow(() -> ApiError.unknownModel(id, catalog.suggest(id, 3)));
    if (sub == null) {
      Responses.json(exchange, 200, ModelJson.toDetailedJson(model));
    } else if (sub.equals("routes")) {
      List<ObjectNode> data = new ArrayList<>();
      for (RouteView route : catalog.routes(model)) {
        data.add(route(route));
      }
      Responses.json(exchange, 200, ModelJson.list(data));
    } else if (sub.equals("capabilities")) {
      Responses.json(exchange, 200, catalog.capabilitiesResponse(model));
    } else {
      throw ApiError.methodNotAllowed(exchange.getRequestMethod().toString());
    }
  }

  private static ObjectNode route(RouteView route) {
    ObjectNode node = ModelJson.MAPPER.createObjectNode();
    node.put("platform", route.platform());
    node.put("provider", route.provider());
    node.put("model_string", route.modelString());
    node.put("priority", route.priority());
    node.put("status", route.status());
    if (route.inputPerMillion() != null) {
      node.put("input_per_million", route.inputPerMillion());
      node.put("output_per_million", route.outputPerMillion());
    }
    return node;
  }

  /** Writes act on the model with exactly this id or alias, never on a fuzzy match. */
  private ModelDefinition existing(String id) {
    return catalog.exact(id).orElseThrow(() -> ApiError.unknownModel(id, catalog.suggest(id, 3)));
  }

  // ------------------------------------------------------------------------------------------------- writes

  private void create(HttpServerExchange exchange) {
    auth.check(exchange);
    JsonNode body = Requests.jsonBody(exchange, maxBodyBytes);
    ModelDefinition model = build(() -> ModelJson.fromJson(body));
    try {
      catalog.create(model);
    } catch (ModelConflictException e) {
      throw ApiError.conflict(e.field(), e.getMessage());
    }
    Responses.json(exchange, 201, ModelJson.toDetailedJson(model));
  }

  private void patch(HttpServerExchange exchange, ModelDefinition current, String sub) {
    JsonNode body = Requests.jsonBody(exchange, maxBodyBytes);
    if (!body.isObject()) {
      throw ApiError.invalid(null, "invalid_json", "the body must be a JSON object");
    }
    ModelDefinition updated = build(() -> switch (sub == null ? "" : sub) {
      case "" -> merged(current, (ObjectNode) body);
      case "pricing" -> current.toBuilder()
          .pricing(ModelJson.pricingFromJson(body, "pricing", current.pricing().orElse(null))).build();
      case "status" -> status(current, body);
      case "capabilities" -> capability(current, body);
      default -> throw ApiError.methodNotAllowed("PATCH");
    });
    try {
      catalog.update(updated);
    } catch (ModelConflictException e) {
      throw ApiError.conflict(e.field(), e.getMessage());
    }
    Responses.json(exchange, 200, ModelJson.toDetailedJson(updated));
  }

  private static ModelDefinition merged(ModelDefinition current, ObjectNode changes) {
    JsonNode id = changes.get("id");
    if (id != null && !id.asText().equals(current.id())) {
      throw new JsonFieldException("id", "a model's id cannot change (it is '" + current.id() + "')");
    }
    ObjectNode node = ModelJson.toDetailedJson(current);
    node.setAll(changes);
    return ModelJson.fromJson(node);
  }

  private static ModelDefinition status(ModelDefinition current, JsonNode body) {
    for (java.util.Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!Set.of("status", "deprecation_date", "replacement").contains(name)) {
        throw new JsonFieldException(name, "unknown field; expected status, deprecation_date, replacement");
      }
    }
    String status = body.path("status").asText("");
    if (!status.equals("active") && !status.equals("deprecated")) {
      throw new JsonFieldException("status", "expected 'active' or 'deprecated'");
    }
    ModelDefinition.Builder b = current.toBuilder().deprecated(status.equals("deprecated"));
    if (body.has("deprecation_date")) {
      b.deprecationDate(body.get("deprecation_date").asText());
    }
    if (body.has("replacement")) {
      b.replacement(body.get("replacement").asText());
    }
    return b.build();
  }

  /** The reference design's capability patch: {@code {"operation":"add"|"remove","capability":"vision"}}. */
  private static ModelDefinition capability(ModelDefinition current, JsonNode body) {
    String operation = body.path("operation").asText("");
    if (!operation.equals("add") && !operation.equals("remove")) {
      throw new JsonFieldException("operation", "expected 'add' or 'remove'");
    }
    Capability capability;
    try {
      capability = Capability.parse(body.path("capability").asText(""));
    } catch (IllegalArgumentException e) {
      throw new JsonFieldException("capability", e.getMessage());
    }
    return current.toBuilder().capability(capability, operation.equals("add")).build();
  }

  /** Runs a definition build, turning its typed exceptions into 400s that name the field. */
  private static ModelDefinition build(java.util.function.Supplier<ModelDefinition> build) {
    try {
      return build.get();
    } catch (JsonFieldException e) {
      throw ApiError.invalid(e.field().isEmpty() ? null : e.field(), "invalid_field", ApiError.clip(e.getMessage()));
    } catch (InvalidModelException e) {
      String field = e.problems().stream().filter(Problem::isError).map(Problem::field).findFirst().orElse(null);
      throw ApiError.invalid(field, "invalid_model", e.getMessage());
    }
  }
}
