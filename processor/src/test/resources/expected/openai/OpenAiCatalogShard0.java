package test.openai;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Pricing;
import javax.annotation.processing.Generated;

/**
 * Definitions of models 0 to 3 of {@link OpenAiCatalog}, each built on first use.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class OpenAiCatalogShard0 {
  /**
   * The definitions built so far, by index in the shard.
   */
  private static final ModelDefinition[] MODELS = new ModelDefinition[4];

  private OpenAiCatalogShard0() {
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
        return gpt35Turbo();
      case 1:
        return gpt4o();
      case 2:
        return gptOss120b();
      default: // 3: the index was checked
        return textEmbedding3Small();
    }
  }

  private static ModelDefinition gpt35Turbo() {
    return ModelDefinition.builder(OpenAiCatalog.Ids.GPT_35_TURBO)
        .name("GPT-3.5 Turbo")
        .ownedBy("openai-internal")
        .description("Fast, inexpensive model for simple tasks.")
        .version("0125")
        .contextWindow(16_385)
        .maxOutputTokens(4096)
        .trainingCutoff("2021-09")
        .tags("legacy", "chat")
        .aliases("gpt-3.5-turbo-0125", "gpt35")
        .deprecated(true)
        .deprecationDate("2025-06-30")
        .replacement("gpt-4o")
        .capabilities(Capabilities.ofBits(0x60c901L)) // chat, toolCalling, jsonMode, fineTunable, streaming, temperature, logprobs
        .latency(new LatencyProfile(0.25, 0.1, 0.02, 0.02, 1.5, 1.3, 2.0, 2.5, 1.2))
        .provider("openai")
        .buildCompiled();
  }

  private static ModelDefinition gpt4o() {
    return ModelDefinition.builder(OpenAiCatalog.Ids.GPT_4O)
        .name("GPT-4o")
        .created(1715558400L)
        .contextWindow(128_000)
        .maxOutputTokens(16_384)
        .aliases("gpt-4o-2024-08-06")
        .preset(CapabilityPreset.VISION)
        .capabilities(Capabilities.ofBits(0x608f09L)) // chat, vision, toolCalling, parallelToolCalls, structuredOutputs, jsonMode, streaming, temperature, logprobs
        .pricing(Pricing.builder().inputPerMillion(2.5).outputPerMillion(10.0).cachedInputPerMillion(1.25).build())
        .provider("openai")
        .buildCompiled();
  }

  private static ModelDefinition gptOss120b() {
    return ModelDefinition.builder(OpenAiCatalog.Ids.GPT_OSS_120B)
        .contextWindow(131_072)
        .maxOutputTokens(32_768)
        .license("apache-2.0")
        .preset(CapabilityPreset.REASONING)
        .capabilities(Capabilities.ofBits(0xad81L)) // chat, reasoning, toolCalling, structuredOutputs, jsonMode, moe, streaming
        .moe(new MoEConfig(117_000_000_000L, 5_100_000_000L, 128, 4, MoEArchitecture.SPARSE))
        .latency(LatencyProfile.of(0.6, 0.2, 0.08, 0.03)) // the LARGE latency preset
        .pricing(Pricing.of(0.15, 0.6))
        .provider("openai")
        .buildCompiled();
  }

  private static ModelDefinition textEmbedding3Small() {
    return ModelDefinition.builder(OpenAiCatalog.Ids.TEXT_EMBEDDING_3_SMALL)
        .contextWindow(8191)
        .preset(CapabilityPreset.EMBEDDINGS)
        .capabilities(Capabilities.ofBits(0x100004L)) // embeddings, batch
        .pricing(Pricing.of(0.02, 0.0))
        .provider("openai")
        .buildCompiled();
  }
}
