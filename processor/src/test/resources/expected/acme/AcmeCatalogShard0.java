package test.acme;

import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Pricing;
import javax.annotation.processing.Generated;

/**
 * Definitions of models 0 to 2 of {@link AcmeCatalog}, built when the shard is first touched.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class AcmeCatalogShard0 {
  static final ModelDefinition[] MODELS = {
    rocket20240513(),
    rocket20240806(),
    spark()
  };

  private AcmeCatalogShard0() {
  }

  private static ModelDefinition rocket20240513() {
    return ModelDefinition.builder(AcmeCatalog.Ids.ROCKET_20240513)
        .contextWindow(128_000)
        .maxOutputTokens(4096)
        .capabilities(Capabilities.ofBits(0x608b01L)) // chat, toolCalling, parallelToolCalls, jsonMode, streaming, temperature, logprobs
        .pricing(Pricing.builder().inputPerMillion(5.0).outputPerMillion(15.0).build())
        .provider("acme")
        .buildCompiled();
  }

  private static ModelDefinition rocket20240806() {
    return ModelDefinition.builder(AcmeCatalog.Ids.ROCKET_20240806)
        .contextWindow(128_000)
        .maxOutputTokens(16_384)
        .aliases("rocket")
        .capabilities(Capabilities.ofBits(0x608b01L)) // chat, toolCalling, parallelToolCalls, jsonMode, streaming, temperature, logprobs
        .pricing(Pricing.builder().inputPerMillion(2.5).outputPerMillion(10.0).build())
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
