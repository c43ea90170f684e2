package dev.modelcatalog.runtime.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.runtime.InvalidRouteException;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.json.InvalidCatalogDocumentException;
import dev.modelcatalog.runtime.json.JsonSyntax;
import dev.modelcatalog.runtime.json.ModelDocumentReader;
import dev.modelcatalog.runtime.json.ModelJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON of a store's objects. A model object is the model's detailed JSON ({@link ModelJson#toDetailedJson}),
 * read back with {@link ModelDocumentReader}, so it passes the same rules as any model document; a removed model is
 * a tombstone {@code {"id":..., "object":"model", "provider":..., "deleted":true}}; routes and platforms have small
 * documents of their own. Every read is strict: bad JSON, a truncated object, an unknown field or a broken rule is
 * rejected with {@link InvalidCatalogDocumentException} naming the key and the JSON path.
 */
public final class StoreCodec {

  private StoreCodec() {}

  /** Strict like every read here: a field named twice in one object, or anything after the object, is an error. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> TOMBSTONE_FIELDS = Set.of("id", "object", "provider", "deleted");
  private static final Set<String> ROUTE_FIELDS = Set.of("id", "model", "platform", "model_string", "priority",
      "status", "input_per_million", "output_per_million", "context_window", "max_output_tokens", "endpoint");
  private static final Set<String> PLATFORM_FIELDS = Set.of("id", "name", "base_url", "docs_url", "auth_type",
      "status");

  /** The id of a route in its model's folder: {@code route-<priority>-<platform>}, as in {@code route-1-direct}. */
  public static String routeId(Route route) {
    return "route-" + route.priority() + "-" + route.platform();
  }

  // ------------------------------------------------------------------------------------------------ models

  /** A model's object. */
  public static byte[] encodeModel(ModelDefinition model) {
    return bytes(ModelJson.toDetailedJson(model));
  }

  /** A removed model's object. */
  public static byte[] encodeTombstone(String modelId, String provider) {
    ObjectNode node = NODES.objectNode();
    node.put("id", modelId);
    node.put("object", "model");
    node.put("provider", provider);
    node.put("deleted", true);
    return bytes(node);
  }

  /**
   * Reads a model object, or a tombstone (null model).
   *
   * @param expectedId the id the key encodes; an object holding another id is rejected
   * @throws InvalidCatalogDocumentException naming the key when the object is not a valid model or tombstone
   */
  public static ModelDefinition decodeModel(String key, String expectedId, byte[] content) {
    JsonNode root = parse(key, content);
    if (root.has("deleted")) {
      check(key, root, TOMBSTONE_FIELDS);
      if (!root.get("deleted").isBoolean() || !root.get("deleted").booleanValue()) {
        throw invalid(key, "tombstone-shape", "$.deleted", "is " + root.get("deleted") + "; a tombstone says true");
      }
      requireId(key, root, expectedId);
      return null;
    }
    ArrayNode one = NODES.arrayNode().add(root);
    List<ModelDefinition> models = ModelDocumentReader.read(one, key);
    ModelDefinition model = models.get(0);
    if (!model.id().equals(expectedId)) {
      throw invalid(key, "id-mismatch", "$.id", "is '" + model.id() + "' but the key is for '" + expectedId + "'");
    }
    return model;
  }

  // ------------------------------------------------------------------------------------------------ routes

  /** A route's object; the route names its model. */
  public static byte[] encodeRoute(Route route) {
    ObjectNode node = NODES.objectNode();
    node.put("id", routeId(route));
    node.put("model", route.model().orElseThrow(() -> new IllegalArgumentException("route.model: not set")));
    node.put("platform", route.platform());
    node.put("model_string", route.modelString());
    node.put("priority", route.priority());
    node.put("status", route.status().name().toLowerCase(Locale.ROOT));
    route.inputPerMillion().ifPresent(v -> node.put("input_per_million", v));
    route.outputPerMillion().ifPresent(v -> node.put("output_per_million", v));
    route.contextWindow().ifPresent(v -> node.put("context_window", v));
    route.maxOutputTokens().ifPresent(v -> node.put("max_output_tokens", v));
    route.endpoint().ifPresent(v -> node.put("endpoint", v));
    return bytes(node);
  }

  /**
   * Reads a route object.
   *
   * @throws InvalidCatalogDocumentException naming the key when the object is not a valid route
   */
  public static Route decodeRoute(String key, byte[] content) {
    JsonNode root = parse(key, content);
    check(key, root, ROUTE_FIELDS);
    try {
      Route.Builder route = Route.builder(text(key, root, "platform", true))
          .model(text(key, root, "model", true))
          .modelString(text(key, root, "model_string", false))
          .priority(integer(key, root, "priority", 1))
          .status(status(key, root));
      if (root.has("input_per_million")) {
        route.inputPerMillion(number(key, root, "input_per_million"));
      }
      if (root.has("output_per_million")) {
        route.outputPerMillion(number(key, root, "output_per_million"));
      }
      if (root.has("context_window")) {
        route.contextWindow(integer(key, root, "context_window", 0));
      }
      if (root.has("max_output_tokens")) {
        route.maxOutputTokens(integer(key, root, "max_output_tokens", 0));
      }
      route.endpoint(text(key, root, "endpoint", false));
      return route.build();
    } catch (InvalidRouteException e) {
      throw new InvalidCatalogDocumentException(key, e.problems());
    }
  }

  // ------------------------------------------------------------------------------------------------ platforms

  /** A platform's object. */
  public static byte[] encodePlatform(Platform platform) {
    ObjectNode node = NODES.objectNode();
    node.put("id", platform.id());
    node.put("name", platform.name());
    node.put("base_url", platform.baseUrl());
    node.put("docs_url", platform.docsUrl());
    node.put("auth_type", platform.authType().name().toLowerCase(Locale.ROOT));
    node.put("status", platform.status().name().toLowerCase(Locale.ROOT));
    return bytes(node);
  }

  /**
   * Reads a platform object.
   *
   * @throws InvalidCatalogDocumentException naming the key when the object is not a valid platform
   */
  public static Platform decodePlatform(String key, String expectedId, byte[] content) {
    JsonNode root = parse(key, content);
    check(key, root, PLATFORM_FIELDS);
    requireId(key, root, expectedId);
    String auth = text(key, root, "auth_type", false);
    AuthType authType;
    try {
      authType = auth == null ? null : AuthType.valueOf(auth.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(key, "unknown-auth-type", "$.auth_type", "is '" + auth + "'; not a known auth type");
    }
    return new Platform(expectedId, text(key, root, "name", false), text(key, root, "base_url", false),
        text(key, root, "docs_url", false), authType, status(key, root));
  }

  // ------------------------------------------------------------------------------------------------ helpers

  static byte[] bytes(JsonNode node) {
    return ModelJson.writePretty(node).getBytes(StandardCharsets.UTF_8);
  }

  static JsonNode parse(String key, byte[] content) {
    JsonNode root;
    try {
      root = MAPPER.readTree(content);
    } catch (JsonProcessingException e) {
      throw invalid(key, "json-syntax", "$", "is not valid JSON (" + JsonSyntax.describe(e) + "); the object may be"
          + " truncated or corrupt");
    } catch (java.io.IOException e) {
      throw invalid(key, "json-syntax", "$", "could not be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw invalid(key, "document-shape", "$", "is not a JSON object");
    }
    return root;
  }

  private static void check(String key, JsonNode root, Set<String> known) {
    for (java.util.Map.Entry<String, JsonNode> property : root.properties()) {
      String name = property.getKey();
      if (!known.contains(name)) {
        throw invalid(key, "unknown-field", "$." + name, "is not a known field");
      }
    }
  }

  private static void requireId(String key, JsonNode root, String expectedId) {
    String id = text(key, root, "id", true);
    if (!id.equals(expectedId)) {
      throw invalid(key, "id-mismatch", "$.id", "is '" + id + "' but the key is for '" + expectedId + "'");
    }
  }

  private static String text(String key, JsonNode root, String field, boolean required) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw invalid(key, "missing-field", "$." + field, "is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw invalid(key, "wrong-type", "$." + field, "is " + value.getNodeType() + "; a string is expected");
    }
    return value.textValue();
  }

  private static int integer(String key, JsonNode root, String field, int missing) {
    JsonNode value = root.get(field);
    if (value == null) {
      return missing;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw invalid(key, "wrong-type", "$." + field, "is " + value + "; a whole number is expected");
    }
    return value.intValue();
  }

  private static double number(String key, JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (!value.isNumber()) {
      throw invalid(key, "wrong-type", "$." + field, "is " + value + "; a number is expected");
    }
    return value.doubleValue();
  }

  private static RouteStatus status(String key, JsonNode root) {
    String status = text(key, root, "status", false);
    if (status == null) {
      return RouteStatus.ACTIVE;
    }
    try {
      return RouteStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(key, "unknown-status", "$.status", "is '" + status + "'; use active, beta, maintenance or"
          + " inactive");
    }
  }

  static InvalidCatalogDocumentException invalid(String key, String code, String path, String message) {
    return new InvalidCatalogDocumentException(key, List.of(Problem.error(code, path, message)));
  }
}
