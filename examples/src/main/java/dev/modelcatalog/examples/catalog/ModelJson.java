package dev.modelcatalog.examples.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Pricing;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Models as JSON, in the OpenAI shape ({@link #toOpenAiModel}) and in full ({@link #toDetailedJson}), and back
 * ({@link #fromJson}). Field names are snake case and always written in the same order, so equal models give
 * byte-identical JSON.
 */
public final class ModelJson {

  /** The mapper every front end shares; thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Set<String> FIELDS = Set.of("id", "object", "created", "owned_by", "name", "provider",
      "description", "version", "context_window", "max_output_tokens", "training_cutoff", "tags", "aliases",
      "base_model", "parent", "root", "deprecated", "deprecation_date", "replacement", "license", "preset",
      "capabilities", "moe", "latency", "pricing");

  private ModelJson() {}

  /** {@code {"id","object":"model","created","owned_by"}}, as OpenAI's {@code /v1/models} lists a model. */
  public static ObjectNode toOpenAiModel(ModelDefinition model) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", model.id());
    node.put("object", "model");
    node.put("created", model.created());
    node.put("owned_by", model.ownedBy());
    return node;
  }

  /** {@code {"object":"list","data":[...]}} of the given items. */
  public static ObjectNode list(List<? extends JsonNode> items) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("object", "list");
    node.putArray("data").addAll(items);
    return node;
  }

  /** Every value of the definition; absent optional values are left out. */
  public static ObjectNode toDetailedJson(ModelDefinition model) {
    ObjectNode node = toOpenAiModel(model);
    node.put("name", model.name());
    model.provider().ifPresent(v -> node.put("provider", v));
    model.description().ifPresent(v -> node.put("description", v));
    model.version().ifPresent(v -> node.put("version", v));
    node.put("context_window", model.contextWindow());
    node.put("max_output_tokens", model.maxOutputTokens());
    model.trainingCutoff().ifPresent(v -> node.put("training_cutoff", v));
    strings(node.putArray("tags"), model.tags());
    strings(node.putArray("aliases"), model.aliases());
    model.baseModel().ifPresent(v -> node.put("base_model", v));
    model.parent().ifPresent(v -> node.put("parent", v));
    model.root().ifPresent(v -> node.put("root", v));
    node.put("deprecated", model.deprecated());
    model.deprecationDate().ifPresent(v -> node.put("deprecation_date", v));
    model.replacement().ifPresent(v -> node.put("replacement", v));
    model.license().ifPresent(v -> node.put("license", v));
    node.put("preset", model.preset().name().toLowerCase(Locale.ROOT));
    ArrayNode capabilities = node.putArray("capabilities");
    for (Capability capability : model.capabilities()) {
      capabilities.add(capability.jsonName());
    }
    model.moe().ifPresent(moe -> node.set("moe", moe(moe)));
    node.set("latency", latency(model.latency()));
    model.pricing().ifPresent(pricing -> node.set("pricing", pricing(pricing)));
    return node;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static ObjectNode moe(MoEConfig moe) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("total_params", moe.totalParams());
    node.put("active_params", moe.activeParams());
    node.put("num_experts", moe.numExperts());
    node.put("experts_per_token", moe.expertsPerToken());
    node.put("architecture", moe.architecture().name().toLowerCase(Locale.ROOT));
    return node;
  }

  private static ObjectNode latency(LatencyProfile latency) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("ttft_mean", latency.ttftMean());
    node.put("ttft_std", latency.ttftStd());
    node.put("itl_mean", latency.itlMean());
    node.put("itl_std", latency.itlStd());
    node.put("vision_multiplier", latency.visionMultiplier());
    node.put("audio_multiplier", latency.audioMultiplier());
    node.put("video_multiplier", latency.videoMultiplier());
    node.put("reasoning_multiplier", latency.reasoningMultiplier());
    node.put("tool_calling_multiplier", latency.toolCallingMultiplier());
    return node;
  }

  /** The pricing object of {@link #toDetailedJson}. */
  public static ObjectNode pricing(Pricing pricing) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("input_per_million", pricing.inputPerMillion());
    node.put("output_per_million", pricing.outputPerMillion());
    pricing.cachedInputPerMillion().ifPresent(v -> node.put("cached_input_per_million", v));
    pricing.cacheWritePerMillion().ifPresent(v -> node.put("cache_write_per_million", v));
    pricing.perImage().ifPresent(v -> node.put("per_image", v));
    pricing.audioPerMinute().ifPresent(v -> node.put("audio_per_minute", v));
    node.put("currency", pricing.currency());
    return node;
  }

  /**
   * A definition from the JSON {@link #toDetailedJson} writes ({@code id} and {@code context_window} are enough;
   * {@code object} is ignored). Values are checked by {@link ModelDefinition.Builder#build()}, the rules the
   * processor applies.
   *
   * @throws JsonFieldException naming the field when a field is unknown or has the wrong type
   * @throws dev.modelcatalog.runtime.InvalidModelException listing every broken rule
   */
  public static ModelDefinition fromJson(JsonNode node) {
    return builderFromJson(node).build();
  }

  /** The builder {@link #fromJson} builds, for callers that adjust values first. */
  public static ModelDefinition.Builder builderFromJson(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new JsonFieldException("", "a model is a JSON object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new JsonFieldException(name, "unknown field; expected one of " + new java.util.TreeSet<>(FIELDS));
      }
    }
    ModelDefinition.Builder b = ModelDefinition.builder(text(node, "id", true));
    if (node.has("preset")) {
      b.preset(enumValue(CapabilityPreset.class, node, "preset"));
    }
    b.name(text(node, "name", false)).ownedBy(text(node, "owned_by", false)).provider(text(node, "provider", false))
        .description(text(node, "description", false)).version(text(node, "version", false))
        .trainingCutoff(text(node, "training_cutoff", false)).baseModel(text(node, "base_model", false))
        .parent(text(node, "parent", false)).root(text(node, "root", false))
        .deprecationDate(text(node, "deprecation_date", false)).replacement(text(node, "replacement", false))
        .license(text(node, "license", false));
    if (node.has("created")) {
      b.created(longValue(node, "created"));
    }
    b.contextWindow((int) longValue(node, "context_window"));
    if (node.has("max_output_tokens")) {
      b.maxOutputTokens((int) longValue(node, "max_output_tokens"));
    }
    b.tags(texts(node, "tags")).aliases(texts(node, "aliases"));
    if (node.has("deprecated")) {
      b.deprecated(bool(node, "deprecated"));
    }
    if (node.has("capabilities")) {
      b.capabilities(capabilities(node.get("capabilities")));
    }
    if (node.hasNonNull("moe")) {
      b.moe(moe(node.get("moe")));
    }
    if (node.hasNonNull("latency")) {
      b.latency(latency(node.get("latency")));
    }
    if (node.hasNonNull("pricing")) {
      b.pricing(pricingFromJson(node.get("pricing"), "pricing", null));
    }
    return b;
  }

  /** Capabilities as a list of names or as a map of name to boolean. */
  private static Capabilities capabilities(JsonNode node) {
    List<Capability> found = new ArrayList<>();
    try {
      if (node.isArray()) {
        for (JsonNode item : node) {
          found.add(Capability.parse(item.asText()));
        }
      } else if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          if (!entry.getValue().isBoolean()) {
            throw new JsonFieldException("capabilities." + entry.getKey(), "expected true or false");
          }
          if (entry.getValue().booleanValue()) {
            found.add(Capability.parse(entry.getKey()));
          }
        }
      } else {
        throw new JsonFieldException("capabilities", "expected a list of names or an object of booleans");
      }
    } catch (IllegalArgumentException e) {
      if (e instanceof JsonFieldException) {
        throw e;
      }
      throw new JsonFieldException("capabilities", e.getMessage());
    }
    return Capabilities.copyOf(found);
  }

  private static MoEConfig moe(JsonNode node) {
    object(node, "moe");
    MoEArchitecture architecture = node.has("architecture")
        ? enumValue(MoEArchitecture.class, node, "architecture") : MoEArchitecture.SPARSE;
    return new MoEConfig(longValue(node, "total_params", "moe."), longValue(node, "active_params", "moe."),
        (int) longValue(node, "num_experts", "moe."), (int) longValue(node, "experts_per_token", "moe."),
        architecture);
  }

  private static LatencyProfile latency(JsonNode node) {
    object(node, "latency");
    return new LatencyProfile(number(node, "ttft_mean", "latency.", null),
        number(node, "ttft_std", "latency.", null), number(node, "itl_mean", "latency.", null),
        number(node, "itl_std", "latency.", null),
        number(node, "vision_multiplier", "latency.", LatencyProfile.DEFAULT_VISION),
        number(node, "audio_multiplier", "latency.", LatencyProfile.DEFAULT_AUDIO),
        number(node, "video_multiplier", "latency.", LatencyProfile.DEFAULT_VIDEO),
        number(node, "reasoning_multiplier", "latency.", LatencyProfile.DEFAULT_REASONING),
        number(node, "tool_calling_multiplier", "latency.", LatencyProfile.DEFAULT_TOOL_CALLING));
  }

  /**
   * Pricing from its JSON object. Fields left out keep the value of {@code base} (when given), so a patch can
   * state only what changes. {@code input_cost} and {@code output_cost} are accepted as other names of the
   * two token prices.
   */
  public static Pricing pricingFromJson(JsonNode node, String path, Pricing base) {
    object(node, path);
    Set<String> known = Set.of("input_per_million", "output_per_million", "input_cost", "output_cost",
        "cached_input_per_million", "cache_write_per_million", "per_image", "audio_per_minute", "currency");
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new JsonFieldException(path + "." + name, "unknown field; expected one of "
            + new java.util.TreeSet<>(known));
      }
    }
    Pricing.Builder b = base == null ? Pricing.builder() : base.toBuilder();
    String prefix = path + ".";
    Double input = optionalNumber(node, node.has("input_cost") ? "input_cost" : "input_per_million", prefix);
    Double output = optionalNumber(node, node.has("output_cost") ? "output_cost" : "output_per_million", prefix);
    if (base == null && (input == null || output == null)) {
      throw new JsonFieldException(input == null ? prefix + "input_per_million" : prefix + "output_per_million",
          "required");
    }
    if (input != null) {
      b.inputPerMillion(input);
    }
    if (output != null) {
      b.outputPerMillion(output);
    }
    Double cached = optionalNumber(node, "cached_input_per_million", prefix);
    if (cached != null) {
      b.cachedInputPerMillion(cached);
    }
    Double cacheWrite = optionalNumber(node, "cache_write_per_million", prefix);
    if (cacheWrite != null) {
      b.cacheWritePerMillion(cacheWrite);
    }
    Double perImage = optionalNumber(node, "per_image", prefix);
    if (perImage != null) {
      b.perImage(perImage);
    }
    Double audio = optionalNumber(node, "audio_per_minute", prefix);
    if (audio != null) {
      b.audioPerMinute(audio);
    }
    if (node.has("currency")) {
      b.currency(text(node, "currency", true, prefix));
    }
    return b.build();
  }

  // ------------------------------------------------------------------------------------------- field readers

  private static void object(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new JsonFieldException(path, "expected a JSON object");
    }
  }

  private static String text(JsonNode node, String field, boolean required) {
    return text(node, field, required, "");
  }

  private static String text(JsonNode node, String field, boolean required, String prefix) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new JsonFieldException(prefix + field, "required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new JsonFieldException(prefix + field, "expected a string, got " + value.getNodeType());
    }
    return value.textValue();
  }

  private static List<String> texts(JsonNode node, String field) {
    JsonNode value = node.get(field);
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isArray()) {
      throw new JsonFieldException(field, "expected a list of strings");
    }
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) {
        throw new JsonFieldException(field + "[" + i + "]", "expected a string");
      }
      out.add(value.get(i).textValue());
    }
    return out;
  }

  private static long longValue(JsonNode node, String field) {
    return longValue(node, field, "");
  }

  private static long longValue(JsonNode node, String field, String prefix) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new JsonFieldException(prefix + field, "required");
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new JsonFieldException(prefix + field, "expected a whole number, got " + value);
    }
    long result = value.longValue();
    if (!field.endsWith("params") && !field.equals("created")
        && (result > Integer.MAX_VALUE || result < Integer.MIN_VALUE)) {
      throw new JsonFieldException(prefix + field, "out of range: " + result);
    }
    return result;
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (!value.isBoolean()) {
      throw new JsonFieldException(field, "expected true or false");
    }
    return value.booleanValue();
  }

  private static double number(JsonNode node, String field, String prefix, Double fallback) {
    Double value = optionalNumber(node, field, prefix);
    if (value == null) {
      if (fallback == null) {
        throw new JsonFieldException(prefix + field, "required");
      }
      return fallback;
    }
    return value;
  }

  private static Double optionalNumber(JsonNode node, String field, String prefix) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new JsonFieldException(prefix + field, "expected a number, got " + value.getNodeType());
    }
    return value.doubleValue();
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String field) {
    String text = text(node, field, true);
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new JsonFieldException(field, "'" + text + "' is not one of "
          + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }
  }
}
