package test.openai;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Pricing;
import javax.annotation.processing.Generated;

/**
 * Definitions of models 0 to 3 of {@link OpenAiCatalog}, built when the shard is first touched.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class OpenAiCatalogShard0 {
  static final ModelDefinition[] MODELS = {
    gpt35Turbo(),
    gpt4o(),
    gptOss120b(),
    textEmbedding3Small()
  };

  private OpenAiCatalogShard0() {
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
        .latency(LatencyPreset.LARGE)
        .pricing(Pricing.builder().inputPerMillion(0.15).outputPerMillion(0.6).build())
        .provider("openai")
        .buildCompiled();
  }

  private static ModelDefinition textEmbedding3Small() {
    return ModelDefinition.builder(OpenAiCatalog.Ids.TEXT_EMBEDDING_3_SMALL)
        .contextWindow(8191)
        .preset(CapabilityPreset.EMBEDDINGS)
        .capabilities(Capabilities.ofBits(0x100004L)) // embeddings, batch
        .pricing(Pricing.builder().inputPerMillion(0.02).build())
        .provider("openai")
        .buildCompiled();
  }
}
