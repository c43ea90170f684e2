package dev.modelcatalog.annotations;

/**
 * A request parameter of the chat, completion or embeddings API that a {@link Model} honours, as listed in
 * {@link SupportedParameters}. JSON names are the lower-case constant names ({@code top_p},
 * {@code reasoning_effort}), as in OpenRouter's {@code supported_parameters} and the capabilities response's
 * {@code supported_features}. The constants are in the order the capabilities response lists them.
 */
public enum RequestParameter {
  /** {@code temperature}: sampling temperature. */
  TEMPERATURE,
  /** {@code top_p}: nucleus sampling. */
  TOP_P,
  /** {@code max_tokens}: a cap on generated tokens. */
  MAX_TOKENS,
  /** {@code stop}: stop sequences. */
  STOP,
  /** {@code frequency_penalty}. */
  FREQUENCY_PENALTY,
  /** {@code presence_penalty}. */
  PRESENCE_PENALTY,
  /** {@code logprobs}: log probabilities of the output tokens. */
  LOGPROBS,
  /** {@code seed}: best-effort deterministic sampling. */
  SEED,
  /** {@code stream}: server-sent events. */
  STREAM,
  /** {@code tools}: function definitions. */
  TOOLS,
  /** {@code tool_choice}: which tool to call. */
  TOOL_CHOICE,
  /** {@code parallel_tool_calls}. */
  PARALLEL_TOOL_CALLS,
  /** {@code response_format}: JSON mode or a JSON schema. */
  RESPONSE_FORMAT,
  /** {@code prediction}: a predicted output. */
  PREDICTION,
  /** {@code reasoning_effort}: how long a reasoning model thinks. */
  REASONING_EFFORT,
  /** {@code dimensions}: the size of an embedding. */
  DIMENSIONS,
  /** {@code encoding_format}: float or base64 embeddings. */
  ENCODING_FORMAT
}
