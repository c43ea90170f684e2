package dev.modelcatalog.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.CapabilityReport;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.Modality;
import dev.modelcatalog.runtime.ModelArchitecture;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelStatus;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.RequestLimits;
import dev.modelcatalog.runtime.RequestParameters;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Models as JSON, with a fixed field order so the same model always gives the same bytes.
 *
 * <ul>
 *   <li>{@link #toOpenAiModel}: the OpenAI {@code /v1/models} entry, {@code {"id","object":"model","created",
 *       "owned_by"}};</li>
 *   <li>{@link #toDetailedJson}: every field of the definition (the format {@link ModelDocumentReader} reads back,
 *       plus the derived {@code status} and {@code modalities});</li>
 *   <li>{@link #toDetailedJson(ModelDefinition, List)}: the same with the model's {@code routes}, for exports that
 *       carry them;</li>
 *   <li>{@link #list}: a list response, {@code {"object":"list","data":[...]}};</li>
 *   <li>{@link #capabilities}: the capabilities response ({@code GET /v1/models/{id}/capabilities}).</li>
 * </ul>
 *
 * <p>Prices and latencies are written as the decimals they were declared as ({@code 2.5}, {@code 0.15}), never
 * in exponent notation. Optional values that are not stated are left out, not written as {@code null}.
 *
 * <pre>{@code
 * String body = ModelJson.write(ModelJson.list(registry.all(), ModelJson::toOpenAiModel));
 * }</pre>
 */
public final class ModelJson {

  private ModelJson() {}

  /** Decimal nodes keep their value as given: {@code 10.0} stays {@code 10.0}, never {@code 1E+1}. */
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Writes documents, and reads them strictly: a field named twice in one object is a syntax error, never one value
   * silently taken over the other, and so is anything after the document's value (two documents run together, or
   * an append cut short), never read as if the file ended there.
   */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .nodeFactory(NODES)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  // "\n" on every platform, two-space indents, arrays one element per line: byte-stable files and golden tests.
  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /** The OpenAI model object: {@code id}, {@code object}, {@code created}, {@code owned_by}. */
  public static ObjectNode toOpenAiModel(ModelDefinition model) {
    ObjectNode node = NODES.objectNode();
    node.put("id", model.id());
    node.put("object", "model");
    node.put("created", model.created());
    node.put("owned_by", model.ownedBy());
    return node;
  }

  /** Every field of the definition, in a fixed order; unstated optional fields are left out. */
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
    node.put("status", ModelStatus.of(model).jsonName());
    node.put("deprecated", model.deprecated());
    model.deprecationDate().ifPresent(v -> node.put("deprecation_date", v));
    model.replacement().ifPresent(v -> node.put("replacement", v));
    model.license().ifPresent(v -> node.put("license", v));
    node.put("preset", model.preset().name().toLowerCase(Locale.ROOT));
    ArrayNode capabilities = node.putArray("capabilities");
    for (Capability capability : model.capabilities()) {
      capabilities.add(capability.jsonName());
    }
    ObjectNode modalities = node.putObject("modalities");
    modalities(modalities.putArray("input"), Modality.inputsOf(model));
    modalities(modalities.putArray("output"), Modality.outputsOf(model));
    model.moe().ifPresent(moe -> moe(node.putObject("moe"), moe));
    latency(node.putObject("latency"), model.latency());
    model.pricing().ifPresent(pricing -> pricing(node.putObject("pricing"), pricing));
    facts(node, model);
    return node;
  }

  // ---------------------------------------------------------------------------------------------- model facts

  /**
   * The model facts of the detailed JSON, flat as in the reference design: {@code architecture} (the family),
   * {@code parameters}, {@code num_layers}, {@code hidden_size}, {@code num_heads}, {@code supported_parameters},
   * {@code release_date}, {@code last_updated}, {@code open_weights}, {@code paper_url}, {@code docs_url},
   * {@code max_input_tokens}, {@code max_images_per_request}, {@code max_audio_seconds_per_request}. Numbers and
   * texts appear when stated; the family, the parameters and open weights always. {@code status} and
   * {@code modalities} are written with the other fields.
   */
  private static void facts(ObjectNode node, ModelDefinition model) {
    ModelArchitecture a = model.architecture();
    node.put("architecture", model.architectureFamily().name().toLowerCase(Locale.ROOT));
    a.statedParameters().ifPresent(v -> node.put("parameters", v));
    a.statedNumLayers().ifPresent(v -> node.put("num_layers", v));
    a.statedHiddenSize().ifPresent(v -> node.put("hidden_size", v));
    a.statedNumHeads().ifPresent(v -> node.put("num_heads", v));
    ArrayNode parameters = node.putArray("supported_parameters");
    model.supportedParameters().forEach(p -> parameters.add(RequestParameters.jsonName(p)));
    model.releaseDate().ifPresent(v -> node.put("release_date", v));
    model.lastUpdated().ifPresent(v -> node.put("last_updated", v));
    node.put("open_weights", model.openWeights());
    model.paperUrl().ifPresent(v -> node.put("paper_url", v));
    model.docsUrl().ifPresent(v -> node.put("docs_url", v));
    RequestLimits limits = model.limits();
    limits.statedMaxInputTokens().ifPresent(v -> node.put("max_input_tokens", v));
    limits.statedMaxImagesPerRequest().ifPresent(v -> node.put("max_images_per_request", v));
    limits.statedMaxAudioSecondsPerRequest().ifPresent(v -> node.put("max_audio_seconds_per_request", v));
  }

  /** The prices beyond tokens, under their detailed-JSON names (or, with {@code reference}, the response's). */
  private static void pricingFacts(ObjectNode node, Pricing pricing, boolean reference) {
    optional(node, reference ? "reasoning_price_per_1m" : "reasoning_per_million", pricing.reasoningPerMillion());
    optional(node, reference ? "audio_prompt_price_per_1m" : "audio_input_per_million",
        pricing.audioInputPerMillion());
    optional(node, reference ? "audio_completion_price_per_1m" : "audio_output_per_million",
        pricing.audioOutputPerMillion());
    optional(node, reference ? "request_price" : "per_request", pricing.perRequest());
    if (pricing.longContextThreshold() != 0) {
      node.put("long_context_threshold", pricing.longContextThreshold());
    }
    optional(node, reference ? "long_context_prompt_price_per_1m" : "long_context_input_per_million",
        pricing.longContextInputPerMillion());
    optional(node, reference ? "long_context_completion_price_per_1m" : "long_context_output_per_million",
        pricing.longContextOutputPerMillion());
  }

  /** A list response, {@code {"object":"list","data":[...]}}, of the models rendered one by one. */
  public static ObjectNode list(Collection<ModelDefinition> models, Function<ModelDefinition, ObjectNode> render) {
    ObjectNode node = NODES.objectNode();
    node.put("object", "list");
    ArrayNode data = node.putArray("data");
    for (ModelDefinition model : models) {
      data.add(render.apply(model));
    }
    return node;
  }

  /**
   * The capabilities response: {@code model}, {@code context_window}, {@code max_completion_tokens},
   * {@code pricing} (reference names: {@code prompt_price_per_1m}, {@code completion_price_per_1m}, ... and
   * {@code currency}; {@code null} when unpriced), {@code capabilities}, {@code modalities} (input),
   * {@code output_modalities}, {@code supported_features} (the supported request parameters), then the model
   * facts {@code status}, {@code release_date}, {@code open_weights}, {@code parameters}, {@code max_input_tokens}
   * (the context window unless a smaller input limit is stated), {@code max_images_per_request} and
   * {@code max_audio_seconds_per_request}. Prices beyond tokens use the reference style:
   * {@code reasoning_price_per_1m}, {@code audio_prompt_price_per_1m}, {@code audio_completion_price_per_1m},
   * {@code request_price}, {@code long_context_threshold}, {@code long_context_prompt_price_per_1m},
   * {@code long_context_completion_price_per_1m}.
   */
  public static ObjectNode capabilities(CapabilityReport report) {
    ObjectNode node = NODES.objectNode();
    node.put("model", report.model());
    node.put("context_window", report.contextWindow());
    node.put("max_completion_tokens", report.maxCompletionTokens());
    if (report.pricing().isPresent()) {
      Pricing p = report.pricing().get();
      ObjectNode pricing = node.putObject("pricing");
      pricing.put("prompt_price_per_1m", decimal(p.inputPerMillion()));
      pricing.put("completion_price_per_1m", decimal(p.outputPerMillion()));
      optional(pricing, "cached_price_per_1m", p.cachedInputPerMillion());
      optional(pricing, "cache_write_price_per_1m", p.cacheWritePerMillion());
      optional(pricing, "image_price_per_unit", p.perImage());
      optional(pricing, "audio_price_per_minute", p.audioPerMinute());
      pricingFacts(pricing, p, true);
      pricing.put("currency", p.currency());
    } else {
      node.putNull("pricing");
    }
    ObjectNode capabilities = node.putObject("capabilities");
    report.capabilities().forEach(capabilities::put);
    modalities(node.putArray("modalities"), report.inputModalities());
    modalities(node.putArray("output_modalities"), report.outputModalities());
    strings(node.putArray("supported_features"), report.supportedFeatures());
    // model facts
    node.put("status", report.status().jsonName());
    report.releaseDate().ifPresent(v -> node.put("release_date", v));
    node.put("open_weights", report.openWeights());
    if (report.parameters().isPresent()) {
      node.put("parameters", report.parameters().getAsLong());
    }
    node.put("max_input_tokens", report.maxInputTokens());
    report.limits().statedMaxImagesPerRequest().ifPresent(v -> node.put("max_images_per_request", v));
    report.limits().statedMaxAudioSecondsPerRequest().ifPresent(v -> node.put("max_audio_seconds_per_request", v));
    return node;
  }

  /** Compact JSON, for wire responses. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented JSON with {@code \n} line ends and a final newline, for files. */
  public static String writePretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value);
  }

  private static void optional(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, decimal(value.getAsDouble()));
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void modalities(ArrayNode array, Set<Modality> modalities) {
    for (Modality modality : modalities) {
      array.add(modality.jsonName());
    }
  }

  private static void moe(ObjectNode node, MoEConfig moe) {
    node.put("total_params", moe.totalParams());
    node.put("active_params", moe.activeParams());
    node.put("num_experts", moe.numExperts());
    node.put("experts_per_token", moe.expertsPerToken());
    node.put("architecture", moe.architecture().name().toLowerCase(Locale.ROOT));
  }

  private static void latency(ObjectNode node, LatencyProfile latency) {
    node.put("ttft_mean", decimal(latency.ttftMean()));
    node.put("ttft_std", decimal(latency.ttftStd()));
    node.put("itl_mean", decimal(latency.itlMean()));
    node.put("itl_std", decimal(latency.itlStd()));
    node.put("vision", decimal(latency.visionMultiplier()));
    node.put("audio", decimal(latency.audioMultiplier()));
    node.put("video", decimal(latency.videoMultiplier()));
    node.put("reasoning", decimal(latency.reasoningMultiplier()));
    node.put("tool_calling", decimal(latency.toolCallingMultiplier()));
  }

  private static void pricing(ObjectNode node, Pricing pricing) {
    node.put("input_per_million", decimal(pricing.inputPerMillion()));
    node.put("output_per_million", decimal(pricing.outputPerMillion()));
    optional(node, "cached_input_per_million", pricing.cachedInputPerMillion());
    optional(node, "cache_write_per_million", pricing.cacheWritePerMillion());
    optional(node, "per_image", pricing.perImage());
    optional(node, "audio_per_minute", pricing.audioPerMinute());
    pricingFacts(node, pricing, false);
    node.put("currency", pricing.currency());
  }

  // ------------------------------------------------------------------------------------- routes in the export
  // An export can carry each model's routes, so that importing it (ModelDocumentReader.readWithRoutes) gives back
  // the routes as well as the definitions.

  /**
   * {@link #toDetailedJson(ModelDefinition)} followed by {@code "routes"}, one {@link #route} per route in the
   * order given; left out when there are none.
   */
  public static ObjectNode toDetailedJson(ModelDefinition model, List<Route> routes) {
    ObjectNode node = toDetailedJson(model);
    if (!routes.isEmpty()) {
      ArrayNode array = node.putArray("routes");
      for (Route route : routes) {
        array.add(route(route));
      }
    }
    return node;
  }

  /**
   * One route: {@code platform}, {@code model_string}, {@code priority}, {@code status} (lower case), and the
   * overrides it states: {@code input_per_million}, {@code output_per_million}, {@code context_window},
   * {@code max_output_tokens}, {@code endpoint}. The model it reaches is the model the route is listed under.
   */
  public static ObjectNode route(Route route) {
    ObjectNode node = NODES.objectNode();
    node.put("platform", route.platform());
    node.put("model_string", route.modelString());
    node.put("priority", route.priority());
    node.put("status", route.status().name().toLowerCase(Locale.ROOT));
    optional(node, "input_per_million", route.inputPerMillion());
    optional(node, "output_per_million", route.outputPerMillion());
    route.contextWindow().ifPresent(v -> node.put("context_window", v));
    route.maxOutputTokens().ifPresent(v -> node.put("max_output_tokens", v));
    route.endpoint().ifPresent(v -> node.put("endpoint", v));
    return node;
  }
}
