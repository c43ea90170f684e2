package test.acme;

import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Pricing;
import javax.annotation.processing.Generated;

/**
 * Definitions of models 0 to 2 of {@link AcmeCatalog}, each built on first use.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class AcmeCatalogShard0 {
  /**
   * The definitions built so far, by index in the shard.
   */
  private static final ModelDefinition[] MODELS = new ModelDefinition[3];

  private AcmeCatalogShard0() {
  }

  static ModelDefinition model(int index) {
    ModelDefinition model = MODELS[index];
    return model != null ? model : first(index);
  }

  private static synchronized ModelDefinition first(int index) {
    // Built once, under the lock. A definition's fields are final, so the unlocked read in model()
    // sees a published one whole.
    if (MODELS[index] == null) {
      MODELS[index] = build(index);
    }
    return MODELS[index];
  }

  private static ModelDefinition build(int index) {
    switch (index) {
      case 0:
        return rocket20240513();
      case 1:
        return rocket20240806();
      default: // 2: the index was checked
        return spark();
    }
  }

  private static ModelDefinition rocket20240513() {
    return ModelDefinition.builder(AcmeCatalog.Ids.ROCKET_20240513)
        .contextWindow(128_000)
        .maxOutputTokens(4096)
        .capabilities(Capabilities.ofBits(0x608b01L)) // chat, toolCalling, parallelToolCalls, jsonMode, streaming, temperature, logprobs
        .pricing(Pricing.of(5.0, 15.0))
        .provider("acme")
        .buildCompiled();
  }

  private static ModelDefinition rocket20240806() {
    return ModelDefinition.builder(AcmeCatalog.Ids.ROCKET_20240806)
        .contextWindow(128_000)
        .maxOutputTokens(16_384)
        .aliases("rocket")
        .capabilities(Capabilities.ofBits(0x608b01L)) // chat, toolCalling, parallelToolCalls, jsonMode, streaming, temperature, logprobs
        .pricing(Pricing.of(2.5, 10.0))
        .provider("acme")
        .buildCompiled();
  }

  private static ModelDefinition spark() {
    return ModelDefinition.builder(AcmeCatalog.Ids.SPARK)
        .contextWindow(8192)
        .capabilities(Capabilities.ofBits(0x608b01L)) // chat, toolCalling, parallelToolCalls, jsonMode, streaming, temperature, logprobs
        .provider("acme")
        .buildCompiled();
  }
}
