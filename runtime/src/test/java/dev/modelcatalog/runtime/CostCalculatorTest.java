package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exact cost arithmetic: every expected amount below is worked out by hand from the fixture prices. */
class CostCalculatorTest {

  @Test
  void cost_tokensWithCachedInput_isExact() {
    // 2,000 uncached * 2.50 + 10,000 cached * 1.25 + 800 out * 10.00, per million: 0.005 + 0.0125 + 0.008
    CostBreakdown cost = CostCalculator.cost(Fixtures.GPT_4O, Usage.tokens(12_000, 800).withCachedInputTokens(10_000));
    assertEquals(new BigDecimal("0.00500000"), cost.input());
    assertEquals(new BigDecimal("0.01250000"), cost.cachedInput());
    assertEquals(new BigDecimal("0.00800000"), cost.output());
    assertEquals(new BigDecimal("0.02550000"), cost.total());
    assertEquals("USD", cost.currency());
  }

  @Test
  void cost_decimalPrices_neverAccumulateBinaryError() {
    // 0.1 + 0.2 is 0.30000000000000004 in doubles; here it must be exactly 0.3.
    Pricing pricing = Pricing.of(0.1, 0.2);
    assertEquals(new BigDecimal("0.30000000"),
        CostCalculator.cost("m", pricing, Usage.tokens(1_000_000, 1_000_000)).total());
    assertEquals(new BigDecimal("0.30000000"), pricing.cost(1_000_000, 1_000_000));
  }

  @Test
  void cost_images_usesPerImagePrice() {
    CostBreakdown cost = CostCalculator.cost(Fixtures.DALL_E_3, Usage.NONE.withImages(3));
    assertEquals(new BigDecimal("0.12000000"), cost.images());
    assertEquals(new BigDecimal("0.12000000"), cost.total());
    assertEquals(Optional.of(new BigDecimal("0.12000000")), Fixtures.DALL_E_3.pricing().orElseThrow().imageCost(3));
  }

  @Test
  void cost_audioMinutes_usesPerMinutePrice() {
    CostBreakdown cost = CostCalculator.cost(Fixtures.WHISPER_1, Usage.NONE.withAudioMinutes(new BigDecimal("2.5")));
    assertEquals(new BigDecimal("0.01500000"), cost.audio());
    assertEquals(new BigDecimal("0.01500000"), cost.total());
  }

  @Test
  void cost_cacheWrites_useCacheWritePrice() {
    Pricing pricing = Pricing.builder().inputPerMillion(3).outputPerMillion(15).cacheWritePerMillion(3.75).build();
    CostBreakdown cost = CostCalculator.cost("claude", pricing, Usage.tokens(0, 0).withCacheWriteTokens(200_000));
    assertEquals(new BigDecimal("0.75000000"), cost.cacheWrite());
  }

  @Test
  void cost_imagesOnModelWithoutImagePrice_namesTheMissingPrice() {
    PriceNotOfferedException e = assertThrows(PriceNotOfferedException.class,
        () -> CostCalculator.cost(Fixtures.GPT_4O, Usage.NONE.withImages(1)));
    assertEquals("pricing.perImage", e.field());
  }

  @Test
  void imageCost_notOffered_isEmpty() {
    assertEquals(Optional.empty(), Fixtures.GPT_4O.pricing().orElseThrow().imageCost(2));
    assertEquals(Optional.empty(), Fixtures.GPT_4O.pricing().orElseThrow().audioCost(BigDecimal.ONE));
  }

  @Test
  void usage_moreCachedThanInput_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Usage.tokens(10, 0).withCachedInputTokens(11));
    assertEquals(true, e.getMessage().startsWith("cachedInputTokens"));
  }

  @Test
  void usage_reasoningAndAudioAboveTheOutput_isRejectedEvenWhereTheirSumOverflows() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Usage.tokens(0, 10).withAudioOutputTokens(2).withReasoningTokens(Long.MAX_VALUE));
    assertEquals(true, e.getMessage().startsWith("reasoningTokens"), e.getMessage());
  }

  @Test
  void usage_negativeCount_namesTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Usage.tokens(-1, 0));
    assertEquals(true, e.getMessage().startsWith("inputTokens"));
  }

  @Test
  void cheapestModel_chat_picksLowestExactCost() {
    // gpt-4o-mini: 1000*0.15 + 500*0.60 = 450 per million = 0.00045; mixtral 0.00105; gpt-3.5 0.00125
    PricedModel cheapest = Fixtures.registry().cheapestModel(1_000, 500, Capability.CHAT).orElseThrow();
    assertEquals("gpt-4o-mini", cheapest.model().id());
    assertEquals(new BigDecimal("0.00045000"), cheapest.cost());
    assertEquals("USD", cheapest.currency());
  }

  @Test
  void cheapestModel_longOutput_skipsModelsWhoseLimitsDoNotHoldIt() {
    // 20,000 output tokens: gpt-4o-mini, gpt-4o (16,384), gpt-3.5 (4,096) and claude (8,192) cannot produce them.
    PricedModel cheapest = Fixtures.registry().cheapestModel(1_000, 20_000, Capability.CHAT).orElseThrow();
    assertEquals("mixtral-8x7b", cheapest.model().id());
    assertEquals(new BigDecimal("0.01470000"), cheapest.cost());
  }

  @Test
  void cheapestModel_reasoning_isTheOnlyReasoningModel() {
    PricedModel cheapest = Fixtures.registry().cheapestModel(1_000, 500, Capability.REASONING).orElseThrow();
    assertEquals("o1", cheapest.model().id());
    assertEquals(new BigDecimal("0.04500000"), cheapest.cost());
  }

  @Test
  void cheapest_currencyInAnyCase_isTheIsoCode() {
    List<ModelDefinition> all = Fixtures.registry().all();
    PricedModel upper = CostCalculator.cheapest(all, 1_000, 500, "USD").orElseThrow();
    PricedModel lower = CostCalculator.cheapest(all, 1_000, 500, "usd").orElseThrow();
    assertEquals(upper.model(), lower.model());
    assertEquals("USD", lower.currency());
    assertThrows(IllegalArgumentException.class, () -> CostCalculator.cheapest(all, 1_000, 500, "$"));
  }

  @Test
  void cheapest_onlyAmongModelsPricedInTheCurrency() {
    ModelDefinition euro = ModelDefinition.builder("euro").contextWindow(8192)
        .pricing(Pricing.builder().inputPerMillion(0.01).outputPerMillion(0.01).currency("EUR").build()).build();
    ModelDefinition dollar = ModelDefinition.builder("dollar").contextWindow(8192).pricing(1, 1).build();
    ModelDefinition unpriced = ModelDefinition.builder("unpriced").contextWindow(8192).build();
    List<ModelDefinition> all = List.of(unpriced, euro, dollar);
    assertEquals("dollar", CostCalculator.cheapest(all, 1_000, 500, "USD").orElseThrow().model().id());
    assertEquals("euro", CostCalculator.cheapest(all, 1_000, 500, "eur").orElseThrow().model().id());
    assertEquals(Optional.empty(), CostCalculator.cheapest(all, 1_000, 500, "GBP"));
  }

  @Test
  void cheapest_requestFillingTheWindowExactly_fits() {
    ModelDefinition small = ModelDefinition.builder("small").contextWindow(1_500).maxOutputTokens(500)
        .pricing(1, 1).build();
    List<ModelDefinition> one = List.of(small);
    assertEquals("small", CostCalculator.cheapest(one, 1_000, 500, "USD").orElseThrow().model().id());
    assertEquals(Optional.empty(), CostCalculator.cheapest(one, 1_001, 500, "USD"), "one token past the window");
    assertEquals(Optional.empty(), CostCalculator.cheapest(one, 900, 501, "USD"), "past the output limit");
  }

  /** Counts near Long.MAX_VALUE must not wrap around to a sum that seems to fit every window. */
  @Test
  void cheapest_hugeTokenCounts_fitNoModel() {
    ModelRegistry registry = Fixtures.registry();
    assertEquals(Optional.empty(), registry.cheapestModel(Long.MAX_VALUE, 1, Capability.CHAT));
    assertEquals(Optional.empty(), registry.cheapestModel(1, Long.MAX_VALUE, Capability.CHAT));
    assertEquals(Optional.empty(), registry.cheapestModel(Long.MAX_VALUE, Long.MAX_VALUE));
  }

  /** A model that takes fewer prompt tokens than its window holds cannot take a longer prompt. */
  @Test
  void cheapest_promptAboveTheModelsInputLimit_doesNotFit() {
    ModelDefinition shortInput = ModelDefinition.builder("short-input").contextWindow(128_000).maxInputTokens(1_000)
        .pricing(0.001, 0.001).build();
    ModelDefinition dearer = ModelDefinition.builder("dearer").contextWindow(128_000).pricing(1, 1).build();
    List<ModelDefinition> both = List.of(shortInput, dearer);
    assertEquals("short-input", CostCalculator.cheapest(both, 1_000, 10, "USD").orElseThrow().model().id());
    assertEquals("dearer", CostCalculator.cheapest(both, 1_001, 10, "USD").orElseThrow().model().id());
  }

  @Test
  void cheapest_negativeCount_namesTheParameter() {
    ModelRegistry registry = Fixtures.registry();
    assertEquals("promptTokens: -5 is negative; give a count of at least 0",
        assertThrows(IllegalArgumentException.class, () -> registry.cheapestModel(-5, 10)).getMessage());
    assertEquals("outputTokens: -1 is negative; give a count of at least 0",
        assertThrows(IllegalArgumentException.class, () -> registry.cheapestModel(5, -1)).getMessage());
    assertEquals("maxOutputTokens: -1 is negative; give a count of at least 0",
        assertThrows(IllegalArgumentException.class, () -> registry.cheapestRoute(5, -1)).getMessage());
  }

  @Test
  void cost_modelWithoutPricing_saysSoInPlainWords() {
    ModelDefinition unpriced = ModelDefinition.builder("acme/free").contextWindow(8192).build();
    PriceNotOfferedException e = assertThrows(PriceNotOfferedException.class,
        () -> CostCalculator.cost(unpriced, Usage.tokens(1, 1)));
    assertEquals("model 'acme/free' has no pricing, so its requests cannot be priced; give the model prices",
        e.getMessage());
    assertEquals("pricing", e.field());
  }

  /** Without a cached price, cached tokens of a long-context request are charged the base input price. */
  @Test
  void cost_longContextCachedTokensWithoutCachedPrice_useTheBaseInputPrice() {
    Pricing tiered = Pricing.builder().inputPerMillion(1.25).outputPerMillion(10).longContextThreshold(200_000)
        .longContextInputPerMillion(2.50).longContextOutputPerMillion(15).build();
    // 200,000 uncached * 2.50 + 100,000 cached * 1.25, per million: 0.5 + 0.125
    CostBreakdown cost = CostCalculator.cost("m", tiered, Usage.tokens(300_000, 0).withCachedInputTokens(100_000));
    assertEquals(new BigDecimal("0.12500000"), cost.cachedInput());
    assertEquals(new BigDecimal("0.62500000"), cost.total());
  }

  @Test
  void cheapestModel_nothingQualifies_isEmpty() {
    assertEquals(Optional.empty(), Fixtures.registry().cheapestModel(1_000, 500, Capability.RERANKING));
  }
}
