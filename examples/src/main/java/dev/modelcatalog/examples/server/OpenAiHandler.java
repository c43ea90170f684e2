package dev.modelcatalog.examples.server;

import dev.modelcatalog.examples.catalog.Resolved;
import dev.modelcatalog.runtime.CapabilityReport;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.json.ModelJson;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.List;
import java.util.Optional;

/**
 * OpenAI's model routes: {@code GET /v1/models} (filters {@code capability}, {@code owned_by}, {@code tag}, and
 * the registry API's others),
 * {@code GET /v1/models/{id}} ({@code ?detailed=true} for every field) and {@code GET /v1/models/{id}/capabilities}.
 * Ids are resolved by the registry ({@link ModelRegistry#match}: exact, alias, normalized, variant, one typo);
 * the header {@code X-Model-Resolved-By} says how. Ids may contain {@code /}, so everything after
 * {@code /v1/models/} is the id, except a trailing {@code /capabilities} when the whole rest names no model.
 */
final class OpenAiHandler {

  static final String PREFIX = "/v1/models";
  private static final String CAPABILITIES = "/capabilities";
  private static final HttpString RESOLVED_BY = new HttpString("X-Model-Resolved-By");

  private final ModelRegistry registry;

  OpenAiHandler(ModelRegistry registry) {
    this.registry = registry;
  }

  void handle(HttpServerExchange exchange, String path) {
    if (!exchange.getRequestMethod().equals(Methods.GET) && !exchange.getRequestMethod().equals(Methods.HEAD)) {
      throw ApiError.methodNotAllowed(exchange.getRequestMethod().toString(), ApiError.READ_ONLY);
    }
    if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
      list(exchange);
      return;
    }
    String rest = path.substring(PREFIX.length() + 1);
    if (rest.endsWith(CAPABILITIES) && registry.find(rest).isEmpty()) {
      Optional<Resolved> found = Resolved.of(registry, rest.substring(0, rest.length() - CAPABILITIES.length()));
      if (found.isPresent()) {
        resolvedBy(exchange, found.get());
        Responses.json(exchange, 200, ModelJson.capabilities(CapabilityReport.of(found.get().model())));
        return;
      }
    }
    Resolved found = Resolved.of(registry, rest)
        .orElseThrow(() -> ApiError.unknownModel(rest, registry.suggest(rest, 3)));
    resolvedBy(exchange, found);
    ModelDefinition model = found.model();
    boolean detailed = Boolean.TRUE.equals(Requests.bool(exchange, "detailed"));
    Responses.json(exchange, 200, detailed ? ModelJson.toDetailedJson(model) : ModelJson.toOpenAiModel(model));
  }

  /**
   * Writes, once and to nowhere, the bodies this handler answers with (a list, a model in both shapes, its
   * capabilities, an unknown model's error): their first writing loads several hundred classes of Jackson, which
   * a first request would otherwise wait for.
   */
  void warmUp() {
    List<ModelDefinition> all = registry.listModels(ModelQuery.ALL);
    ModelJson.write(ModelJson.list(all, ModelJson::toOpenAiModel));
    if (!all.isEmpty()) {
      ModelDefinition model = all.get(0);
      ModelJson.write(ModelJson.toOpenAiModel(model));
      ModelJson.write(ModelJson.toDetailedJson(model));
      ModelJson.write(ModelJson.capabilities(CapabilityReport.of(model)));
    }
    ModelJson.write(Responses.errorBody(ApiError.unknownModel("warm-up", registry.suggest("warm-up", 3))));
  }

  private void list(HttpServerExchange exchange) {
    // The registry API's filters, of which OpenAI's clients use capability, owned_by and tag.
    ModelQuery query = Requests.query(exchange);
    Responses.json(exchange, 200, ModelJson.list(registry.listModels(query), ModelJson::toOpenAiModel));
  }

  /**
   * Tells clients how their model string was understood ({@code edit_distance; confidence=0.9; id=gpt-4o}) and
   * counts the request for that model. The registry API's reads of one model say it too.
   */
  static void resolvedBy(HttpServerExchange exchange, Resolved resolved) {
    UsageTracking.attribute(exchange, resolved.model().id());
    exchange.getResponseHeaders().put(RESOLVED_BY, resolved.strategy() + "; confidence=" + resolved.confidence()
        + "; id=" + resolved.model().id());
  }
}
