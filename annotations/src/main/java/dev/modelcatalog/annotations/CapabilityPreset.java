package dev.modelcatalog.annotations;

/**
 * A named starting set of capabilities. A stub names one in {@link Model#preset()} and states in
 * {@link Capabilities} only what differs: an attribute the author wrote overrides the preset, one left out
 * takes the preset's value.
 *
 * <p>The exact flags of each preset are listed in the README ("Presets") and in the runtime's
 * {@code Presets} class, which the processor and the runtime share.
 */
public enum CapabilityPreset {
  /** Plain text completion: completion, streaming, temperature, logprobs. */
  BASE,
  /** A chat model: chat, streaming, temperature, logprobs, tool calling, parallel tool calls, JSON mode. */
  CHAT,
  /** {@link #CHAT} plus image input (vision) and structured outputs. */
  VISION,
  /** {@link #VISION} plus audio input and output. */
  MULTIMODAL,
  /** A reasoning chat model: chat, streaming, reasoning, tool calling, structured outputs, JSON mode. */
  REASONING,
  /** An embeddings model: embeddings and batch, nothing else. */
  EMBEDDINGS,
  /** A moderation model: content moderation, nothing else. */
  MODERATION
}
