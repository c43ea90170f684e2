package test.facts;

import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.annotations.RequestParameter;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.Modality;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelStatus;
import dev.modelcatalog.runtime.Pricing;
import javax.annotation.processing.Generated;

/**
 * Definitions of models 0 to 1 of {@link AcmeCatalog}, each built on first use.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class AcmeCatalogShard0 {
  /**
   * The definitions built so far, by index in the shard.
   */
  private static final ModelDefinition[] MODELS = new ModelDefinition[2];

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
        return omniPro();
      default: // 1: the index was checked
        return openChat8b();
    }
  }

  private static ModelDefinition omniPro() {
    return ModelDefinition.builder(AcmeCatalog.Ids.OMNI_PRO)
        .contextWindow(1_048_576)
        .maxOutputTokens(65_536)
        .preset(CapabilityPreset.MULTIMODAL)
        .capabilities(Capabilities.ofBits(0x60af39L)) // chat, vision, audioInput, audioOutput, toolCalling, parallelToolCalls, structuredOutputs, jsonMode, moe, streaming, temperature, logprobs
        .moe(new MoEConfig(400_000_000_000L, 17_000_000_000L, 128, 1, MoEArchitecture.SPARSE))
        .pricing(Pricing.builder().inputPerMillion(1.25).outputPerMillion(10.0).reasoningPerMillion(12.0).audioInputPerMillion(40.0).audioOutputPerMillion(80.0).perRequest(0.005).longContextThreshold(200_000).longContextInputPerMillion(2.5).longContextOutputPerMillion(15.0).build())
        .architectureFamily(ArchitectureFamily.HYBRID)
        .inputModalities(Modality.TEXT, Modality.IMAGE, Modality.AUDIO, Modality.PDF)
        .supportedParameters(RequestParameter.TEMPERATURE, RequestParameter.MAX_TOKENS, RequestParameter.TOOLS, RequestParameter.TOOL_CHOICE)
        .maxInputTokens(1_000_000)
        .maxImagesPerRequest(3000)
        .maxAudioSecondsPerRequest(34_200)
        .provider("acme")
        .buildCompiled();
  }

  private static ModelDefinition openChat8b() {
    return ModelDefinition.builder(AcmeCatalog.Ids.OPEN_CHAT_8B)
        .contextWindow(131_072)
        .license("llama3.1")
        .capabilities(Capabilities.ofBits(0x608b01L)) // chat, toolCalling, parallelToolCalls, jsonMode, streaming, temperature, logprobs
        .parameters(8_030_000_000L)
        .numLayers(32)
        .hiddenSize(4096)
        .numHeads(32)
        .status(ModelStatus.BETA)
        .releaseDate("2024-07-23")
        .lastUpdated("2024-09-25")
        .openWeights(true)
        .paperUrl("https://arxiv.org/abs/2407.21783")
        .provider("acme")
        .buildCompiled();
  }
}
