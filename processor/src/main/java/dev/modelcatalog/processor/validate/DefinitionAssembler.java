package dev.modelcatalog.processor.validate;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.processor.read.AnnotationDeclaration;
import dev.modelcatalog.processor.read.ModelDeclaration;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Presets;
import dev.modelcatalog.runtime.Pricing;

/**
 * Turns a declaration into the runtime's {@link ModelDefinition.Builder}, expanding presets with the runtime's
 * {@link Presets}: written {@code @Capabilities} attributes override the preset, {@code @MoE} sets the moe
 * capability, written {@code @Latency} attributes override the latency preset, and only the optional prices the
 * author wrote are set. Attributes whose default means "not stated" ({@code ""}, {@code 0}) stay unset.
 */
final class DefinitionAssembler {

  private DefinitionAssembler() {}

  static ModelDefinition.Builder assemble(ModelDeclaration declaration) {
    AnnotationDeclaration model = declaration.model();
    ModelDefinition.Builder builder = ModelDefinition.builder(model.string("id"))
        .provider(declaration.provider().id())
        .name(model.string("name"))
        .ownedBy(model.string("ownedBy"))
        .created(model.longValue("created"))
        .description(model.string("description"))
        .version(model.string("version"))
        .contextWindow(model.integer("contextWindow"))
        .trainingCutoff(model.string("trainingCutoff"))
        .tags(model.strings("tags"))
        .aliases(model.strings("aliases"))
        .baseModel(model.string("baseModel"))
        .parent(model.string("parent"))
        .root(model.string("root"))
        .deprecated(model.bool("deprecated"))
        .deprecationDate(model.string("deprecationDate"))
        .replacement(model.string("replacement"))
        .license(model.string("license"))
        .preset(CapabilityPreset.valueOf(model.enumName("preset")));
    if (model.integer("maxOutputTokens") != 0) {
      builder.maxOutputTokens(model.integer("maxOutputTokens"));
    }
    declaration.capabilities().ifPresent(capabilities -> {
      for (Capability capability : Capability.values()) {
        if (capabilities.isWritten(capability.attribute())) {
          builder.capability(capability, capabilities.bool(capability.attribute()));
        }
      }
    });
    declaration.moe().ifPresent(moe -> builder.moe(new MoEConfig(moe.longValue("totalParams"),
        moe.longValue("activeParams"), moe.integer("numExperts"), moe.integer("expertsPerToken"),
        MoEArchitecture.valueOf(moe.enumName("architecture")))));
    declaration.latency().ifPresent(latency -> builder.latency(latency(latency)));
    declaration.pricing().ifPresent(pricing -> builder.pricing(pricing(pricing)));
    return builder;
  }

  private static LatencyProfile latency(AnnotationDeclaration latency) {
    LatencyProfile preset = Presets.latency(LatencyPreset.valueOf(latency.enumName("preset")));
    return new LatencyProfile(
        written(latency, "ttftMean", preset.ttftMean()),
        written(latency, "ttftStd", preset.ttftStd()),
        written(latency, "itlMean", preset.itlMean()),
        written(latency, "itlStd", preset.itlStd()),
        written(latency, "vision", preset.visionMultiplier()),
        written(latency, "audio", preset.audioMultiplier()),
        written(latency, "video", preset.videoMultiplier()),
        written(latency, "reasoning", preset.reasoningMultiplier()),
        written(latency, "toolCalling", preset.toolCallingMultiplier()));
  }

  private static double written(AnnotationDeclaration annotation, String attribute, double otherwise) {
    return annotation.isWritten(attribute) ? annotation.doubleValue(attribute) : otherwise;
  }

  private static Pricing pricing(AnnotationDeclaration pricing) {
    Pricing.Builder builder = Pricing.builder()
        .inputPerMillion(pricing.doubleValue("inputPerMillion"))
        .outputPerMillion(pricing.doubleValue("outputPerMillion"))
        .currency(pricing.string("currency"));
    if (pricing.isWritten("cachedInputPerMillion")) {
      builder.cachedInputPerMillion(pricing.doubleValue("cachedInputPerMillion"));
    }
    if (pricing.isWritten("cacheWritePerMillion")) {
      builder.cacheWritePerMillion(pricing.doubleValue("cacheWritePerMillion"));
    }
    if (pricing.isWritten("perImage")) {
      builder.perImage(pricing.doubleValue("perImage"));
    }
    if (pricing.isWritten("audioPerMinute")) {
      builder.audioPerMinute(pricing.doubleValue("audioPerMinute"));
    }
    return builder.build();
  }
}
