package dev.modelcatalog.examples.catalog;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.runtime.CostBreakdown;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.RegistryStats;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.UsageStats;
import dev.modelcatalog.runtime.json.ModelJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON for the registry's answers that are not model definitions, which the runtime's {@link ModelJson} renders:
 * matches, routes, statistics, usage, costs and recommendations. The server and the CLI's {@code --json} write
 * the same shapes. Write the trees with {@link ModelJson#write} or {@link ModelJson#writePretty}, which keep
 * decimals as they are ({@code 0.00845000}, never {@code 8.45E-3}).
 *
 * <p>Costs are exact decimals written as strings ({@code "0.02550000"}), so no client parses them into a binary
 * floating-point number by accident.
 */
public final class RegistryJson {

  /**
   * Reads request bodies and other JSON input; thread-safe. Input is one JSON value: anything after it but
   * whitespace is an error, never silently dropped, and so is a field named twice in one object (which value would
   * count is the parser's choice, not the sender's).
   */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RegistryJson() {}

  /** An empty object to fill. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** {@code {"object":"list","data":[...]}} of the given items. */
  public static ObjectNode list(List<? extends JsonNode> items) {
    ObjectNode node = NODES.objectNode();
    node.put("object", "list");
    node.putArray("data").addAll(items);
    return node;
  }

  /** How a query resolved: {@code query}, {@code id}, {@code strategy}, {@code confidence} and normalized forms. */
  public static ObjectNode match(String query, Resolved resolved) {
    ObjectNode node = NODES.objectNode();
    node.put("query", query);
    node.put("id", resolved.model().id());
    node.put("strategy", resolved.strategy());
    node.put("confidence", resolved.confidence());
    node.put("normalized_query", resolved.match().normalizedQuery());
    node.put("normalized_match", resolved.match().normalizedMatch());
    return node;
  }

  /**
   * One route: platform, model string, priority, status, whether it takes traffic, its position in the fallback
   * chain (1 is the best route; null when the route is not used), and the prices and limits that apply on it
   * (the model's, with the route's overrides).
   */
  public static ObjectNode route(Route route, ModelDefinition model, int fallbackPosition) {
    ObjectNode node = NODES.objectNode();
    node.put("platform", route.platform());
    node.put("model", model.id());
    node.put("model_string", route.modelString());
    node.put("priority", route.priority());
    node.put("status", route.status().name().toLowerCase(Locale.ROOT));
    node.put("usable", fallbackPosition > 0);
    if (fallbackPosition > 0) {
      node.put("fallback_position", fallbackPosition);
    } else {
      node.putNull("fallback_position");
    }
    node.put("context_window", route.effectiveContextWindow(model));
    node.put("max_output_tokens", route.effectiveMaxOutputTokens(model));
    route.effectivePricing(model).ifPresent(pricing -> prices(node, pricing));
    route.endpoint().ifPresent(url -> node.put("endpoint", url));
    return node;
  }

  private static void prices(ObjectNode node, Pricing pricing) {
    node.put("input_per_million", BigDecimal.valueOf(pricing.inputPerMillion()));
    node.put("output_per_million", BigDecimal.valueOf(pricing.outputPerMillion()));
    node.put("currency", pricing.currency());
  }

  /** Totals, aliases, catalogs, the auto-create flag, and counts per capability and per owner. */
  public static ObjectNode stats(RegistryStats stats) {
    ObjectNode node = NODES.objectNode();
    node.put("total_models", stats.totalModels());
    node.put("compiled_models", stats.compiledModels());
    node.put("runtime_models", stats.runtimeModels());
    node.put("total_aliases", stats.totalAliases());
    node.put("catalogs", stats.catalogs());
    node.put("auto_create", stats.autoCreate());
    ObjectNode capabilities = node.putObject("capabilities");
    stats.capabilities().forEach((c, n) -> capabilities.put(c.jsonName(), n));
    ObjectNode owners = node.putObject("owners");
    stats.owners().forEach(owners::put);
    return node;
  }

  /**
   * One model's usage: requests, tokens, exact cost per currency, and latency (mean, p50, p90, p99, max) in
   * seconds, to the nanosecond.
   */
  public static ObjectNode usage(UsageStats stats) {
    ObjectNode node = NODES.objectNode();
    node.put("model", stats.model());
    node.put("requests", stats.requests());
    node.put("input_tokens", stats.inputTokens());
    node.put("output_tokens", stats.outputTokens());
    node.put("cached_tokens", stats.cachedTokens());
    ObjectNode cost = node.putObject("cost");
    for (Map.Entry<String, BigDecimal> entry : stats.cost().entrySet()) {
      cost.put(entry.getKey(), entry.getValue().toPlainString());
    }
    node.put("unpriced_requests", stats.unpricedRequests());
    ObjectNode latency = node.putObject("latency_seconds");
    latency.put("mean", seconds(stats.meanLatency().toNanos()));
    latency.put("p50", seconds(stats.p50LatencyNanos()));
    latency.put("p90", seconds(stats.p90LatencyNanos()));
    latency.put("p99", seconds(stats.p99LatencyNanos()));
    latency.put("max", seconds(stats.maxLatencyNanos()));
    return node;
  }

  /** Nanoseconds as seconds with nine decimal places: exact, and never in exponent notation. */
  private static BigDecimal seconds(long nanos) {
    return BigDecimal.valueOf(nanos, 9);
  }

  /** A request's cost: the total and its parts, as exact decimal strings, and the currency. */
  public static ObjectNode cost(CostBreakdown cost) {
    ObjectNode node = NODES.objectNode();
    node.put("total", cost.total().toPlainString());
    node.put("input", cost.input().toPlainString());
    node.put("cached_input", cost.cachedInput().toPlainString());
    node.put("output", cost.output().toPlainString());
    node.put("currency", cost.currency());
    return node;
  }

  /**
   * A recommended model: the OpenAI model fields, its context window, the request's exact cost (null when the
   * model is unpriced) and the preferred capabilities it has ({@code optional_matched}).
   */
  public static ObjectNode recommendation(Recommendation recommendation) {
    ObjectNode node = ModelJson.toOpenAiModel(recommendation.model());
    node.put("context_window", recommendation.model().contextWindow());
    if (recommendation.cost() == null) {
      node.putNull("cost");
    } else {
      node.put("cost", recommendation.cost().total().toPlainString());
      node.put("currency", recommendation.cost().currency());
    }
    ArrayNode matched = node.putArray("optional_matched");
    recommendation.preferredMatched().forEach(c -> matched.add(c.jsonName()));
    return node;
  }
}
