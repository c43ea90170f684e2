package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.RouteStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ten models in three catalogs, with facts chosen so query, cost and route expectations can be checked by hand.
 * The comment on each model lists what the tests rely on.
 */
public final class Fixtures {

  private Fixtures() {}

  /** VISION preset, 128k/16k, 2.50/10.00 cached 1.25, tags flagship+multimodal, alias gpt-4o-2024-08-06. */
  public static final ModelDefinition GPT_4O = ModelDefinition.builder("gpt-4o").name("GPT-4o").provider("openai")
      .created(1715558400L).preset(CapabilityPreset.VISION).contextWindow(128_000).maxOutputTokens(16_384)
      .tags("flagship", "multimodal").aliases("gpt-4o-2024-08-06")
      .pricing(Pricing.builder().inputPerMillion(2.50).outputPerMillion(10.00).cachedInputPerMillion(1.25).build())
      .build();
  /** VISION preset, 128k/16k, 0.15/0.60, tag fast. */
  public static final ModelDefinition GPT_4O_MINI = ModelDefinition.builder("gpt-4o-mini").provider("openai")
      .created(1721172741L).preset(CapabilityPreset.VISION).contextWindow(128_000).maxOutputTokens(16_384)
      .tags("fast").pricing(0.15, 0.60).build();
  /** REASONING preset plus vision, 200k/100k, 15/60, tag reasoning. */
  public static final ModelDefinition O1 = ModelDefinition.builder("o1").provider("openai")
      .preset(CapabilityPreset.REASONING).capability(Capability.VISION, true).contextWindow(200_000)
      .maxOutputTokens(100_000).tags("reasoning").pricing(15, 60).build();
  /** CHAT preset, deprecated (replacement gpt-4o-mini), 16385/4096, 0.50/1.50. */
  public static final ModelDefinition GPT_35_TURBO = ModelDefinition.builder("gpt-3.5-turbo").provider("openai")
      .contextWindow(16_385).maxOutputTokens(4_096).deprecated(true).deprecationDate("2025-06-30")
      .replacement("gpt-4o-mini").pricing(0.50, 1.50).build();
  /** EMBEDDINGS preset (embeddings, batch), 8191, 0.02/0. */
  public static final ModelDefinition EMBEDDING = ModelDefinition.builder("text-embedding-3-small").provider("openai")
      .preset(CapabilityPreset.EMBEDDINGS).contextWindow(8_191).pricing(0.02, 0).build();
  /** Image generation only, 4000, 0.04 per image. */
  public static final ModelDefinition DALL_E_3 = ModelDefinition.builder("dall-e-3").provider("openai")
      .capabilities(Capabilities.of(Capability.IMAGE_GENERATION)).contextWindow(4_000)
      .pricing(Pricing.builder().perImage(0.04).build()).build();
  /** Speech only, 4096, 15/0. */
  public static final ModelDefinition TTS_1 = ModelDefinition.builder("tts-1").provider("openai")
      .capabilities(Capabilities.of(Capability.SPEECH)).contextWindow(4_096).pricing(15, 0).build();
  /** Transcription only, 448, 0.006 per audio minute. */
  public static final ModelDefinition WHISPER_1 = ModelDefinition.builder("whisper-1").provider("openai")
      .capabilities(Capabilities.of(Capability.TRANSCRIPTION)).contextWindow(448)
      .pricing(Pricing.builder().audioPerMinute(0.006).build()).build();
  /** CHAT preset plus MoE, 32768, 0.70/0.70, tag open-weights. */
  public static final ModelDefinition MIXTRAL = ModelDefinition.builder("mixtral-8x7b").provider("mistral")
      .contextWindow(32_768).moe(MoEConfig.sparse(46_700_000_000L, 12_900_000_000L, 8, 2))
      .tags("open-weights").license("apache-2.0").pricing(0.70, 0.70).build();
  /** VISION preset, 200k/8192, 3/15, tags flagship+pdf. */
  public static final ModelDefinition CLAUDE = ModelDefinition.builder("claude-3-5-sonnet").provider("anthropic")
      .preset(CapabilityPreset.VISION).contextWindow(200_000).maxOutputTokens(8_192).tags("flagship", "pdf")
      .pricing(3, 15).build();

  public static List<ModelDefinition> openAi() {
    return List.of(GPT_4O, GPT_4O_MINI, O1, GPT_35_TURBO, EMBEDDING, DALL_E_3, TTS_1, WHISPER_1);
  }

  public static List<ModelDefinition> all() {
    List<ModelDefinition> all = new ArrayList<>(openAi());
    all.add(MIXTRAL);
    all.add(CLAUDE);
    return all;
  }

  /**
   * gpt-4o: direct 1, openrouter 2, azure 3 (2.75/11.00). mixtral: together 1 (0.60/0.60), direct 2, groq 3
   * (maintenance). claude: direct 1 (inactive), bedrock 2, vertex 3 (beta).
   */
  public static Map<String, List<Route>> routes() {
    return Map.of(
        "gpt-4o", List.of(
            Route.builder("direct").model("gpt-4o").priority(1).build(),
            Route.builder("openrouter").model("gpt-4o").modelString("openai/gpt-4o").priority(2).build(),
            Route.builder("azure").model("gpt-4o").modelString("gpt-4o-2024-08-06").priority(3)
                .inputPerMillion(2.75).outputPerMillion(11.00).build()),
        "mixtral-8x7b", List.of(
            Route.builder("together").model("mixtral-8x7b").modelString("mistralai/Mixtral-8x7B-Instruct-v0.1")
                .priority(1).inputPerMillion(0.60).outputPerMillion(0.60).build(),
            Route.builder("direct").model("mixtral-8x7b").modelString("open-mixtral-8x7b").priority(2).build(),
            Route.builder("groq").model("mixtral-8x7b").modelString("mixtral-8x7b-32768").priority(3)
                .status(RouteStatus.MAINTENANCE).build()),
        "claude-3-5-sonnet", List.of(
            Route.builder("direct").model("claude-3-5-sonnet").priority(1).status(RouteStatus.INACTIVE).build(),
            Route.builder("bedrock").model("claude-3-5-sonnet")
                .modelString("anthropic.claude-3-5-sonnet-20240620-v1:0").priority(2).build(),
            Route.builder("vertex").model("claude-3-5-sonnet").modelString("claude-3-5-sonnet@20240620")
                .priority(3).status(RouteStatus.BETA).build()));
  }

  /** The three fixture catalogs (openai, mistral, anthropic), with routes. */
  public static ModelRegistry registry() {
    Map<String, List<Route>> routes = routes();
    return ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("openai", openAi(), routes),
            new FixtureCatalog("mistral", List.of(MIXTRAL), routes),
            new FixtureCatalog("anthropic", List.of(CLAUDE), routes))
        .build();
  }

  /** A run-time model: VISION preset, owner acme, 64k, 1.00/2.00. */
  public static ModelDefinition acmeVision() {
    return ModelDefinition.builder("acme-vision").ownedBy("acme").preset(CapabilityPreset.VISION)
        .contextWindow(64_000).pricing(1.00, 2.00).build();
  }
}
