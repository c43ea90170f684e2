package dev.modelcatalog.benchmarks.generator;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One generated model, as its stub declares it: the {@code @Model} attributes, the capability flags stated on top
 * of the preset, and the {@code @MoE}, {@code @Latency} and {@code @Pricing} values.
 *
 * @param provider the id of the provider package that declares it
 * @param className the stub's simple class name, unique in its package
 * @param capabilities {@code @Capabilities} attributes stated on top of the preset, by attribute name
 * @param moe the MoE configuration, or null for a dense model
 */
public record SyntheticModel(
    String provider, String className, String id, String name, String ownedBy, long created, String description,
    String version, int contextWindow, int maxOutputTokens, String trainingCutoff, List<String> tags,
    List<String> aliases, boolean deprecated, String deprecationDate, String replacement, String license,
    CapabilityPreset preset, SortedMap<String, Boolean> capabilities, Moe moe, Latency latency, Price pricing) {

  public SyntheticModel {
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    capabilities = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(capabilities));
  }

  /** {@code @MoE} values. */
  public record Moe(long totalParams, long activeParams, int numExperts, int expertsPerToken) {}

  /**
   * {@code @Latency} values: a preset, with the means overridden where not null.
   *
   * @param ttftMean mean time to first token in seconds, or null for the preset's
   * @param itlMean mean inter-token latency in seconds, or null for the preset's
   */
  public record Latency(LatencyPreset preset, Double ttftMean, Double itlMean) {}

  /**
   * {@code @Pricing} values per million tokens, in US dollars.
   *
   * @param cachedInput null when the provider offers no cached price
   * @param cacheWrite null when the provider charges nothing separate for cache writes
   */
  public record Price(double input, double output, Double cachedInput, Double cacheWrite) {}
}
