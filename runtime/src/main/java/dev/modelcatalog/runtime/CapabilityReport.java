package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a model can do, in the shape of the capabilities response ({@code GET /v1/models/{id}/capabilities}):
 * limits, pricing, a map of the headline capabilities, the modalities and the request parameters the model
 * honours. {@code ModelJson.capabilities} renders it as JSON.
 *
 * @param model the model's id
 * @param contextWindow tokens of input plus output
 * @param maxCompletionTokens tokens generated per request at most
 * @param pricing the model's prices, when it has any
 * @param capabilities the headline capabilities by their response name ({@code streaming},
 *     {@code function_calling}, {@code vision}, {@code audio_input}, {@code audio_output}, {@code reasoning},
 *     {@code structured_output}, {@code predicted_outputs}, {@code fine_tuning}, {@code batch_processing}), in
 *     that order
 * @param inputModalities what the model takes in
 * @param outputModalities what the model puts out
 * @param supportedFeatures request parameters the model honours, see {@link #supportedFeatures(Capabilities)}
 */
public record CapabilityReport(
    String model,
    int contextWindow,
    int maxCompletionTokens,
    Optional<Pricing> pricing,
    Map<String, Boolean> capabilities,
    Set<Modality> inputModalities,
    Set<Modality> outputModalities,
    List<String> supportedFeatures) {

  /** The headline capabilities of the response, by response name, in response order. */
  private static final Map<String, Capability> HEADLINE = headline();

  private static Map<String, Capability> headline() {
    Map<String, Capability> map = new LinkedHashMap<>();
    map.put("streaming", Capability.STREAMING);
    map.put("function_calling", Capability.TOOL_CALLING);
    map.put("vision", Capability.VISION);
    map.put("audio_input", Capability.AUDIO_INPUT);
    map.put("audio_output", Capability.AUDIO_OUTPUT);
    map.put("reasoning", Capability.REASONING);
    map.put("structured_output", Capability.STRUCTURED_OUTPUTS);
    map.put("predicted_outputs", Capability.PREDICTED_OUTPUTS);
    map.put("fine_tuning", Capability.FINE_TUNABLE);
    map.put("batch_processing", Capability.BATCH);
    return Collections.unmodifiableMap(map);
  }

  public CapabilityReport {
    capabilities = Collections.unmodifiableMap(new LinkedHashMap<>(capabilities));
    inputModalities = ordered(inputModalities);
    outputModalities = ordered(outputModalities);
    supportedFeatures = List.copyOf(supportedFeatures);
  }

  /** An unmodifiable copy in declaration order, so JSON lists modalities in a stable order. */
  private static Set<Modality> ordered(Set<Modality> modalities) {
    EnumSet<Modality> copy = EnumSet.noneOf(Modality.class);
    copy.addAll(modalities);
    return Collections.unmodifiableSet(copy);
  }

  /** The report for a model. */
  public static CapabilityReport of(ModelDefinition model) {
    Map<String, Boolean> capabilities = new LinkedHashMap<>();
    HEADLINE.forEach((name, capability) -> capabilities.put(name, model.has(capability)));
    return new CapabilityReport(model.id(), model.contextWindow(), model.maxOutputTokens(), model.pricing(),
        capabilities, Modality.inputsOf(model), Modality.outputsOf(model), supportedFeatures(model.capabilities()));
  }

  /**
   * The request parameters a model with these capabilities honours, in this order: for a model that generates
   * text (chat or completion) {@code temperature} (with {@link Capability#TEMPERATURE}), {@code top_p},
   * {@code max_tokens}, {@code stop}, {@code frequency_penalty}, {@code presence_penalty}, {@code logprobs} (with
   * {@link Capability#LOGPROBS}), {@code seed}, {@code stream} (with streaming), {@code tools} and
   * {@code tool_choice} (with tool calling), {@code parallel_tool_calls}, {@code response_format} (with JSON mode
   * or structured outputs), {@code prediction} (with predicted outputs), {@code reasoning_effort} (with
   * reasoning); for an embeddings model {@code dimensions} and {@code encoding_format}.
   */
  public static List<String> supportedFeatures(Capabilities caps) {
    List<String> features = new ArrayList<>();
    if (caps.has(Capability.CHAT) || caps.has(Capability.COMPLETION)) {
      addIf(features, caps.has(Capability.TEMPERATURE), "temperature", "top_p");
      features.add("max_tokens");
      features.add("stop");
      addIf(features, caps.has(Capability.TEMPERATURE), "frequency_penalty", "presence_penalty");
      addIf(features, caps.has(Capability.LOGPROBS), "logprobs");
      features.add("seed");
      addIf(features, caps.has(Capability.STREAMING), "stream");
      addIf(features, caps.has(Capability.TOOL_CALLING), "tools", "tool_choice");
      addIf(features, caps.has(Capability.PARALLEL_TOOL_CALLS), "parallel_tool_calls");
      addIf(features, caps.has(Capability.JSON_MODE) || caps.has(Capability.STRUCTURED_OUTPUTS), "response_format");
      addIf(features, caps.has(Capability.PREDICTED_OUTPUTS), "prediction");
      addIf(features, caps.has(Capability.REASONING), "reasoning_effort");
    }
    addIf(features, caps.has(Capability.EMBEDDINGS), "dimensions", "encoding_format");
    return List.copyOf(features);
  }

  private static void addIf(List<String> features, boolean condition, String... names) {
    if (condition) {
      features.addAll(List.of(names));
    }
  }
}
