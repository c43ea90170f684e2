package dev.modelcatalog.examples;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.Route;
import java.util.List;

/**
 * A small hand-written catalog for the examples' tests: five providers, ten models, one of each kind; four of
 * them with declared routes, the others with none.
 */
public final class SampleCatalog {

  private SampleCatalog() {}

  public static List<ModelDefinition> models() {
    return List.of(
        ModelDefinition.builder("gpt-4o").name("GPT-4o").ownedBy("openai").provider("openai")
            .preset(CapabilityPreset.VISION).contextWindow(128_000).maxOutputTokens(16_384)
            .aliases("gpt-4o-2024-08-06").tags("flagship").pricing(2.50, 10.00)
            .description("OpenAI's multimodal flagship").build(),
        ModelDefinition.builder("gpt-4o-mini").name("GPT-4o mini").ownedBy("openai").provider("openai")
            .preset(CapabilityPreset.VISION).contextWindow(128_000).maxOutputTokens(16_384)
            .pricing(0.15, 0.60).latency(LatencyPreset.SMALL).build(),
        ModelDefinition.builder("gpt-4").name("GPT-4").ownedBy("openai").provider("openai")
            .contextWindow(8_192).pricing(30.0, 60.0).deprecated(true).replacement("gpt-4o").build(),
        ModelDefinition.builder("o1").name("o1").ownedBy("openai").provider("openai")
            .preset(CapabilityPreset.REASONING).contextWindow(200_000).maxOutputTokens(100_000)
            .latency(LatencyPreset.REASONING).pricing(15.0, 60.0).build(),
        ModelDefinition.builder("text-embedding-3-small").ownedBy("openai").provider("openai")
            .preset(CapabilityPreset.EMBEDDINGS).contextWindow(8_191).pricing(0.02, 0.0).build(),
        ModelDefinition.builder("claude-3-5-sonnet").name("Claude 3.5 Sonnet").ownedBy("anthropic")
            .provider("anthropic").preset(CapabilityPreset.VISION).contextWindow(200_000).maxOutputTokens(8_192)
            .pricing(3.0, 15.0).build(),
        ModelDefinition.builder("meta-llama/Llama-3.1-8B-Instruct").name("Llama 3.1 8B Instruct").ownedBy("meta")
            .provider("meta").contextWindow(131_072).latency(LatencyPreset.SMALL).pricing(0.05, 0.08)
            .tags("open-weights").build(),
        ModelDefinition.builder("meta-llama/Llama-3.1-70B-Instruct").name("Llama 3.1 70B Instruct")
            .ownedBy("meta").provider("meta").contextWindow(131_072).latency(LatencyPreset.LARGE)
            .pricing(0.60, 0.80).tags("open-weights").build(),
        ModelDefinition.builder("mistralai/Mixtral-8x7B-Instruct-v0.1").name("Mixtral 8x7B Instruct")
            .ownedBy("mistral").provider("mistral").contextWindow(32_768)
            .moe(MoEConfig.sparse(46_700_000_000L, 12_900_000_000L, 8, 2)).pricing(0.45, 0.70)
            .tags("open-weights").build(),
        ModelDefinition.builder("deepseek-ai/DeepSeek-R1").name("DeepSeek R1").ownedBy("deepseek")
            .provider("deepseek").preset(CapabilityPreset.REASONING).contextWindow(128_000)
            .moe(MoEConfig.sparse(671_000_000_000L, 37_000_000_000L, 256, 8))
            .latency(LatencyPreset.REASONING).capability(Capability.TOOL_CALLING, false)
            .pricing(Pricing.builder().inputPerMillion(0.55).outputPerMillion(2.19).cachedInputPerMillion(0.14)
                .build())
            .build());
  }

  /** Routes to gpt-4o, o1, Mixtral and DeepSeek R1 (one of them in beta, one in maintenance). */
  public static List<Route> routes() {
    return List.of(
        Route.builder("direct").model("gpt-4o").priority(1).build(),
        Route.builder("openrouter").model("gpt-4o").modelString("openai/gpt-4o").priority(2).build(),
        Route.builder("azure").model("gpt-4o").modelString("gpt-4o-2024-08-06").priority(3).inputPerMillion(2.75)
            .outputPerMillion(11.0).build(),
        Route.builder("direct").model("o1").build(),
        Route.builder("direct").model("mistralai/Mixtral-8x7B-Instruct-v0.1").modelString("open-mixtral-8x7b")
            .build(),
        Route.builder("groq").model("mistralai/Mixtral-8x7B-Instruct-v0.1").modelString("mixtral-8x7b-32768")
            .priority(2).status(RouteStatus.MAINTENANCE).build(),
        Route.builder("together").model("deepseek-ai/DeepSeek-R1").priority(1).status(RouteStatus.BETA).build(),
        Route.builder("direct").model("deepseek-ai/DeepSeek-R1").modelString("deepseek-reasoner").priority(2)
            .build());
  }

  /** A registry of {@link #models()} and {@link #routes()} only, without the class path's catalogs. */
  public static ModelRegistry registry() {
    ModelRegistry registry = ModelRegistry.builder().autoCreate(false).addDefinitions(models()).build();
    routes().forEach(registry::addRoute);
    return registry;
  }
}
