package dev.modelcatalog.catalog;

import static dev.modelcatalog.runtime.Capability.CHAT;
import static dev.modelcatalog.runtime.Capability.CONTENT_MODERATION;
import static dev.modelcatalog.runtime.Capability.EMBEDDINGS;
import static dev.modelcatalog.runtime.Capability.IMAGE_GENERATION;
import static dev.modelcatalog.runtime.Capability.REASONING;
import static dev.modelcatalog.runtime.Capability.RERANKING;
import static dev.modelcatalog.runtime.Capability.SPEECH;
import static dev.modelcatalog.runtime.Capability.TOOL_CALLING;
import static dev.modelcatalog.runtime.Capability.TRANSCRIPTION;
import static dev.modelcatalog.runtime.Capability.VIDEO;
import static dev.modelcatalog.runtime.Capability.VISION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.Pricing;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in catalog against a table of facts written by hand from the providers' published documentation
 * (model pages, pricing pages, model cards), not from the stubs: a stub that drifts from the documentation fails
 * here.
 *
 * <p>Each row names the flags that are true among {@link #CHECKED}; every other checked flag must be false, so a
 * row checks ten or more flags. Prices are USD per million tokens; a row without prices expects no pricing.
 */
class PublishedFactsTest {

  /** The flags every row checks. */
  static final Set<Capability> CHECKED = EnumSet.of(CHAT, EMBEDDINGS, VISION, VIDEO, REASONING, TOOL_CALLING,
      IMAGE_GENERATION, SPEECH, TRANSCRIPTION, RERANKING, CONTENT_MODERATION);

  record Moe(long total, long active, int experts, int perToken) {}

  record Row(String id, String owner, Set<Capability> flags, int context, int output, Double input, Double output$,
      Moe moe) {
    @Override
    public String toString() {
      return id;
    }
  }

  private static Row row(String id, String owner, Set<Capability> flags, int context, int output, double input,
      double output$) {
    return new Row(id, owner, flags, context, output, input, output$, null);
  }

  private static Row unpriced(String id, String owner, Set<Capability> flags, int context, int output) {
    return new Row(id, owner, flags, context, output, null, null, null);
  }

  private static Row moe(Row row, long total, long active, int experts, int perToken) {
    return new Row(row.id, row.owner, row.flags, row.context, row.output, row.input, row.output$,
        new Moe(total, active, experts, perToken));
  }

  private static Set<Capability> flags(Capability... capabilities) {
    return capabilities.length == 0 ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(List.of(capabilities));
  }

  static Stream<Row> rows() {
    return Stream.of(
        // OpenAI: platform.openai.com/docs/models and /docs/pricing
        row("gpt-4o", "openai", flags(CHAT, VISION, TOOL_CALLING), 128_000, 16_384, 2.50, 10.00),
        row("gpt-4o-mini", "openai", flags(CHAT, VISION, TOOL_CALLING), 128_000, 16_384, 0.15, 0.60),
        row("gpt-4o-realtime-preview", "openai", flags(CHAT, TOOL_CALLING), 128_000, 4_096, 5.00, 20.00),
        row("gpt-4-turbo", "openai", flags(CHAT, VISION, TOOL_CALLING), 128_000, 4_096, 10.00, 30.00),
        row("gpt-4", "openai", flags(CHAT, TOOL_CALLING), 8_192, 8_192, 30.00, 60.00),
        row("gpt-4-32k", "openai", flags(CHAT, TOOL_CALLING), 32_768, 32_768, 60.00, 120.00),
        row("gpt-3.5-turbo", "openai", flags(CHAT, TOOL_CALLING), 16_385, 4_096, 0.50, 1.50),
        row("o1", "openai", flags(CHAT, VISION, TOOL_CALLING, REASONING), 200_000, 100_000, 15.00, 60.00),
        row("o1-preview", "openai", flags(CHAT, REASONING), 128_000, 32_768, 15.00, 60.00),
        row("o1-mini", "openai", flags(CHAT, REASONING), 128_000, 65_536, 1.10, 4.40),
        moe(unpriced("openai/gpt-oss-120b", "openai", flags(CHAT, TOOL_CALLING, REASONING), 131_072, 131_072),
            117_000_000_000L, 5_100_000_000L, 128, 4),
        moe(unpriced("openai/gpt-oss-20b", "openai", flags(CHAT, TOOL_CALLING, REASONING), 131_072, 131_072),
            21_000_000_000L, 3_600_000_000L, 32, 4),
        row("text-embedding-3-large", "openai", flags(EMBEDDINGS), 8_191, 8_191, 0.13, 0.0),
        row("text-embedding-3-small", "openai", flags(EMBEDDINGS), 8_191, 8_191, 0.02, 0.0),
        row("text-embedding-ada-002", "openai", flags(EMBEDDINGS), 8_191, 8_191, 0.10, 0.0),
        row("text-moderation-latest", "openai", flags(CONTENT_MODERATION), 32_768, 32_768, 0.0, 0.0),
        row("dall-e-3", "openai", flags(IMAGE_GENERATION), 4_000, 4_000, 0.0, 0.0),
        row("tts-1", "openai", flags(SPEECH), 4_096, 4_096, 15.00, 0.0),
        row("tts-1-hd", "openai", flags(SPEECH), 4_096, 4_096, 30.00, 0.0),
        row("whisper-1", "openai", flags(TRANSCRIPTION), 448, 448, 0.0, 0.0),
        // Anthropic: docs.anthropic.com models overview and pricing
        row("claude-3-5-sonnet-20241022", "anthropic", flags(CHAT, VISION, TOOL_CALLING), 200_000, 8_192, 3.00,
            15.00),
        row("claude-3-5-haiku-20241022", "anthropic", flags(CHAT, VISION, TOOL_CALLING), 200_000, 8_192, 0.80,
            4.00),
        row("claude-3-opus-20240229", "anthropic", flags(CHAT, VISION, TOOL_CALLING), 200_000, 4_096, 15.00,
            75.00),
        row("claude-3-haiku-20240307", "anthropic", flags(CHAT, VISION, TOOL_CALLING), 200_000, 4_096, 0.25,
            1.25),
        row("claude-2.1", "anthropic", flags(CHAT), 200_000, 4_096, 8.00, 24.00),
        // Meta: model cards on Hugging Face (prices are hosted list prices; Meta sells no API)
        row("meta-llama/Llama-3.3-70B-Instruct", "meta", flags(CHAT, TOOL_CALLING), 131_072, 131_072, 0.88, 0.88),
        row("meta-llama/Llama-3.2-11B-Vision-Instruct", "meta", flags(CHAT, VISION, TOOL_CALLING), 131_072,
            131_072, 0.18, 0.18),
        unpriced("meta-llama/Llama-3.2-1B-Instruct", "meta", flags(CHAT, TOOL_CALLING), 131_072, 131_072),
        row("meta-llama/Meta-Llama-3-8B-Instruct", "meta", flags(CHAT), 8_192, 4_096, 0.18, 0.18),
        row("meta-llama/Llama-2-7b-chat-hf", "meta", flags(CHAT), 4_096, 4_096, 0.20, 0.20),
        // Mistral AI: docs.mistral.ai models overview and pricing
        moe(row("mistralai/Mixtral-8x7B-Instruct-v0.1", "mistral", flags(CHAT), 32_768, 4_096, 0.70, 0.70),
            46_700_000_000L, 12_900_000_000L, 8, 2),
        moe(row("mistralai/Mixtral-8x22B-Instruct-v0.1", "mistral", flags(CHAT, TOOL_CALLING), 65_536, 4_096,
            2.00, 6.00), 141_000_000_000L, 39_000_000_000L, 8, 2),
        row("mistral-large-2411", "mistral", flags(CHAT, TOOL_CALLING), 131_072, 131_072, 2.00, 6.00),
        row("pixtral-12b-2409", "mistral", flags(CHAT, VISION, TOOL_CALLING), 131_072, 131_072, 0.15, 0.15),
        // DeepSeek: api-docs.deepseek.com pricing and the model cards
        moe(row("deepseek-ai/DeepSeek-V3", "deepseek", flags(CHAT, TOOL_CALLING), 128_000, 8_192, 0.27, 1.10),
            671_000_000_000L, 37_000_000_000L, 256, 8),
        moe(row("deepseek-ai/DeepSeek-R1", "deepseek", flags(CHAT, REASONING), 128_000, 32_768, 0.55, 2.19),
            671_000_000_000L, 37_000_000_000L, 256, 8),
        moe(row("deepseek-coder", "deepseek", flags(CHAT, TOOL_CALLING), 128_000, 4_096, 0.14, 0.28),
            236_000_000_000L, 21_000_000_000L, 160, 6),
        // NVIDIA: build.nvidia.com model cards
        unpriced("nvidia/nemotron-4-340b-instruct", "nvidia", flags(CHAT), 4_096, 4_096),
        unpriced("nvidia/nv-embed-v1", "nvidia", flags(EMBEDDINGS), 32_768, 32_768),
        row("nvidia/nv-rerank-qa-mistral-4b", "nvidia", flags(RERANKING), 512, 512, 0.02, 0.0),
        row("nvidia/cosmos-vision", "nvidia", flags(CHAT, VISION, VIDEO, TOOL_CALLING), 32_768, 4_096, 1.00,
            3.00));
  }

  private static ModelRegistry registry;

  @BeforeAll
  static void load() {
    registry = ModelRegistry.loadDefault();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void model_matchesPublishedFacts(Row row) {
    ModelDefinition model = registry.find(row.id).orElseThrow(() -> new AssertionError("missing " + row.id));
    assertEquals(row.id, model.id(), "id");
    assertEquals(row.owner, model.ownedBy(), "owner");
    List<String> wrongFlags = new ArrayList<>();
    for (Capability capability : CHECKED) {
      if (model.has(capability) != row.flags.contains(capability)) {
        wrongFlags.add(capability.attribute() + " should be " + row.flags.contains(capability));
      }
    }
    assertEquals(List.of(), wrongFlags, "flags");
    assertEquals(row.context, model.contextWindow(), "context window");
    assertEquals(row.output, model.maxOutputTokens(), "output limit");
    Optional<Pricing> pricing = model.pricing();
    if (row.input == null) {
      assertTrue(pricing.isEmpty(), "no published price expected, got " + pricing);
    } else {
      Pricing price = pricing.orElseThrow(() -> new AssertionError("no pricing"));
      assertEquals(row.input, price.inputPerMillion(), "input price");
      assertEquals(row.output$, price.outputPerMillion(), "output price");
    }
    if (row.moe == null) {
      assertTrue(model.moe().isEmpty(), "no published MoE configuration expected, got " + model.moe());
    } else {
      assertEquals(MoEConfig.sparse(row.moe.total, row.moe.active, row.moe.experts, row.moe.perToken),
          model.moe().orElseThrow(() -> new AssertionError("no MoE configuration")));
      assertTrue(model.has(Capability.MOE), "moe flag");
    }
  }

  @org.junit.jupiter.api.Test
  void table_coversAtLeastThirtyModels() {
    assertTrue(rows().count() >= 30, "the table must check at least 30 models");
  }
}
