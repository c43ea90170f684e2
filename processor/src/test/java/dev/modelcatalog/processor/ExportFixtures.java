package dev.modelcatalog.processor;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.Route;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A catalog shaped like the built-in one, for the export round trip: 24 models of seven providers, chosen so that
 * every field of a definition is exercised somewhere (each model's comment says what it adds), and routes on
 * three of them through built-in platforms.
 */
final class ExportFixtures {

  private ExportFixtures() {}

  private static long day(int year, int month, int day) {
    return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  /** Everything {@code @Model} has but lineage: name, created, description with quotes, version, alias, tags. */
  static final ModelDefinition GPT_4O = ModelDefinition.builder("gpt-4o").name("GPT-4o").provider("openai")
      .created(day(2024, 5, 13)).description("Flagship \"omni\" model: text & images in, text out ($).")
      .version("2024-08-06").preset(CapabilityPreset.VISION).contextWindow(128_000).maxOutputTokens(16_384)
      .trainingCutoff("2023-10").tags("flagship", "multimodal").aliases("gpt-4o-2024-08-06", "chatgpt-4o")
      .latency(new LatencyProfile(0.35, 0.12, 0.011, 0.004, 1.5, 1.3, 2.0, 2.5, 1.2))
      .pricing(Pricing.builder().inputPerMillion(2.50).outputPerMillion(10.00).cachedInputPerMillion(1.25).build())
      .build();
  /** A latency preset exactly, a cached price. */
  static final ModelDefinition GPT_4O_MINI = ModelDefinition.builder("gpt-4o-mini").name("GPT-4o mini")
      .provider("openai").created(day(2024, 7, 18)).preset(CapabilityPreset.VISION).contextWindow(128_000)
      .maxOutputTokens(16_384).tags("fast").latency(LatencyPreset.SMALL)
      .pricing(Pricing.builder().inputPerMillion(0.15).outputPerMillion(0.60).cachedInputPerMillion(0.075).build())
      .build();
  /** REASONING preset plus vision, the REASONING latency preset with one value changed. */
  static final ModelDefinition O1 = ModelDefinition.builder("o1").provider("openai").created(day(2024, 12, 17))
      .preset(CapabilityPreset.REASONING).capability(Capability.VISION, true).contextWindow(200_000)
      .maxOutputTokens(100_000).tags("reasoning").aliases("o1-2024-12-17")
      .latency(withTtft(LatencyPreset.REASONING, 4.5))
      .pricing(Pricing.builder().inputPerMillion(15).outputPerMillion(60).cachedInputPerMillion(7.5).build())
      .build();
  /** Deprecated with a date and a replacement. */
  static final ModelDefinition GPT_35_TURBO = ModelDefinition.builder("gpt-3.5-turbo").name("GPT-3.5 Turbo")
      .provider("openai").contextWindow(16_385).maxOutputTokens(4_096).deprecated(true)
      .deprecationDate("2025-06-30").replacement("gpt-4o-mini").pricing(0.50, 1.50).build();
  /** Deprecated without a replacement: a rule warning the stub must silence. */
  static final ModelDefinition GPT_4 = ModelDefinition.builder("gpt-4").name("GPT-4").provider("openai")
      .created(day(2023, 3, 14)).contextWindow(8_192).deprecated(true).pricing(30, 60).build();
  /** EMBEDDINGS preset, output price 0. */
  static final ModelDefinition EMBEDDING_LARGE = ModelDefinition.builder("text-embedding-3-large")
      .provider("openai").preset(CapabilityPreset.EMBEDDINGS).contextWindow(8_191).pricing(0.13, 0).build();
  /** One capability on the CHAT preset (everything else off), a price per image only. */
  static final ModelDefinition DALL_E_3 = ModelDefinition.builder("dall-e-3").name("DALL·E 3").provider("openai")
      .capabilities(Capabilities.of(Capability.IMAGE_GENERATION)).contextWindow(4_000)
      .pricing(Pricing.builder().perImage(0.04).build()).build();
  /** Speech only. */
  static final ModelDefinition TTS_1 = ModelDefinition.builder("tts-1").provider("openai")
      .capabilities(Capabilities.of(Capability.SPEECH)).contextWindow(4_096).pricing(15, 0).build();
  /** Transcription only, a price per audio minute. */
  static final ModelDefinition WHISPER_1 = ModelDefinition.builder("whisper-1").provider("openai")
      .capabilities(Capabilities.of(Capability.TRANSCRIPTION)).contextWindow(448)
      .pricing(Pricing.builder().audioPerMinute(0.006).build()).build();
  /** MULTIMODAL preset with audio out and realtime, a cache-write price, every latency multiplier changed. */
  static final ModelDefinition REALTIME = ModelDefinition.builder("gpt-4o-realtime-preview").provider("openai")
      .preset(CapabilityPreset.MULTIMODAL).capability(Capability.AUDIO_OUTPUT, true)
      .capability(Capability.REALTIME, true).capability(Capability.VIDEO, false).contextWindow(128_000)
      .maxOutputTokens(4_096).latency(new LatencyProfile(0.25, 0.08, 0.02, 0.01, 1.4, 1.1, 2.2, 2.0, 1.3))
      .pricing(Pricing.builder().inputPerMillion(5).outputPerMillion(20).cachedInputPerMillion(2.5)
          .cacheWritePerMillion(5).audioPerMinute(0.06).build())
      .build();
  /** MODERATION preset, free: a pricing of 0 and 0 with an explicit cached price of 0. */
  static final ModelDefinition MODERATION = ModelDefinition.builder("text-moderation-latest").provider("openai")
      .preset(CapabilityPreset.MODERATION).contextWindow(32_768)
      .pricing(Pricing.builder().cachedInputPerMillion(0).build()).build();
  /** Anthropic: alias, cache write above input. */
  static final ModelDefinition CLAUDE_35_SONNET = ModelDefinition.builder("claude-3-5-sonnet-20241022")
      .name("Claude 3.5 Sonnet").provider("anthropic").created(day(2024, 10, 22)).preset(CapabilityPreset.VISION)
      .capability(Capability.JSON_MODE, false).contextWindow(200_000).maxOutputTokens(8_192)
      .trainingCutoff("2024-04").aliases("claude-3-5-sonnet-latest").tags("flagship", "pdf")
      .pricing(Pricing.builder().inputPerMillion(3).outputPerMillion(15).cachedInputPerMillion(0.3)
          .cacheWritePerMillion(3.75).build())
      .build();
  /** Anthropic, the LARGE latency preset as it is. */
  static final ModelDefinition CLAUDE_3_OPUS = ModelDefinition.builder("claude-3-opus-20240229")
      .name("Claude 3 Opus").provider("anthropic").preset(CapabilityPreset.VISION).contextWindow(200_000)
      .maxOutputTokens(4_096).latency(LatencyPreset.LARGE)
      .pricing(Pricing.builder().inputPerMillion(15).outputPerMillion(75).cachedInputPerMillion(1.5)
          .cacheWritePerMillion(18.75).build())
      .build();
  /** Deprecated with replacement, text only. */
  static final ModelDefinition CLAUDE_21 = ModelDefinition.builder("claude-2.1").name("Claude 2.1")
      .provider("anthropic").contextWindow(200_000).maxOutputTokens(4_096).deprecated(true)
      .replacement("claude-3-5-sonnet-20241022").capability(Capability.TOOL_CALLING, false)
      .capability(Capability.PARALLEL_TOOL_CALLS, false)
      .latency(new LatencyProfile(0.5, 0.1667, 0.025, 0.004, 1.5, 1.3, 2.0, 2.5, 1.2)).pricing(8, 24).build();
  /** Open weights, licence, routes through NVIDIA NIM, Together and Bedrock. */
  static final ModelDefinition LLAMA_405B = ModelDefinition.builder("meta-llama/Llama-3.1-405B-Instruct")
      .name("Llama 3.1 405B Instruct").provider("meta").created(day(2024, 7, 23)).contextWindow(131_072)
      .maxOutputTokens(4_096).trainingCutoff("2023-12").tags("open-weights").license("llama3.1")
      .aliases("llama-3.1-405b").pricing(3, 3).build();
  /** The base of a fine-tune lineage. */
  static final ModelDefinition LLAMA_8B = ModelDefinition.builder("meta-llama/Llama-3.1-8B-Instruct")
      .provider("meta").contextWindow(131_072).tags("open-weights").license("llama3.1").pricing(0.18, 0.18).build();
  /** A fine-tune of another provider's model: owner, base, parent and root, an id that is not a Java name. */
  static final ModelDefinition ACME_FINE_TUNE = ModelDefinition.builder("ft:llama-3.1-8b:acme:support:v2")
      .name("Acme support v2").provider("acme").ownedBy("acme-labs").contextWindow(131_072).maxOutputTokens(2_048)
      .baseModel("meta-llama/Llama-3.1-8B-Instruct").parent("ft:llama-3.1-8b:acme:support:v1")
      .root("meta-llama/Llama-3.1-8B-Instruct").capability(Capability.FINE_TUNABLE, true).pricing(0.3, 0.6).build();
  /** The fine-tune's parent. */
  static final ModelDefinition ACME_FINE_TUNE_V1 = ModelDefinition.builder("ft:llama-3.1-8b:acme:support:v1")
      .provider("acme").ownedBy("acme-labs").contextWindow(131_072).baseModel("meta-llama/Llama-3.1-8B-Instruct")
      .root("meta-llama/Llama-3.1-8B-Instruct").deprecated(true).replacement("ft:llama-3.1-8b:acme:support:v2")
      .build();
  /** Sparse MoE, alias; routes through Together, Groq (maintenance) and the direct API. */
  static final ModelDefinition MIXTRAL_8X7B = ModelDefinition.builder("mistralai/Mixtral-8x7B-Instruct-v0.1")
      .name("Mixtral 8x7B Instruct").provider("mistral").contextWindow(32_768)
      .moe(MoEConfig.sparse(46_700_000_000L, 12_900_000_000L, 8, 2)).tags("open-weights").license("apache-2.0")
      .aliases("mixtral-8x7b", "open-mixtral-8x7b").pricing(0.70, 0.70).build();
  /** Dense MoE architecture. */
  static final ModelDefinition MIXTRAL_8X22B = ModelDefinition.builder("mistralai/Mixtral-8x22B-Instruct-v0.1")
      .provider("mistral").contextWindow(65_536)
      .moe(new MoEConfig(141_000_000_000L, 39_000_000_000L, 8, 2, MoEArchitecture.DENSE)).pricing(2, 6).build();
  /** MoE with a cached price, owned by DeepSeek. */
  static final ModelDefinition DEEPSEEK_V3 = ModelDefinition.builder("deepseek-ai/DeepSeek-V3").name("DeepSeek-V3")
      .provider("deepseek").created(day(2024, 12, 26)).contextWindow(65_536).maxOutputTokens(8_192)
      .moe(MoEConfig.sparse(671_000_000_000L, 37_000_000_000L, 256, 8)).aliases("deepseek-chat")
      .pricing(Pricing.builder().inputPerMillion(0.27).outputPerMillion(1.10).cachedInputPerMillion(0.07).build())
      .build();
  /** REASONING preset, a price in another currency. */
  static final ModelDefinition DEEPSEEK_R1 = ModelDefinition.builder("deepseek-ai/DeepSeek-R1").provider("deepseek")
      .preset(CapabilityPreset.REASONING).contextWindow(65_536).maxOutputTokens(8_192).aliases("deepseek-reasoner")
      .pricing(Pricing.builder().inputPerMillion(4).outputPerMillion(16).currency("CNY").build()).build();
  /** Reranking only. */
  static final ModelDefinition NV_RERANK = ModelDefinition.builder("nvidia/nv-rerank-qa-mistral-4b")
      .provider("nvidia").capabilities(Capabilities.of(Capability.RERANKING)).contextWindow(512).build();
  /** Served by NVIDIA, owned by Mistral; video input on the VISION preset. */
  static final ModelDefinition MISTRAL_NEMO = ModelDefinition.builder("nv-mistralai/mistral-nemo-12b-instruct")
      .provider("nvidia").ownedBy("mistral").preset(CapabilityPreset.VISION).capability(Capability.VIDEO, true)
      .contextWindow(128_000).tags("open-weights").build();

  static List<ModelDefinition> all() {
    return List.of(GPT_4O, GPT_4O_MINI, O1, GPT_35_TURBO, GPT_4, EMBEDDING_LARGE, DALL_E_3, TTS_1, WHISPER_1,
        REALTIME, MODERATION, CLAUDE_35_SONNET, CLAUDE_3_OPUS, CLAUDE_21, LLAMA_405B, LLAMA_8B, ACME_FINE_TUNE,
        ACME_FINE_TUNE_V1, MIXTRAL_8X7B, MIXTRAL_8X22B, DEEPSEEK_V3, DEEPSEEK_R1, NV_RERANK, MISTRAL_NEMO);
  }

  /** Routes of three models: model strings, priorities, statuses, price and limit overrides, an endpoint. */
  static Map<String, List<Route>> routes() {
    String llama = LLAMA_405B.id();
    String mixtral = MIXTRAL_8X7B.id();
    String claude = CLAUDE_35_SONNET.id();
    return Map.of(
        llama, List.of(
            Route.builder("nvidia-nim").model(llama).modelString("meta/llama-3.1-405b-instruct").priority(1)
                .build(),
            Route.builder("together").model(llama).modelString("meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo")
                .priority(2).inputPerMillion(3.5).outputPerMillion(3.5).contextWindow(130_815).build(),
            Route.builder("bedrock").model(llama).modelString("meta.llama3-1-405b-instruct-v1:0").priority(3)
                .status(RouteStatus.MAINTENANCE).maxOutputTokens(2_048).build()),
        mixtral, List.of(
            Route.builder("together").model(mixtral).priority(1).inputPerMillion(0.6).outputPerMillion(0.6).build(),
            Route.builder("direct").model(mixtral).modelString("open-mixtral-8x7b").priority(2)
                .endpoint("https://api.mistral.ai/v1").build(),
            Route.builder("groq").model(mixtral).modelString("mixtral-8x7b-32768").priority(3)
                .status(RouteStatus.INACTIVE).build()),
        claude, List.of(
            Route.builder("bedrock").model(claude).modelString("anthropic.claude-3-5-sonnet-20241022-v2:0")
                .priority(1).build(),
            Route.builder("vertex").model(claude).modelString("claude-3-5-sonnet-v2@20241022").priority(2)
                .status(RouteStatus.BETA).build()));
  }

  private static LatencyProfile withTtft(LatencyPreset preset, double ttftMean) {
    LatencyProfile p = dev.modelcatalog.runtime.Presets.latency(preset);
    return new LatencyProfile(ttftMean, p.ttftStd(), p.itlMean(), p.itlStd(), p.visionMultiplier(),
        p.audioMultiplier(), p.videoMultiplier(), p.reasoningMultiplier(), p.toolCallingMultiplier());
  }
}
