package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelStatus;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.json.InvalidCatalogDocumentException;
import dev.modelcatalog.runtime.json.ModelDocumentReader;
import dev.modelcatalog.runtime.json.ModelJson;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Request bodies of the write side turned into definitions. Every body becomes a complete model document (a new
 * model as sent; a change merged into the current model's {@link ModelJson#toDetailedJson detailed JSON}) and is
 * read by the runtime's {@link ModelDocumentReader}, which checks it with the rules the processor applies. A
 * rejected body is a 400 whose {@code param} is the JSON path of the first problem inside the body
 * ({@code context_window}, {@code pricing.input_per_million}) and whose message lists every problem.
 */
final class ModelBodies {

  /** Where the reader's paths start for the one model of the document a body becomes. */
  private static final String MODEL_PATH = "$[0].";
  private static final Set<String> STATUS_FIELDS = Set.of("status", "deprecation_date", "replacement");

  private ModelBodies() {}

  /** A new model: the body is one model object of a model document. */
  static ModelDefinition newModel(JsonNode body) {
    return read(object(body).deepCopy());
  }

  /** The current model with the body's fields in place of its own; the id cannot change. */
  static ModelDefinition withChanges(ModelDefinition current, JsonNode body) {
    ObjectNode changes = object(body);
    JsonNode id = changes.get("id");
    if (id != null && !id.asText().equals(current.id())) {
      throw ApiError.invalid("id", "invalid_model", "a model's id cannot change (it is '" + current.id() + "')");
    }
    ObjectNode model = ModelJson.toDetailedJson(current);
    model.setAll(changes);
    return read(model);
  }

  /**
   * The current model with new prices: the body holds the fields of {@code pricing} that change
   * ({@code input_per_million}, ...); the reference design's {@code input_cost} and {@code output_cost} name the
   * two token prices too.
   */
  static ModelDefinition withPricing(ModelDefinition current, JsonNode body) {
    ObjectNode changes = object(body).deepCopy();
    rename(changes, "input_cost", "input_per_million");
    rename(changes, "output_cost", "output_per_million");
    ObjectNode model = ModelJson.toDetailedJson(current);
    JsonNode pricing = model.get("pricing");
    ObjectNode merged = pricing == null ? RegistryJson.object() : (ObjectNode) pricing;
    merged.setAll(changes);
    model.set("pricing", merged);
    return read(model);
  }

  private static void rename(ObjectNode node, String from, String to) {
    if (node.has(from)) {
      if (node.has(to)) {
        // Two names for one price: which value counts would be this method's choice, not the sender's.
        throw ApiError.invalid(from, "invalid_model", from + " and " + to + " name the same price; give one of"
            + " them");
      }
      node.set(to, node.remove(from));
    }
  }

  /**
   * {@code {"status":"deprecated","deprecation_date":"2026-12-31","replacement":"gpt-4o"}}: any lifecycle status a
   * model can state ({@code alpha}, {@code beta}, {@code active}, {@code deprecated}, {@code retired}), the
   * deprecated flag following it.
   */
  static ModelDefinition withStatus(ModelDefinition current, JsonNode body) {
    ObjectNode changes = object(body);
    for (Iterator<String> names = changes.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!STATUS_FIELDS.contains(name)) {
        throw ApiError.invalid(name, "invalid_field", ApiError.clip(name)
            + ": is not a known field; expected status, deprecation_date, replacement");
      }
    }
    ModelStatus status;
    String statusName = text(changes, "status", "alpha, beta, active, deprecated or retired");
    try {
      status = ModelStatus.parse(statusName);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("status", "invalid_field", ApiError.forParam("status", e.getMessage(), statusName));
    }
    ObjectNode model = ModelJson.toDetailedJson(current);
    // The lifecycle status and the flag must agree (status-contradicts-deprecated): retired counts as deprecated.
    model.put("deprecated", status.isDeprecated());
    model.put("status", status.jsonName());
    copy(changes, model, "deprecation_date");
    copy(changes, model, "replacement");
    return read(model);
  }

  /**
   * A field a route needs, as a string: missing, null or another kind of value is a 400 that says so, never read
   * as an empty string ({@code {}} once answered "'' is no status").
   */
  private static String text(ObjectNode body, String field, String expected) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      throw ApiError.invalid(field, "invalid_field", field + ": is missing; expected " + expected);
    }
    if (!value.isTextual()) {
      throw ApiError.invalid(field, "invalid_field", field + ": is " + value.getNodeType().name()
          .toLowerCase(java.util.Locale.ROOT) + ", not a string; expected " + expected);
    }
    return value.asText();
  }

  private static void copy(ObjectNode from, ObjectNode to, String field) {
    if (from.has(field)) {
      to.set(field, from.get(field));
    }
  }

  /** The reference design's capability patch: {@code {"operation":"add"|"remove","capability":"vision"}}. */
  static ModelDefinition withCapability(ModelDefinition current, JsonNode body) {
    ObjectNode changes = object(body);
    String operation = text(changes, "operation", "'add' or 'remove'");
    if (!operation.equals("add") && !operation.equals("remove")) {
      throw ApiError.invalid("operation", "invalid_field", "operation: expected 'add' or 'remove'");
    }
    Capability capability;
    String capabilityName = text(changes, "capability", "a capability name such as \"vision\"");
    try {
      capability = Capability.parse(capabilityName);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("capability", "invalid_field",
          ApiError.forParam("capability", e.getMessage(), capabilityName));
    }
    ObjectNode model = ModelJson.toDetailedJson(current);
    ArrayNode capabilities = model.putArray("capabilities");
    for (Capability c : current.capabilities()) {
      if (c != capability) {
        capabilities.add(c.jsonName());
      }
    }
    if (operation.equals("add")) {
      capabilities.add(capability.jsonName());
    }
    return read(model);
  }

  private static ObjectNode object(JsonNode body) {
    if (!body.isObject()) {
      throw ApiError.invalid(null, "invalid_json", "the body must be a JSON object");
    }
    return (ObjectNode) body;
  }

  /** Reads the one model of a document, turning its problems into a 400 that names the first by its path. */
  private static ModelDefinition read(ObjectNode model) {
    ArrayNode document = RegistryJson.MAPPER.createArrayNode().add(model);
    try {
      return ModelDocumentReader.read(document, "request body").get(0);
    } catch (InvalidCatalogDocumentException e) {
      List<Problem> problems = e.problems();
      String message = problems.stream()
          .map(p -> "[" + p.code() + "] " + inBody(p.field()) + ": " + p.message())
          .collect(Collectors.joining("; "));
      throw ApiError.invalid(problems.isEmpty() ? null : inBody(problems.get(0).field()), "invalid_model",
          ApiError.clip(message, 1000));
    }
  }

  /** A path into the document ({@code $[0].pricing.input_per_million}) as a path into the body. */
  private static String inBody(String path) {
    return path.startsWith(MODEL_PATH) ? path.substring(MODEL_PATH.length()) : path;
  }
}
