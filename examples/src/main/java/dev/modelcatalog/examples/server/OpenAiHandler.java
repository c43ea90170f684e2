package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.CatalogService;
import dev.modelcatalog.examples.catalog.ModelFilter;
import dev.modelcatalog.examples.catalog.ModelJson;
import dev.modelcatalog.examples.catalog.Resolution;
import dev.modelcatalog.runtime.ModelDefinition;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.List;
import java.util.Optional;

/**
 * OpenAI's model routes: {@code GET /v1/models} (filters {@code capability}, {@code owned_by}, {@code tag}),
 * {@code GET /v1/models/{id}} ({@code ?detailed=true} for every field) and {@code GET /v1/models/{id}/capabilities}.
 * Ids may contain {@code /}, so everything after {@code /v1/models/} is the id, except a trailing
 * {@code /capabilities} when what precedes it resolves.
 */
final class OpenAiHandler {

  static final String PREFIX = "/v1/models";
  private static final String CAPABILITIES = "/capabilities";
  private static final HttpString RESOLVED_BY = new HttpString("X-Model-Resolved-By");

  private final CatalogService catalog;

  OpenAiHandler(CatalogService catalog) {
    this.catalog = catalog;
  }

  void handle(HttpServerExchange exchange, String path) {
    if (!exchange.getRequestMethod().equals(Methods.GET) && !exchange.getRequestMethod().equals(Methods.HEAD)) {
      throw ApiError.methodNotAllowed(exchange.getRequestMethod().toString());
    }
    if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
      list(exchange);
      return;
    }
    String rest = path.substring(PREFIX.length() + 1);
    if (rest.endsWith(CAPABILITIES) && catalog.exact(rest).isEmpty()) {
      String id = rest.substring(0, rest.length() - CAPABILITIES.length());
      Optional<Resolution> found = catalog.resolve(id);
      if (found.isPresent()) {
        resolvedBy(exchange, found.get());
        Responses.json(exchange, 200, catalog.capabilitiesResponse(found.get().model()));
        return;
      }
    }
    Resolution found = catalog.resolve(rest)
        .orElseThrow(() -> ApiError.unknownModel(rest, catalog.suggest(rest, 3)));
    resolvedBy(exchange, found);
    ModelDefinition model = found.model();
    boolean detailed = Boolean.TRUE.equals(Requests.bool(exchange, "detailed"));
    Responses.json(exchange, 200, detailed ? ModelJson.toDetailedJson(model) : ModelJson.toOpenAiModel(model));
  }

  private void list(HttpServerExchange exchange) {
    ModelFilter filter = new ModelFilter(Requests.capabilities(exchange, "capability"), null,
        Requests.param(exchange, "owned_by"), null, Requests.params(exchange, "tag"), null, null, null, null, null);
    List<ObjectNode> data = catalog.list(filter).stream().map(ModelJson::toOpenAiModel).toList();
    Responses.json(exchange, 200, ModelJson.list(data));
  }

  /** Tells clients how their model string was understood, for example {@code edit_distance; confidence=0.9}. */
  private static void resolvedBy(HttpServerExchange exchange, Resolution resolution) {
    exchange.getResponseHeaders().put(RESOLVED_BY, resolution.strategy() + "; confidence=" + resolution.confidence()
        + "; id=" + resolution.model().id());
  }
}
