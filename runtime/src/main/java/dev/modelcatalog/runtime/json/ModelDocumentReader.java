package dev.modelcatalog.runtime.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.Presets;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads a model document: a JSON array of model objects, or an object holding one in {@code data} (a list
 * response) or {@code models}. Field names are those of {@link ModelJson#toDetailedJson} ({@code context_window},
 * {@code pricing.input_per_million}, ...); the reference design's {@code supports_*} flags and
 * {@code max_completion_tokens} are accepted too. {@code capabilities} is either a list of names (the exact set)
 * or an object of flags applied on top of {@code preset}, like {@code @Capabilities}.
 *
 * <p>Every model is checked with {@link dev.modelcatalog.runtime.ModelRules} (through
 * {@link ModelDefinition.Builder#problems()}), exactly as the processor checks stubs, and the document as a whole
 * for duplicate ids. Problems are collected over the whole document and reported together, each under its JSON
 * path; a document with any error is rejected.
 *
 * <pre>{@code
 * [{"id": "acme/chat-1", "context_window": 32768, "preset": "chat",
 *   "pricing": {"input_per_million": 0.5, "output_per_million": 1.5}}]
 * }</pre>
 */
public final class ModelDocumentReader {

  private static final Set<String> DERIVED_FIELDS = Set.of("object", "status", "modalities");
  private static final List<String> KNOWN_FIELDS = List.of("id", "object", "created", "owned_by", "name",
      "provider", "description", "version", "context_window", "max_output_tokens", "max_completion_tokens",
      "training_cutoff", "tags", "aliases", "base_model", "parent", "root", "status", "deprecated",
      "deprecation_date", "replacement", "license", "preset", "capabilities", "modalities", "moe", "latency",
      "pricing");
  /** Capability names of the reference design that differ from this project's. */
  private static final Map<String, Capability> REFERENCE_NAMES = Map.of(
      "function_calling", Capability.TOOL_CALLING,
      "structured_output", Capability.STRUCTURED_OUTPUTS,
      "fine_tuning", Capability.FINE_TUNABLE,
      "batch_processing", Capability.BATCH);

  private final String source;
  private final List<Problem> problems = new ArrayList<>();
  /** The JSON path of each model read, in document order. */
  private final List<String> paths = new ArrayList<>();

  private ModelDocumentReader(String source) {
    this.source = source;
  }

  /**
   * Parses and checks a document.
   *
   * @param json the document text
   * @param source where it came from, for messages
   * @throws InvalidCatalogDocumentException listing every error by JSON path
   */
  public static List<ModelDefinition> read(String json, String source) {
    JsonNode root;
    try {
      root = ModelJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidCatalogDocumentException(source, List.of(Problem.error("json-syntax", "$",
          "is not valid JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr())));
    }
    return read(root, source);
  }

  /**
   * Checks a parsed document.
   *
   * @throws InvalidCatalogDocumentException listing every error by JSON path
   */
  public static List<ModelDefinition> read(JsonNode root, String source) {
    return new ModelDocumentReader(source).readDocument(root);
  }

  /** The models of a valid document with the JSON path of each, so later failures can point into the document. */
  record Located(List<ModelDefinition> models, List<String> paths) {}

  static Located readLocated(String json, String source) {
    JsonNode root;
    try {
      root = ModelJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return new Located(read(json, source), List.of()); // read reports the syntax error
    }
    ModelDocumentReader reader = new ModelDocumentReader(source);
    List<ModelDefinition> models = reader.readDocument(root);
    return new Located(models, List.copyOf(reader.paths));
  }

  private List<ModelDefinition> readDocument(JsonNode root) {
    JsonNode array = root;
    String arrayPath = "$";
    if (root != null && root.isObject() && root.has("data")) {
      array = root.get("data");
      arrayPath = "$.data";
    } else if (root != null && root.isObject() && root.has("models")) {
      array = root.get("models");
      arrayPath = "$.models";
    }
    if (array == null || !array.isArray()) {
      error("document-shape", arrayPath, "is not a list of models; give a JSON array of model objects, or an object"
          + " with the array in \"data\" or \"models\"");
      throw new InvalidCatalogDocumentException(source, problems);
    }
    List<ModelDefinition> models = new ArrayList<>();
    Map<String, String> pathByKey = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      String path = arrayPath + "[" + i + "]";
      ModelDefinition model = readModel(array.get(i), path);
      if (model != null) {
        checkUnique(model, path, pathByKey);
        models.add(model);
        paths.add(path);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCatalogDocumentException(source, problems);
    }
    return List.copyOf(models);
  }

  /** Ids and aliases must be unique in the document, normalized ({@link Discovery#normalizeModelId}). */
  private void checkUnique(ModelDefinition model, String path, Map<String, String> pathByKey) {
    List<String> keys = new ArrayList<>();
    keys.add(model.id());
    keys.addAll(model.aliases());
    for (int k = 0; k < keys.size(); k++) {
      String field = k == 0 ? path + ".id" : path + ".aliases[" + (k - 1) + "]";
      String normalized = Discovery.normalizeModelId(keys.get(k));
      String earlier = pathByKey.putIfAbsent(normalized, field);
      if (earlier != null && !earlier.startsWith(path + ".")) {
        error("duplicate-id", field, "'" + keys.get(k) + "' is also declared at " + earlier + " (both normalize to '"
            + normalized + "'); ids and aliases are unique in a document");
      }
    }
  }

  private ModelDefinition readModel(JsonNode node, String path) {
    if (!node.isObject()) {
      error("model-not-object", path, "is " + node.getNodeType().name().toLowerCase(Locale.ROOT)
          + "; each model is a JSON object with at least \"id\" and \"context_window\"");
      return null;
    }
    int before = problems.size();
    ModelDefinition.Builder b = ModelDefinition.builder(text(node, path, "id"));
    // The preset first: capabilities and supports_* flags apply on top of it.
    if (node.has("preset")) {
      CapabilityPreset preset = enumValue(node, path, "preset", CapabilityPreset.values());
      if (preset != null) {
        b.preset(preset);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      readField(b, node, path, field.getKey());
    }
    List<String> unreadable = new ArrayList<>();
    for (Problem problem : problems.subList(before, problems.size())) {
      unreadable.add(problem.field());
    }
    boolean ok = unreadable.isEmpty();
    for (Problem problem : b.problems()) {
      String field = JsonPaths.of(path, problem.field());
      // A value that could not be read was left at its default; a rule problem about it would only mislead.
      if (problem.isError() && !within(field, unreadable)) {
        problems.add(new Problem(problem.code(), field, problem.message(), problem.severity()));
        ok = false;
      }
    }
    return ok ? b.build() : null;
  }

  private static boolean within(String field, List<String> paths) {
    for (String p : paths) {
      if (field.equals(p) || field.startsWith(p + ".") || field.startsWith(p + "[")) {
        return true;
      }
    }
    return false;
  }

  private void readField(ModelDefinition.Builder b, JsonNode node, String path, String name) {
    switch (name) {
      case "id":
      case "preset":
        break; // read first
      case "name":
        set(text(node, path, name), b::name);
        break;
      case "owned_by":
        set(text(node, path, name), b::ownedBy);
        break;
      case "provider":
        set(text(node, path, name), b::provider);
        break;
      case "description":
        set(text(node, path, name), b::description);
        break;
      case "version":
        set(text(node, path, name), b::version);
        break;
      case "training_cutoff":
        set(text(node, path, name), b::trainingCutoff);
        break;
      case "base_model":
        set(text(node, path, name), b::baseModel);
        break;
      case "parent":
        set(text(node, path, name), b::parent);
        break;
      case "root":
        set(text(node, path, name), b::root);
        break;
      case "deprecation_date":
        set(text(node, path, name), b::deprecationDate);
        break;
      case "replacement":
        set(text(node, path, name), b::replacement);
        break;
      case "license":
        set(text(node, path, name), b::license);
        break;
      case "created":
        set(longValue(node, path, name), b::created);
        break;
      case "context_window":
        set(intValue(node, path, name), b::contextWindow);
        break;
      case "max_output_tokens":
      case "max_completion_tokens":
        set(intValue(node, path, name), b::maxOutputTokens);
        break;
      case "deprecated":
        set(bool(node, path, name), b::deprecated);
        break;
      case "tags":
        set(textList(node, path, name), b::tags);
        break;
      case "aliases":
        set(textList(node, path, name), b::aliases);
        break;
      case "capabilities":
        readCapabilities(b, node.get(name), path + ".capabilities");
        break;
      case "moe":
        set(moe(node.get(name), path + ".moe"), b::moe);
        break;
      case "latency":
        set(latency(node.get(name), path + ".latency"), b::latency);
        break;
      case "pricing":
        set(pricing(node.get(name), path + ".pricing"), b::pricing);
        break;
      default:
        if (DERIVED_FIELDS.contains(name)) {
          break; // written by ModelJson for readers; recomputed from the definition
        }
        if (name.startsWith("supports_")) {
          Capability capability = capability(name.substring("supports_".length()), path + "." + name);
          Boolean value = bool(node, path, name);
          if (capability != null && value != null) {
            b.capability(capability, value);
          }
          break;
        }
        unknownField(path, name, KNOWN_FIELDS);
    }
  }

  private void readCapabilities(ModelDefinition.Builder b, JsonNode node, String path) {
    if (node.isArray()) {
      List<Capability> exact = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        Capability capability = item.isTextual() ? capability(item.asText(), path + "[" + i + "]") : null;
        if (!item.isTextual()) {
          error("wrong-type", path + "[" + i + "]", "is " + type(item) + "; capability names are strings");
        } else if (capability != null) {
          exact.add(capability);
        }
      }
      b.capabilities(Capabilities.copyOf(exact));
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> flags = node.properties().iterator();
      while (flags.hasNext()) {
        Map.Entry<String, JsonNode> flag = flags.next();
        Capability capability = capability(flag.getKey(), path + "." + flag.getKey());
        Boolean value = bool(node, path, flag.getKey());
        if (capability != null && value != null) {
          b.capability(capability, value);
        }
      }
    } else {
      error("wrong-type", path, "is " + type(node) + "; give a list of capability names or an object of flags");
    }
  }

  private Capability capability(String name, String path) {
    Capability reference = REFERENCE_NAMES.get(name);
    if (reference != null) {
      return reference;
    }
    try {
      return Capability.parse(name);
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (Capability c : Capability.values()) {
        names.add(c.jsonName());
      }
      error("unknown-capability", path, "'" + name + "' is no capability" + suggestion(name, names));
      return null;
    }
  }

  private MoEConfig moe(JsonNode node, String path) {
    if (!object(node, path, List.of("total_params", "active_params", "num_experts", "experts_per_token",
        "architecture"))) {
      return null;
    }
    Long total = required(longValue(node, path, "total_params"), node, path, "total_params");
    Long active = required(longValue(node, path, "active_params"), node, path, "active_params");
    Integer experts = required(intValue(node, path, "num_experts"), node, path, "num_experts");
    Integer perToken = required(intValue(node, path, "experts_per_token"), node, path, "experts_per_token");
    MoEArchitecture architecture = node.has("architecture")
        ? enumValue(node, path, "architecture", MoEArchitecture.values()) : MoEArchitecture.SPARSE;
    if (total == null || active == null || experts == null || perToken == null || architecture == null) {
      return null;
    }
    return new MoEConfig(total, active, experts, perToken, architecture);
  }

  private LatencyProfile latency(JsonNode node, String path) {
    if (!object(node, path, List.of("preset", "ttft_mean", "ttft_std", "itl_mean", "itl_std", "vision", "audio",
        "video", "reasoning", "tool_calling"))) {
      return null;
    }
    LatencyPreset preset = node.has("preset")
        ? enumValue(node, path, "preset", LatencyPreset.values()) : LatencyPreset.MEDIUM;
    LatencyProfile start = Presets.latency(preset == null ? LatencyPreset.MEDIUM : preset);
    return new LatencyProfile(
        number(node, path, "ttft_mean", start.ttftMean()), number(node, path, "ttft_std", start.ttftStd()),
        number(node, path, "itl_mean", start.itlMean()), number(node, path, "itl_std", start.itlStd()),
        number(node, path, "vision", start.visionMultiplier()), number(node, path, "audio", start.audioMultiplier()),
        number(node, path, "video", start.videoMultiplier()),
        number(node, path, "reasoning", start.reasoningMultiplier()),
        number(node, path, "tool_calling", start.toolCallingMultiplier()));
  }

  private Pricing pricing(JsonNode node, String path) {
    if (!object(node, path, List.of("input_per_million", "output_per_million", "cached_input_per_million",
        "cache_write_per_million", "per_image", "audio_per_minute", "currency", "prompt_price_per_1m",
        "completion_price_per_1m", "cached_price_per_1m", "image_price_per_unit", "audio_price_per_minute"))) {
      return null;
    }
    Pricing.Builder b = Pricing.builder();
    price(node, path, b::inputPerMillion, "input_per_million", "prompt_price_per_1m");
    price(node, path, b::outputPerMillion, "output_per_million", "completion_price_per_1m");
    price(node, path, b::cachedInputPerMillion, "cached_input_per_million", "cached_price_per_1m");
    price(node, path, b::cacheWritePerMillion, "cache_write_per_million");
    price(node, path, b::perImage, "per_image", "image_price_per_unit");
    price(node, path, b::audioPerMinute, "audio_per_minute", "audio_price_per_minute");
    set(text(node, path, "currency"), b::currency);
    return b.build();
  }

  private void price(JsonNode node, String path, java.util.function.DoubleConsumer setter, String... names) {
    for (String name : names) {
      if (node.has(name)) {
        double value = number(node, path, name, Double.NaN);
        if (!Double.isNaN(value)) {
          setter.accept(value);
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------ typed value readers
  // Each returns null (or the fallback) when the field is absent or null, and reports a wrong type.

  private boolean object(JsonNode node, String path, List<String> known) {
    if (!node.isObject()) {
      error("wrong-type", path, "is " + type(node) + "; expected an object");
      return false;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        unknownField(path, name, known);
      }
    }
    return true;
  }

  private String text(JsonNode node, String path, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      error("wrong-type", path + "." + name, "is " + type(value) + "; expected a string");
      return null;
    }
    return value.asText();
  }

  private List<String> textList(JsonNode node, String path, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      error("wrong-type", path + "." + name, "is " + type(value) + "; expected an array of strings");
      return null;
    }
    List<String> list = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) {
        error("wrong-type", path + "." + name + "[" + i + "]", "is " + type(value.get(i)) + "; expected a string");
        return null;
      }
      list.add(value.get(i).asText());
    }
    return list;
  }

  private Long longValue(JsonNode node, String path, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      error("wrong-type", path + "." + name, "is " + type(value) + "; expected a whole number");
      return null;
    }
    return value.longValue();
  }

  private Integer intValue(JsonNode node, String path, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      error("wrong-type", path + "." + name, "is " + type(value) + "; expected a whole number up to "
          + Integer.MAX_VALUE);
      return null;
    }
    return value.intValue();
  }

  private double number(JsonNode node, String path, String name, double fallback) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isNumber()) {
      error("wrong-type", path + "." + name, "is " + type(value) + "; expected a number");
      return fallback;
    }
    return value.doubleValue();
  }

  private Boolean bool(JsonNode node, String path, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      error("wrong-type", path + "." + name, "is " + type(value) + "; expected true or false");
      return null;
    }
    return value.booleanValue();
  }

  private <E extends Enum<E>> E enumValue(JsonNode node, String path, String name, E[] constants) {
    String text = text(node, path, name);
    if (text == null) {
      return null;
    }
    for (E constant : constants) {
      if (constant.name().equalsIgnoreCase(text.replace('-', '_'))) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    error("unknown-value", path + "." + name, "'" + text + "' is not one of " + names + suggestion(text, names));
    return null;
  }

  private <T> T required(T value, JsonNode node, String path, String name) {
    if (value == null && !node.has(name)) {
      error("missing-field", path + "." + name, "is missing; it is required");
    }
    return value;
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private void unknownField(String path, String name, List<String> known) {
    error("unknown-field", path + "." + name, "is not a known field" + suggestion(name, known));
  }

  private static String suggestion(String given, List<String> candidates) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(given.toLowerCase(Locale.ROOT), candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, given.length() / 3) ? "; did you mean '" + best + "'?" : "";
  }

  private static String type(JsonNode node) {
    return node.isTextual() ? "the string \"" + node.asText() + "\"" : node.getNodeType().name()
        .toLowerCase(Locale.ROOT) + (node.isValueNode() ? " " + node : "");
  }

  private void error(String code, String path, String message) {
    problems.add(Problem.error(code, path, message));
  }
}
