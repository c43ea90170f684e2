package dev.modelcatalog.runtime.json;

import static dev.modelcatalog.runtime.json.JsonFields.set;
import static dev.modelcatalog.runtime.json.JsonFields.suggestion;
import static dev.modelcatalog.runtime.json.JsonFields.type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.annotations.RequestParameter;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.Modality;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelStatus;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.Presets;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.RouteRules;
import dev.modelcatalog.runtime.RequestParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

  private static final Set<String> DERIVED_FIELDS = Set.of("object");
  private static final List<String> KNOWN_FIELDS = List.of("id", "object", "created", "owned_by", "name",
      "provider", "description", "version", "context_window", "max_output_tokens", "max_completion_tokens",
      "training_cutoff", "tags", "aliases", "base_model", "parent", "root", "status", "deprecated",
      "deprecation_date", "replacement", "license", "preset", "capabilities", "modalities", "moe", "latency",
      "pricing", "architecture", "parameters", "num_layers", "hidden_size", "num_heads", "supported_parameters",
      "release_date", "last_updated", "open_weights", "paper_url", "docs_url", "max_input_tokens",
      "max_images_per_request", "max_audio_seconds_per_request");
  /** Capability names of the reference design that differ from this project's. */
  private static final Map<String, Capability> REFERENCE_NAMES = Map.of(
      "function_calling", Capability.TOOL_CALLING,
      "structured_output", Capability.STRUCTURED_OUTPUTS,
      "fine_tuning", Capability.FINE_TUNABLE,
      "batch_processing", Capability.BATCH);

  private final String source;
  private final List<Problem> problems = new ArrayList<>();
  private final JsonFields fields = new JsonFields(problems);
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
          "is not valid JSON: " + JsonSyntax.describe(e))));
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
    ModelDefinition.Builder b = ModelDefinition.builder(fields.text(node, path, "id"));
    // The preset first: capabilities and supports_* flags apply on top of it.
    if (node.has("preset")) {
      CapabilityPreset preset = fields.enumValue(node, path, "preset", CapabilityPreset.values());
      if (preset != null) {
        b.preset(preset);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> field = entries.next();
      readField(b, node, path, field.getKey());
    }
    // Left out (or null, as a merged change can make it), the rule would see the builder's 0 and say "is 0".
    fields.requirePresent(node, path, "context_window",
        "every model states its context window, a token count of at least 1, e.g. 128000");
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
        set(fields.text(node, path, name), b::name);
        break;
      case "owned_by":
        set(fields.text(node, path, name), b::ownedBy);
        break;
      case "provider":
        set(fields.text(node, path, name), b::provider);
        break;
      case "description":
        set(fields.text(node, path, name), b::description);
        break;
      case "version":
        set(fields.text(node, path, name), b::version);
        break;
      case "training_cutoff":
        set(fields.text(node, path, name), b::trainingCutoff);
        break;
      case "base_model":
        set(fields.text(node, path, name), b::baseModel);
        break;
      case "parent":
        set(fields.text(node, path, name), b::parent);
        break;
      case "root":
        set(fields.text(node, path, name), b::root);
        break;
      case "deprecation_date":
        set(fields.text(node, path, name), b::deprecationDate);
        break;
      case "replacement":
        set(fields.text(node, path, name), b::replacement);
        break;
      case "license":
        set(fields.text(node, path, name), b::license);
        break;
      case "created":
        set(fields.longValue(node, path, name), b::created);
        break;
      case "context_window":
        set(fields.intValue(node, path, name), b::contextWindow);
        break;
      case "max_output_tokens":
      case "max_completion_tokens":
        set(fields.intValue(node, path, name), b::maxOutputTokens);
        break;
      case "deprecated":
        set(fields.bool(node, path, name), b::deprecated);
        break;
      case "tags":
        set(fields.textList(node, path, name), b::tags);
        break;
      case "aliases":
        set(fields.textList(node, path, name), b::aliases);
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
      case "routes":
        readRoutes(node, path, name);
        break;
      default:
        if (readFact(b, node, path, name)) {
          break;
        }
        if (DERIVED_FIELDS.contains(name)) {
          break; // written by ModelJson for readers; recomputed from the definition
        }
        if (name.startsWith("supports_")) {
          Capability capability = capability(name.substring("supports_".length()), path + "." + name);
          Boolean value = fields.bool(node, path, name);
          if (capability != null && value != null) {
            b.capability(capability, value);
          }
          break;
        }
        fields.unknownField(path, name, KNOWN_FIELDS);
    }
  }

  // -------------------------------------------------------------------------------------------- model facts

  /** Reads a model-facts field; false when the name is none of them. */
  private boolean readFact(ModelDefinition.Builder b, JsonNode node, String path, String name) {
    switch (name) {
      case "status":
        set(fields.enumValue(node, path, name, ModelStatus.values()), b::status);
        return true;
      case "modalities":
        readModalities(b, node.get(name), path + ".modalities");
        return true;
      case "architecture":
        set(fields.enumValue(node, path, name, ArchitectureFamily.values()), b::architectureFamily);
        return true;
      case "parameters":
        set(fields.longValue(node, path, name), b::parameters);
        return true;
      case "num_layers":
        set(fields.intValue(node, path, name), b::numLayers);
        return true;
      case "hidden_size":
        set(fields.intValue(node, path, name), b::hiddenSize);
        return true;
      case "num_heads":
        set(fields.intValue(node, path, name), b::numHeads);
        return true;
      case "supported_parameters":
        set(parameters(node, path, name), b::supportedParameters);
        return true;
      case "release_date":
        set(fields.text(node, path, name), b::releaseDate);
        return true;
      case "last_updated":
        set(fields.text(node, path, name), b::lastUpdated);
        return true;
      case "open_weights":
        set(fields.bool(node, path, name), b::openWeights);
        return true;
      case "paper_url":
        set(fields.text(node, path, name), b::paperUrl);
        return true;
      case "docs_url":
        set(fields.text(node, path, name), b::docsUrl);
        return true;
      case "max_input_tokens":
        set(fields.intValue(node, path, name), b::maxInputTokens);
        return true;
      case "max_images_per_request":
        set(fields.intValue(node, path, name), b::maxImagesPerRequest);
        return true;
      case "max_audio_seconds_per_request":
        set(fields.intValue(node, path, name), b::maxAudioSecondsPerRequest);
        return true;
      default:
        return false;
    }
  }

  private void readModalities(ModelDefinition.Builder b, JsonNode node, String path) {
    if (!fields.object(node, path, List.of("input", "output"))) {
      return;
    }
    set(modalities(node, path, "input"), b::inputModalities);
    set(modalities(node, path, "output"), b::outputModalities);
  }

  private List<Modality> modalities(JsonNode node, String path, String name) {
    List<String> names = fields.textList(node, path, name);
    if (names == null) {
      return null;
    }
    List<Modality> modalities = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      try {
        modalities.add(Modality.parse(names.get(i)));
      } catch (IllegalArgumentException e) {
        error("unknown-value", path + "." + name + "[" + i + "]", "'" + names.get(i) + "' is no modality; expected"
            + " one of text, image, audio, video, pdf");
      }
    }
    return modalities;
  }

  private List<RequestParameter> parameters(JsonNode node, String path, String name) {
    List<String> names = fields.textList(node, path, name);
    if (names == null) {
      return null;
    }
    List<String> known = new ArrayList<>();
    for (RequestParameter parameter : RequestParameter.values()) {
      known.add(RequestParameters.jsonName(parameter));
    }
    List<RequestParameter> parameters = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      try {
        parameters.add(RequestParameters.parse(names.get(i)));
      } catch (IllegalArgumentException e) {
        error("unknown-value", path + "." + name + "[" + i + "]", "'" + names.get(i) + "' is no request parameter"
            + suggestion(names.get(i), known));
      }
    }
    return parameters;
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
        Boolean value = fields.bool(node, path, flag.getKey());
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
    if (!fields.object(node, path, List.of("total_params", "active_params", "num_experts", "experts_per_token",
        "architecture"))) {
      return null;
    }
    Long total = fields.required(fields.longValue(node, path, "total_params"), node, path, "total_params");
    Long active = fields.required(fields.longValue(node, path, "active_params"), node, path, "active_params");
    Integer experts = fields.required(fields.intValue(node, path, "num_experts"), node, path, "num_experts");
    Integer perToken =
        fields.required(fields.intValue(node, path, "experts_per_token"), node, path, "experts_per_token");
    MoEArchitecture architecture = node.has("architecture")
        ? fields.enumValue(node, path, "architecture", MoEArchitecture.values()) : MoEArchitecture.SPARSE;
    if (total == null || active == null || experts == null || perToken == null || architecture == null) {
      return null;
    }
    return new MoEConfig(total, active, experts, perToken, architecture);
  }

  private LatencyProfile latency(JsonNode node, String path) {
    if (!fields.object(node, path, List.of("preset", "ttft_mean", "ttft_std", "itl_mean", "itl_std", "vision", "audio",
        "video", "reasoning", "tool_calling"))) {
      return null;
    }
    LatencyPreset preset = node.has("preset")
        ? fields.enumValue(node, path, "preset", LatencyPreset.values()) : LatencyPreset.MEDIUM;
    LatencyProfile start = Presets.latency(preset == null ? LatencyPreset.MEDIUM : preset);
    return new LatencyProfile(
        fields.number(node, path, "ttft_mean", start.ttftMean()),
        fields.number(node, path, "ttft_std", start.ttftStd()),
        fields.number(node, path, "itl_mean", start.itlMean()),
        fields.number(node, path, "itl_std", start.itlStd()),
        fields.number(node, path, "vision", start.visionMultiplier()),
        fields.number(node, path, "audio", start.audioMultiplier()),
        fields.number(node, path, "video", start.videoMultiplier()),
        fields.number(node, path, "reasoning", start.reasoningMultiplier()),
        fields.number(node, path, "tool_calling", start.toolCallingMultiplier()));
  }

  private Pricing pricing(JsonNode node, String path) {
    if (!fields.object(node, path, List.of("input_per_million", "output_per_million", "cached_input_per_million",
        "cache_write_per_million", "per_image", "audio_per_minute", "currency", "prompt_price_per_1m",
        "completion_price_per_1m", "cached_price_per_1m", "image_price_per_unit", "audio_price_per_minute",
        "reasoning_per_million", "audio_input_per_million", "audio_output_per_million", "per_request",
        "long_context_threshold", "long_context_input_per_million", "long_context_output_per_million",
        "reasoning_price_per_1m", "audio_prompt_price_per_1m", "audio_completion_price_per_1m", "request_price",
        "long_context_prompt_price_per_1m", "long_context_completion_price_per_1m"))) {
      return null;
    }
    Pricing.Builder b = Pricing.builder();
    price(node, path, b::inputPerMillion, "input_per_million", "prompt_price_per_1m");
    price(node, path, b::outputPerMillion, "output_per_million", "completion_price_per_1m");
    price(node, path, b::cachedInputPerMillion, "cached_input_per_million", "cached_price_per_1m");
    price(node, path, b::cacheWritePerMillion, "cache_write_per_million");
    price(node, path, b::perImage, "per_image", "image_price_per_unit");
    price(node, path, b::audioPerMinute, "audio_per_minute", "audio_price_per_minute");
    set(fields.text(node, path, "currency"), b::currency);
    // model facts
    price(node, path, b::reasoningPerMillion, "reasoning_per_million", "reasoning_price_per_1m");
    price(node, path, b::audioInputPerMillion, "audio_input_per_million", "audio_prompt_price_per_1m");
    price(node, path, b::audioOutputPerMillion, "audio_output_per_million", "audio_completion_price_per_1m");
    price(node, path, b::perRequest, "per_request", "request_price");
    set(fields.intValue(node, path, "long_context_threshold"), b::longContextThreshold);
    price(node, path, b::longContextInputPerMillion, "long_context_input_per_million",
        "long_context_prompt_price_per_1m");
    price(node, path, b::longContextOutputPerMillion, "long_context_output_per_million",
        "long_context_completion_price_per_1m");
    return b.build();
  }

  private void price(JsonNode node, String path, java.util.function.DoubleConsumer setter, String... names) {
    for (String name : names) {
      if (node.has(name)) {
        double value = fields.number(node, path, name, Double.NaN);
        if (!Double.isNaN(value)) {
          setter.accept(value);
        }
      }
    }
  }

  private void error(String code, String path, String message) {
    fields.error(code, path, message);
  }

  // ------------------------------------------------------------------------------------- routes in the document
  // Only readWithRoutes accepts "routes" (ModelJson.toDetailedJson(model, routes) writes it); read() keeps
  // rejecting it as an unknown field, because its callers register definitions and would drop the routes.

  /** Whether {@code routes} is read (readWithRoutes) or an unknown field (read). */
  private boolean acceptRoutes;
  /** The routes read, by the JSON path of their model. */
  private final Map<String, List<Route>> routesByPath = new HashMap<>();

  private static final List<String> ROUTE_FIELDS = List.of("platform", "model_string", "priority", "status",
      "input_per_million", "output_per_million", "context_window", "max_output_tokens", "endpoint");

  /**
   * A document's models and the routes listed under them.
   *
   * @param models the models, in document order
   * @param routes each model's routes by model id, in document order; models without routes are absent
   */
  public record Document(List<ModelDefinition> models, Map<String, List<Route>> routes) {

    public Document {
      models = List.copyOf(models);
      Map<String, List<Route>> copy = new LinkedHashMap<>();
      routes.forEach((id, list) -> copy.put(id, List.copyOf(list)));
      routes = java.util.Collections.unmodifiableMap(copy);
    }

    /** The routes listed under the model with this id; empty when none. */
    public List<Route> routesOf(String id) {
      return routes.getOrDefault(id, List.of());
    }
  }

  /**
   * Parses and checks a document whose models may list their routes, as {@link ModelJson#toDetailedJson(
   * ModelDefinition, List)} writes them: {@code "routes": [{"platform", "model_string", "priority", "status",
   * "input_per_million", "output_per_million", "context_window", "max_output_tokens", "endpoint"}]}. Each route
   * is checked with {@link RouteRules}, on its own and against its model; the platforms are not checked against
   * a registry (a document cannot declare platforms). Checks of routes against their model run once the models
   * themselves are valid.
   *
   * @throws InvalidCatalogDocumentException listing every error by JSON path
   */
  public static Document readWithRoutes(String json, String source) {
    JsonNode root;
    try {
      root = ModelJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      read(json, source); // reports the syntax error
      throw new IllegalStateException("unreachable: the document is not JSON");
    }
    ModelDocumentReader reader = new ModelDocumentReader(source);
    reader.acceptRoutes = true;
    List<ModelDefinition> models = reader.readDocument(root);
    Map<String, List<Route>> routes = new LinkedHashMap<>();
    for (int i = 0; i < models.size(); i++) {
      List<Route> list = reader.routesByPath.getOrDefault(reader.paths.get(i), List.of());
      if (list.isEmpty()) {
        continue;
      }
      routes.put(models.get(i).id(), list);
      for (Problem problem : RouteRules.checkModelRoutes(models.get(i), list, platform -> true)) {
        reader.problems.add(new Problem(problem.code(), JsonPaths.of(reader.paths.get(i), problem.field()),
            problem.message(), problem.severity()));
      }
    }
    if (!reader.problems.isEmpty()) {
      throw new InvalidCatalogDocumentException(source, reader.problems);
    }
    return new Document(models, routes);
  }

  private void readRoutes(JsonNode node, String path, String name) {
    if (!acceptRoutes) {
      fields.unknownField(path, name, KNOWN_FIELDS);
      return;
    }
    JsonNode array = node.get(name);
    String arrayPath = path + "." + name;
    if (array.isNull()) {
      return;
    }
    if (!array.isArray()) {
      error("wrong-type", arrayPath, "is " + type(array) + "; expected an array of route objects");
      return;
    }
    String modelId = node.path("id").isTextual() ? node.get("id").asText() : null;
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      Route route = route(array.get(i), arrayPath + "[" + i + "]", modelId);
      if (route != null) {
        routes.add(route);
      }
    }
    routesByPath.put(path, routes);
  }

  private Route route(JsonNode node, String path, String modelId) {
    if (!fields.object(node, path, ROUTE_FIELDS)) {
      return null;
    }
    int before = problems.size();
    String platform = fields.required(fields.text(node, path, "platform"), node, path, "platform");
    Route.Builder b = Route.builder(platform).model(modelId);
    set(fields.text(node, path, "model_string"), b::modelString);
    set(fields.intValue(node, path, "priority"), b::priority);
    if (node.has("status")) {
      set(fields.enumValue(node, path, "status", dev.modelcatalog.annotations.RouteStatus.values()), b::status);
    }
    price(node, path, b::inputPerMillion, "input_per_million");
    price(node, path, b::outputPerMillion, "output_per_million");
    set(fields.intValue(node, path, "context_window"), b::contextWindow);
    set(fields.intValue(node, path, "max_output_tokens"), b::maxOutputTokens);
    set(fields.text(node, path, "endpoint"), b::endpoint);
    if (problems.size() > before) {
      return null;
    }
    try {
      return b.build();
    } catch (dev.modelcatalog.runtime.InvalidRouteException e) {
      for (Problem problem : e.problems()) {
        problems.add(new Problem(problem.code(), JsonPaths.of(path, problem.field()), problem.message(),
            problem.severity()));
      }
      return null;
    }
  }
}
