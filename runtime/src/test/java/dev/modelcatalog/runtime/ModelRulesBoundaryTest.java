package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules on numbers, at their edges: the last value a rule accepts passes, the first it refuses is reported with
 * its code, on its field. The same rules check models registered at run time and read from JSON, so a rule that
 * stopped running, or moved its edge by one, would let a bad definition into a registry. The model-facts rules
 * (architecture, limits, the prices beyond tokens) have their cases in {@link ModelFactsTest}; the edges here are
 * the ones it does not stand on.
 */
class ModelRulesBoundaryTest {

  private static final long JANUARY_2024 = 1_704_067_200L;

  private static ModelDefinition.Builder chat() {
    return ModelDefinition.builder("m").contextWindow(8192).preset(CapabilityPreset.CHAT);
  }

  private static Pricing.Builder price() {
    return Pricing.builder().inputPerMillion(1.0).outputPerMillion(2.0);
  }

  private static LatencyProfile latency(double ttftMean, double itlMean, double multiplier) {
    return new LatencyProfile(ttftMean, 0, itlMean, 0, multiplier, multiplier, multiplier, multiplier, multiplier);
  }

  private static Arguments edge(String what, UnaryOperator<ModelDefinition.Builder> change, String... problems) {
    return Arguments.of(what, change, List.of(problems));
  }

  static Stream<Arguments> edges() {
    return Stream.of(
        // limits
        edge("output as long as the context", b -> b.maxOutputTokens(8192)),
        edge("output one past the context", b -> b.maxOutputTokens(8193), "max-output-exceeds-context@maxOutputTokens"),
        edge("no context", b -> b.contextWindow(0), "context-window-not-positive@contextWindow"),
        edge("input as long as the context", b -> b.maxInputTokens(8192)),
        edge("input one past the context", b -> b.maxInputTokens(8193), "max-input-exceeds-context@maxInputTokens"),
        edge("negative image limit", b -> b.maxImagesPerRequest(-1), "fact-not-positive@maxImagesPerRequest"),
        // mixture of experts
        edge("all parameters active", b -> b.moe(MoEConfig.sparse(100, 100, 8, 8))),
        edge("more active than total", b -> b.moe(MoEConfig.sparse(100, 101, 8, 2)),
            "moe-active-exceeds-total@moe.activeParams"),
        edge("more experts per token than experts", b -> b.moe(MoEConfig.sparse(100, 10, 8, 9)),
            "moe-experts-per-token-exceeds-experts@moe.expertsPerToken"),
        edge("no parameters", b -> b.moe(MoEConfig.sparse(0, 10, 8, 2)),
            "moe-total-params-not-positive@moe.totalParams"),
        edge("no active parameters", b -> b.moe(MoEConfig.sparse(100, 0, 8, 2)),
            "moe-active-params-not-positive@moe.activeParams"),
        edge("no experts", b -> b.moe(MoEConfig.sparse(100, 10, 0, 0)),
            "moe-experts-not-positive@moe.numExperts", "moe-experts-per-token-not-positive@moe.expertsPerToken"),
        // latency
        edge("multipliers of exactly 1", b -> b.latency(latency(0.3, 0.05, 1.0))),
        edge("multipliers just below 1", b -> b.latency(latency(0.3, 0.05, 0.99)),
            "latency-multiplier-below-one@latency.vision", "latency-multiplier-below-one@latency.audio",
            "latency-multiplier-below-one@latency.video", "latency-multiplier-below-one@latency.reasoning",
            "latency-multiplier-below-one@latency.toolCalling"),
        edge("a chat model answering at once", b -> b.latency(latency(0.0, 0.05, 1.5)),
            "latency-zero-mean@latency.ttftMean"),
        edge("an embedding model answering at once", b -> b.preset(CapabilityPreset.EMBEDDINGS)
            .latency(latency(0.0, 0.0, 1.5))),
        edge("a negative inter-token time", b -> b.latency(latency(0.3, -0.01, 1.5)),
            "latency-negative@latency.itlMean"),
        edge("an endless time to first token", b -> b.latency(latency(Double.POSITIVE_INFINITY, 0.05, 1.5)),
            "latency-not-finite@latency.ttftMean"),
        // prices
        edge("free", b -> b.pricing(0, 0)),
        edge("a negative output price", b -> b.pricing(1, -0.01), "price-negative@pricing.outputPerMillion"),
        edge("a NaN input price", b -> b.pricing(Double.NaN, 1), "price-not-finite@pricing.inputPerMillion"),
        edge("cached as dear as uncached", b -> b.pricing(price().cachedInputPerMillion(1.0).build())),
        edge("cached dearer than uncached", b -> b.pricing(price().cachedInputPerMillion(1.01).build()),
            "cached-price-above-input@pricing.cachedInputPerMillion"),
        edge("negative cache writes", b -> b.pricing(price().cacheWritePerMillion(-1.0).build()),
            "price-negative@pricing.cacheWritePerMillion"),
        edge("negative images", b -> b.preset(CapabilityPreset.VISION).pricing(price().perImage(-1.0).build()),
            "price-negative@pricing.perImage"),
        edge("negative audio minutes", b -> b.pricing(price().audioPerMinute(-1.0).build()),
            "price-negative@pricing.audioPerMinute", "price-without-capability@pricing.audioPerMinute"),
        edge("negative audio input", b -> b.pricing(price().audioInputPerMillion(-1.0).build()),
            "price-negative@pricing.audioInputPerMillion"),
        edge("negative audio output", b -> b.pricing(price().audioOutputPerMillion(-1.0).build()),
            "price-negative@pricing.audioOutputPerMillion"),
        edge("negative per request", b -> b.pricing(price().perRequest(-1.0).build()),
            "price-negative@pricing.perRequest"),
        edge("a lower-case currency", b -> b.pricing(price().currency("usd").build()),
            "currency-invalid@pricing.currency"),
        edge("a tier just inside the context", b -> b.pricing(price().longContextThreshold(8191)
            .longContextInputPerMillion(2.0).longContextOutputPerMillion(4.0).build())),
        edge("a negative tier price", b -> b.pricing(price().longContextThreshold(4096)
            .longContextInputPerMillion(-2.0).longContextOutputPerMillion(-4.0).build()),
            "price-negative@pricing.longContextInputPerMillion", "price-negative@pricing.longContextOutputPerMillion"),
        edge("a tier without a threshold", b -> b.pricing(price().longContextOutputPerMillion(4.0).build()),
            "long-context-without-threshold@pricing.longContextOutputPerMillion"),
        edge("a negative threshold", b -> b.pricing(price().longContextThreshold(-1).build()),
            "long-context-threshold-invalid@pricing.longContextThreshold"),
        // dates
        edge("created at the earliest time", b -> b.created(ModelRules.EARLIEST_CREATED)),
        edge("created a second before it", b -> b.created(ModelRules.EARLIEST_CREATED - 1),
            "created-too-early@created"),
        edge("trained up to the month of creation", b -> b.created(JANUARY_2024).trainingCutoff("2024-01")),
        edge("trained past the month of creation", b -> b.created(JANUARY_2024).trainingCutoff("2024-02"),
            "training-cutoff-after-created@trainingCutoff"),
        edge("deprecated on the day of creation", b -> b.created(JANUARY_2024).deprecated(true).replacement("n")
            .deprecationDate("2024-01-01")),
        edge("deprecated the day before", b -> b.created(JANUARY_2024).deprecated(true).replacement("n")
            .deprecationDate("2023-12-31"), "deprecated-before-created@deprecationDate"),
        // architecture: the edges ModelFactsTest does not stand on
        edge("heads not stated", b -> b.hiddenSize(4096)),
        edge("a negative head count, reported once", b -> b.hiddenSize(4096).numHeads(-3),
            "fact-not-positive@numHeads"),
        edge("a malformed cutoff, reported once", b -> b.created(JANUARY_2024).trainingCutoff("2099-99"),
            "training-cutoff-format@trainingCutoff"),
        edge("a negative cached price", b -> b.pricing(price().cachedInputPerMillion(-0.5).build()),
            "price-negative@pricing.cachedInputPerMillion"),
        // ids: ASCII letters and digits from end to end, and punctuation
        edge("letters and digits at the ends of their ranges", b -> b.id("azAZ09")),
        edge("a character between the ranges", b -> b.id("gpt`4"), "id-invalid-char@id"),
        edge("a character past them", b -> b.id("gpt{4"), "id-invalid-char@id"),
        edge("an alias repeating the id", b -> b.aliases("m"), "alias-equals-id@aliases[0]"),
        edge("an alias listed twice", b -> b.aliases("m-1", "m-2", "m-1"), "alias-repeated@aliases[2]"),
        // ids named elsewhere
        edge("a replacement naming the model itself", b -> b.deprecated(true).replacement("m"),
            "self-reference@replacement"),
        edge("a base model with a space", b -> b.baseModel("gpt 4"), "id-whitespace@baseModel"));
  }

  @Test
  void checkIdSyntax_aloneReportsUnderTheGivenField() {
    assertEquals(List.of(), ModelRules.checkIdSyntax("baseModel", "openai/gpt-4o"));
    List<Problem> problems = ModelRules.checkIdSyntax("baseModel", "gpt 4");
    assertEquals(1, problems.size());
    assertEquals("id-whitespace", problems.get(0).code());
    assertEquals("baseModel", problems.get(0).field());
  }

  @Test
  void priceForAMissingCapability_namesTheCapabilitiesThatWouldUseIt() {
    List<Problem> problems = chat().pricing(price().perImage(0.04).build()).problems();
    assertEquals(1, problems.size(), problems.toString());
    // in the order of Capability
    assertTrue(problems.get(0).message().contains("(" + List.of(Capability.VISION.attribute(),
        Capability.IMAGE_GENERATION.attribute()) + ")"), problems.get(0).message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edges")
  void rule_atItsEdge(String what, UnaryOperator<ModelDefinition.Builder> change, List<String> expected) {
    assertEquals(expected, ModelRulesTest.problems(change.apply(chat())), what);
  }
}
