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

  // Ifs, not switches: a switch on an enum compiles to one more class, which a starting server would load with the
  // first definition it builds.

  /** The capabilities a preset starts with. */
  public static Capabilities capabilities(CapabilityPreset preset) {
    if (preset == CapabilityPreset.BASE) {
      return Capabilities.of(COMPLETION, STREAMING, TEMPERATURE, LOGPROBS);
    } else if (preset == CapabilityPreset.CHAT) {
      return Capabilities.of(CHAT, STREAMING, TEMPERATURE, LOGPROBS, TOOL_CALLING, PARALLEL_TOOL_CALLS, JSON_MODE);
    } else if (preset == CapabilityPreset.VISION) {
      return capabilities(CapabilityPreset.CHAT).with(VISION).with(STRUCTURED_OUTPUTS);
    } else if (preset == CapabilityPreset.MULTIMODAL) {
      return capabilities(CapabilityPreset.VISION).with(AUDIO_INPUT).with(AUDIO_OUTPUT);
    } else if (preset == CapabilityPreset.REASONING) {
      return Capabilities.of(CHAT, STREAMING, REASONING, TOOL_CALLING, STRUCTURED_OUTPUTS, JSON_MODE);
    } else if (preset == CapabilityPreset.EMBEDDINGS) {
      return Capabilities.of(EMBEDDINGS, BATCH);
    } else if (preset == CapabilityPreset.MODERATION) {
      return Capabilities.of(CONTENT_MODERATION);
    }
    throw new IllegalArgumentException("preset: " + preset + " is no capability preset");
  }

  /** The latency profile a preset stands for, with the default multipliers. */
  public static LatencyProfile latency(LatencyPreset preset) {
    if (preset == LatencyPreset.SMALL) {
      return LatencyProfile.SMALL_PRESET;
    } else if (preset == LatencyPreset.MEDIUM) {
      return LatencyProfile.MEDIUM_PRESET;
    } else if (preset == LatencyPreset.LARGE) {
      return LatencyProfile.LARGE_PRESET;
    } else if (preset == LatencyPreset.XLARGE) {
      return LatencyProfile.XLARGE_PRESET;
    } else if (preset == LatencyPreset.REASONING) {
      return LatencyProfile.REASONING_PRESET;
    }
    throw new IllegalArgumentException("preset: " + preset + " is no latency preset");
  }

}
