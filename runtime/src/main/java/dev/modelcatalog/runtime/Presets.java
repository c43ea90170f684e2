package dev.modelcatalog.runtime;

import static dev.modelcatalog.runtime.Capability.*;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;

/**
 * What each preset stands for. The processor expands presets with these very functions, so a stub's generated
 * definition and a definition built at run time from the same preset cannot differ.
 */
public final class Presets {

  private Presets() {}

  /** The capabilities a preset starts with. */
  public static Capabilities capabilities(CapabilityPreset preset) {
    switch (preset) {
      case BASE:
        return Capabilities.of(COMPLETION, STREAMING, TEMPERATURE, LOGPROBS);
      case CHAT:
        return Capabilities.of(CHAT, STREAMING, TEMPERATURE, LOGPROBS, TOOL_CALLING, PARALLEL_TOOL_CALLS, JSON_MODE);
      case VISION:
        return capabilities(CapabilityPreset.CHAT).with(VISION).with(STRUCTURED_OUTPUTS);
      case MULTIMODAL:
        return capabilities(CapabilityPreset.VISION).with(AUDIO_INPUT).with(AUDIO_OUTPUT);
      case REASONING:
        return Capabilities.of(CHAT, STREAMING, REASONING, TOOL_CALLING, STRUCTURED_OUTPUTS, JSON_MODE);
      case EMBEDDINGS:
        return Capabilities.of(EMBEDDINGS, BATCH);
      case MODERATION:
        return Capabilities.of(CONTENT_MODERATION);
      default:
        throw new AssertionError(preset);
    }
  }

  /** The latency profile a preset stands for, with the default multipliers. */
  public static LatencyProfile latency(LatencyPreset preset) {
    switch (preset) {
      case SMALL:
        return SMALL;
      case MEDIUM:
        return MEDIUM;
      case LARGE:
        return LARGE;
      case XLARGE:
        return XLARGE;
      case REASONING:
        return REASONING_LATENCY;
      default:
        throw new AssertionError(preset);
    }
  }

  private static final LatencyProfile SMALL = LatencyProfile.of(0.10, 0.03, 0.015, 0.005);
  private static final LatencyProfile MEDIUM = LatencyProfile.of(0.30, 0.10, 0.050, 0.020);
  private static final LatencyProfile LARGE = LatencyProfile.of(0.60, 0.20, 0.080, 0.030);
  private static final LatencyProfile XLARGE = LatencyProfile.of(1.00, 0.30, 0.120, 0.040);
  private static final LatencyProfile REASONING_LATENCY = LatencyProfile.of(2.00, 0.60, 0.060, 0.020);
}
