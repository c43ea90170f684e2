package dev.modelcatalog.benchmarks.generator;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Presets;
import dev.modelcatalog.runtime.Pricing;
import java.util.Map;

/**
 * Builds the {@link ModelDefinition} a synthetic stub stands for, through the public builder (and so through the
 * same rules the processor applies): what a program holding the same models in memory would have.
 */
public final class Definitions {

  private Definitions() {}

  /** The definition the stub declares. */
  public static ModelDefinition of(SyntheticModel m) {
    ModelDefinition.Builder b = ModelDefinition.builder(m.id())
        .name(m.name())
        .ownedBy(m.ownedBy())
        .provider(m.provider())
        .created(m.created())
        .description(m.description())
        .version(m.version())
        .contextWindow(m.contextWindow())
        .maxOutputTokens(m.maxOutputTokens())
        .trainingCutoff(m.trainingCutoff())
        .tags(m.tags())
        .aliases(m.aliases())
        .deprecated(m.deprecated())
        .deprecationDate(m.deprecationDate())
        .replacement(m.replacement())
        .license(m.license())
        .preset(m.preset());
    for (Map.Entry<String, Boolean> flag : m.capabilities().entrySet()) {
      b.capability(Capability.parse(flag.getKey()), flag.getValue());
    }
    if (m.moe() != null) {
      SyntheticModel.Moe moe = m.moe();
      b.moe(MoEConfig.sparse(moe.totalParams(), moe.activeParams(), moe.numExperts(), moe.expertsPerToken()));
    }
    b.latency(latency(m.latency()));
    SyntheticModel.Price price = m.pricing();
    Pricing.Builder pricing = Pricing.builder().inputPerMillion(price.input()).outputPerMillion(price.output());
    if (price.cachedInput() != null) {
      pricing.cachedInputPerMillion(price.cachedInput());
    }
    if (price.cacheWrite() != null) {
      pricing.cacheWritePerMillion(price.cacheWrite());
    }
    return b.pricing(pricing.build()).build();
  }

  private static LatencyProfile latency(SyntheticModel.Latency latency) {
    LatencyProfile preset = Presets.latency(latency.preset());
    if (latency.ttftMean() == null && latency.itlMean() == null) {
      return preset;
    }
    return new LatencyProfile(
        latency.ttftMean() == null ? preset.ttftMean() : latency.ttftMean(), preset.ttftStd(),
        latency.itlMean() == null ? preset.itlMean() : latency.itlMean(), preset.itlStd(),
        preset.visionMultiplier(), preset.audioMultiplier(), preset.videoMultiplier(),
        preset.reasoningMultiplier(), preset.toolCallingMultiplier());
  }
}
