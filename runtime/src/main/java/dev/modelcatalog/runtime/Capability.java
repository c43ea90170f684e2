package dev.modelcatalog.runtime;

import java.util.Locale;

/**
 * One thing a model can do. The constants mirror the attributes of
 * {@link dev.modelcatalog.annotations.Capabilities} in upper snake case, in the same order; a capability's
 * {@link #ordinal()} is its bit in {@link Capabilities#bits()}, so the order is part of the generated code's
 * contract: add new constants at the end only.
 */
public enum Capability {
  CHAT("chat"),
  COMPLETION("completion"),
  EMBEDDINGS("embeddings"),
  VISION("vision"),
  AUDIO_INPUT("audioInput"),
  AUDIO_OUTPUT("audioOutput"),
  VIDEO("video"),
  REASONING("reasoning"),
  TOOL_CALLING("toolCalling"),
  PARALLEL_TOOL_CALLS("parallelToolCalls"),
  STRUCTURED_OUTPUTS("structuredOutputs"),
  JSON_MODE("jsonMode"),
  PREDICTED_OUTPUTS("predictedOutputs"),
  MOE("moe"),
  FINE_TUNABLE("fineTunable"),
  STREAMING("streaming"),
  REALTIME("realtime"),
  CONTENT_MODERATION("contentModeration"),
  PROMPT_CACHING("promptCaching"),
  KV_CACHE_SHARING("kvCacheSharing"),
  BATCH("batch"),
  TEMPERATURE("temperature"),
  LOGPROBS("logprobs"),
  IMAGE_GENERATION("imageGeneration"),
  SPEECH("speech"),
  TRANSCRIPTION("transcription"),
  RERANKING("reranking");

  private static final Capability[] VALUES = values();

  /**
   * The number of capabilities, as a constant that compiles into the code using it: {@link Capabilities} checks bits
   * against it without loading this class, which a first lookup otherwise never needs.
   */
  static final int COUNT = 27;

  private final String attribute;
  private final String jsonName;
  private final long bit;

  Capability(String attribute) {
    this.attribute = attribute;
    this.jsonName = name().toLowerCase(Locale.ROOT);
    this.bit = 1L << ordinal();
  }

  /** The attribute name on {@code @Capabilities}, for example {@code toolCalling}. */
  public String attribute() {
    return attribute;
  }

  /** The snake-case name used in JSON, for example {@code tool_calling}. */
  public String jsonName() {
    return jsonName;
  }

  /** This capability's bit in a capability bit set. */
  public long bit() {
    return bit;
  }

  /**
   * Parses a capability name in any of its spellings: {@code tool_calling}, {@code toolCalling},
   * {@code TOOL_CALLING}, {@code tool-calling}.
   *
   * @throws IllegalArgumentException naming the value when it is no capability
   */
  public static Capability parse(String name) {
    if (name == null) {
      throw new IllegalArgumentException("capability: null is no capability");
    }
    String key = name.trim().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    for (Capability capability : VALUES) {
      if (capability.attribute.toLowerCase(Locale.ROOT).equals(key)) {
        return capability;
      }
    }
    throw new IllegalArgumentException("capability: '" + name + "' is no capability; expected one of "
        + java.util.Arrays.toString(VALUES).toLowerCase(Locale.ROOT));
  }

  /** The capability with this bit position. */
  static Capability ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
