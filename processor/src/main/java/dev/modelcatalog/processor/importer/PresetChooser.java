package dev.modelcatalog.processor.importer;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Presets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the preset from which a capability set differs in the fewest flags, so a stub states only what differs
 * ({@code @Capabilities} lists the rest). Only presets of the model's kind compete, so a stub reads true: a chat
 * model starts from {@code CHAT}, {@code VISION} or {@code MULTIMODAL} ({@code REASONING} too if it reasons),
 * a completion model from {@code BASE}, an embeddings model from {@code EMBEDDINGS}, and a single-purpose model
 * (speech, transcription, images, reranking, moderation) from the one-capability {@code MODERATION} preset,
 * swapping that capability as the built-in catalog does. Ties go to the preset declared first in
 * {@link CapabilityPreset}.
 */
final class PresetChooser {

  private PresetChooser() {}

  /** A preset and the flags to write on top of it, in capability order. */
  record Choice(CapabilityPreset preset, Map<Capability, Boolean> overrides) {}

  static Choice choose(Capabilities target) {
    CapabilityPreset best = CapabilityPreset.CHAT;
    int bestDistance = Integer.MAX_VALUE;
    for (CapabilityPreset preset : candidates(target)) {
      int distance = Long.bitCount(Presets.capabilities(preset).bits() ^ target.bits());
      if (distance < bestDistance) {
        best = preset;
        bestDistance = distance;
      }
    }
    Capabilities start = Presets.capabilities(best);
    Map<Capability, Boolean> overrides = new LinkedHashMap<>();
    for (Capability capability : Capability.values()) {
      if (start.has(capability) != target.has(capability)) {
        overrides.put(capability, target.has(capability));
      }
    }
    return new Choice(best, overrides);
  }

  private static List<CapabilityPreset> candidates(Capabilities target) {
    if (target.has(Capability.CHAT)) {
      return target.has(Capability.REASONING)
          ? List.of(CapabilityPreset.CHAT, CapabilityPreset.VISION, CapabilityPreset.MULTIMODAL,
              CapabilityPreset.REASONING)
          : List.of(CapabilityPreset.CHAT, CapabilityPreset.VISION, CapabilityPreset.MULTIMODAL);
    }
    if (target.has(Capability.COMPLETION)) {
      return List.of(CapabilityPreset.BASE);
    }
    if (target.has(Capability.EMBEDDINGS)) {
      return List.of(CapabilityPreset.EMBEDDINGS);
    }
    return List.of(CapabilityPreset.MODERATION);
  }
}
