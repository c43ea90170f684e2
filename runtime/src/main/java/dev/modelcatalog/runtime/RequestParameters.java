package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.RequestParameter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The request parameters a model honours, derived from its capabilities unless the model states them
 * ({@code @SupportedParameters}). The derivation and the consistency rule share one table,
 * {@link #requiredFor}, so a stated set can never claim what the capabilities rule out.
 */
public final class RequestParameters {

  private RequestParameters() {}

  private static final Capabilities GENERATES = Capabilities.of(Capability.CHAT, Capability.COMPLETION);

  /**
   * The capabilities any one of which a model needs to honour the parameter: {@code temperature} needs
   * temperature; {@code logprobs} logprobs; {@code stream} streaming; {@code tools} and {@code tool_choice} tool
   * calling; {@code parallel_tool_calls} parallel tool calls; {@code response_format} JSON mode or structured
   * outputs; {@code prediction} predicted outputs; {@code reasoning_effort} reasoning; {@code dimensions} and
   * {@code encoding_format} embeddings; the sampling and length parameters ({@code top_p}, {@code max_tokens},
   * {@code stop}, {@code frequency_penalty}, {@code presence_penalty}, {@code seed}) chat or completion.
   */
  public static Capabilities requiredFor(RequestParameter parameter) {
    // Ifs, not a switch: a switch on an enum compiles to one more class, which start-up would load.
    if (parameter == RequestParameter.TEMPERATURE) {
      return Capabilities.of(Capability.TEMPERATURE);
    } else if (parameter == RequestParameter.LOGPROBS) {
      return Capabilities.of(Capability.LOGPROBS);
    } else if (parameter == RequestParameter.STREAM) {
      return Capabilities.of(Capability.STREAMING);
    } else if (parameter == RequestParameter.TOOLS || parameter == RequestParameter.TOOL_CHOICE) {
      return Capabilities.of(Capability.TOOL_CALLING);
    } else if (parameter == RequestParameter.PARALLEL_TOOL_CALLS) {
      return Capabilities.of(Capability.PARALLEL_TOOL_CALLS);
    } else if (parameter == RequestParameter.RESPONSE_FORMAT) {
      return Capabilities.of(Capability.JSON_MODE, Capability.STRUCTURED_OUTPUTS);
    } else if (parameter == RequestParameter.PREDICTION) {
      return Capabilities.of(Capability.PREDICTED_OUTPUTS);
    } else if (parameter == RequestParameter.REASONING_EFFORT) {
      return Capabilities.of(Capability.REASONING);
    } else if (parameter == RequestParameter.DIMENSIONS || parameter == RequestParameter.ENCODING_FORMAT) {
      return Capabilities.of(Capability.EMBEDDINGS);
    }
    return GENERATES;
  }

  /**
   * The parameters a model with these capabilities honours when it states none, in
   * {@link RequestParameter} order: those whose {@link #requiredFor required capability} it has, where every
   * parameter but {@code dimensions} and {@code encoding_format} also needs chat or completion, and
   * {@code top_p}, {@code frequency_penalty} and {@code presence_penalty} also need temperature (models that
   * refuse temperature, such as OpenAI's reasoning models, refuse the other sampling knobs too).
   */
  public static Set<RequestParameter> derivedFrom(Capabilities caps) {
    EnumSet<RequestParameter> parameters = EnumSet.noneOf(RequestParameter.class);
    boolean generates = caps.hasAny(GENERATES);
    for (RequestParameter parameter : RequestParameter.values()) {
      boolean embeddingsParameter = parameter == RequestParameter.DIMENSIONS
          || parameter == RequestParameter.ENCODING_FORMAT;
      boolean sampling = parameter == RequestParameter.TOP_P || parameter == RequestParameter.FREQUENCY_PENALTY
          || parameter == RequestParameter.PRESENCE_PENALTY;
      if (caps.hasAny(requiredFor(parameter)) && (generates || embeddingsParameter)
          && (!sampling || caps.has(Capability.TEMPERATURE))) {
        parameters.add(parameter);
      }
    }
    return SharedSets.parameters(Collections.unmodifiableSet(parameters));
  }

  /** The JSON name of a parameter: {@code top_p}, {@code reasoning_effort}. */
  public static String jsonName(RequestParameter parameter) {
    return parameter.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a JSON name in any case: {@code top_p}, {@code TOP_P}.
   *
   * @throws IllegalArgumentException naming the value when it is no known parameter
   */
  public static RequestParameter parse(String name) {
    if (name != null) {
      for (RequestParameter parameter : RequestParameter.values()) {
        if (parameter.name().equalsIgnoreCase(name.trim())) {
          return parameter;
        }
      }
    }
    throw new IllegalArgumentException("supportedParameters: '" + name + "' is no known request parameter");
  }
}
