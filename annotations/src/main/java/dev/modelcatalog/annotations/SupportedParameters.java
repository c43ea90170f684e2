package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The exact request parameters a {@link Model} honours, where they differ from what its capabilities imply.
 * Without this annotation the set is derived from the capabilities: a model that chats or completes honours
 * {@code max_tokens}, {@code stop} and {@code seed}; with temperature also {@code temperature}, {@code top_p},
 * {@code frequency_penalty} and {@code presence_penalty}; with logprobs {@code logprobs}; with streaming
 * {@code stream}; with tool calling {@code tools} and {@code tool_choice}; with parallel tool calls
 * {@code parallel_tool_calls}; with JSON mode or structured outputs {@code response_format}; with predicted outputs
 * {@code prediction}; with reasoning {@code reasoning_effort}. An embeddings model honours {@code dimensions} and
 * {@code encoding_format}.
 *
 * <pre>{@code
 * @SupportedParameters({RequestParameter.MAX_TOKENS, RequestParameter.TOOLS, RequestParameter.TOOL_CHOICE,
 *     RequestParameter.REASONING_EFFORT})
 * }</pre>
 *
 * <p>Checks: each parameter needs the capability it belongs to ({@code temperature} needs temperature,
 * {@code logprobs} logprobs, {@code stream} streaming, {@code tools} and {@code tool_choice} tool calling,
 * {@code parallel_tool_calls} parallel tool calls, {@code response_format} JSON mode or structured outputs,
 * {@code prediction} predicted outputs, {@code reasoning_effort} reasoning, {@code dimensions} and
 * {@code encoding_format} embeddings, the rest chat or completion). A parameter listed twice counts once; an
 * empty list states a model that honours no parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SupportedParameters {

  /** The parameters, in any order. Required (write the annotation only to state the set). */
  RequestParameter[] value();
}
