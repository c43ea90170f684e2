package dev.modelcatalog.benchmarks.startup;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Pricing;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alternative to a compiled catalog: a JSON file bound with Jackson and turned into the same
 * {@link ModelDefinition}s (validated by their builder), held in a {@code HashMap} by id and alias.
 */
final class JsonCatalogLoader {

  private JsonCatalogLoader() {}

  /** Every model of the file, as definitions. */
  static List<ModelDefinition> load(File file) throws IOException {
    ObjectMapper mapper = new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    List<JsonModel> models = mapper.readValue(file, new TypeReference<List<JsonModel>>() {});
    List<ModelDefinition> definitions = new ArrayList<>(models.size());
    for (JsonModel model : models) {
      definitions.add(toDefinition(model));
    }
    return definitions;
  }

  /** The definitions by id and by alias. */
  static Map<String, ModelDefinition> byIdOrAlias(List<ModelDefinition> definitions) {
    Map<String, ModelDefinition> map = new HashMap<>(definitions.size() * 4);
    for (ModelDefinition model : definitions) {
      map.put(model.id(), model);
      model.aliases().forEach(alias -> map.put(alias, model));
    }
    return map;
  }

  static ModelDefinition toDefinition(JsonModel m) {
    List<Capability> capabilities = new ArrayList<>();
    for (String name : m.capabilities()) {
      capabilities.add(Capability.parse(name));
    }
    ModelDefinition.Builder b = ModelDefinition.builder(m.id())
        .name(m.name()).ownedBy(m.ownedBy()).provider(m.provider()).created(m.created())
        .description(m.description()).version(m.version()).contextWindow(m.contextWindow())
        .maxOutputTokens(m.maxOutputTokens()).trainingCutoff(m.trainingCutoff())
        .tags(m.tags() == null ? List.of() : m.tags()).aliases(m.aliases() == null ? List.of() : m.aliases())
        .deprecated(m.deprecated()).deprecationDate(m.deprecationDate()).replacement(m.replacement())
        .license(m.license()).preset(CapabilityPreset.valueOf(m.preset()))
        .capabilities(Capabilities.copyOf(capabilities));
    if (m.moe() != null) {
      JsonModel.Moe moe = m.moe();
      b.moe(new MoEConfig(moe.totalParams(), moe.activeParams(), moe.numExperts(), moe.expertsPerToken(),
          MoEArchitecture.valueOf(moe.architecture())));
    }
    JsonModel.Latency l = m.latency();
    b.latency(new LatencyProfile(l.ttftMean(), l.ttftStd(), l.itlMean(), l.itlStd(), l.visionMultiplier(),
        l.audioMultiplier(), l.videoMultiplier(), l.reasoningMultiplier(), l.toolCallingMultiplier()));
    if (m.pricing() != null) {
      JsonModel.Price p = m.pricing();
      Pricing.Builder pricing = Pricing.builder().inputPerMillion(p.inputPerMillion())
          .outputPerMillion(p.outputPerMillion()).currency(p.currency());
      if (p.cachedInputPerMillion() != null) {
        pricing.cachedInputPerMillion(p.cachedInputPerMillion());
      }
      if (p.cacheWritePerMillion() != null) {
        pricing.cacheWritePerMillion(p.cacheWritePerMillion());
      }
      b.pricing(pricing.build());
    }
    return b.build();
  }
}
