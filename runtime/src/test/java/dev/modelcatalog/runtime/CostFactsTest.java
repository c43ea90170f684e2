package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Prices beyond tokens; every expected amount is worked out by hand from the prices in the test. */
class CostFactsTest {

  /** 1.25 in, 10 out, 0.125 cached; reasoning 12, audio 40 in / 80 out; 0.005 a request; above 200k: 2.50 / 15. */
  private static final Pricing PRICES = Pricing.builder().inputPerMillion(1.25).outputPerMillion(10)
      .cachedInputPerMillion(0.125).reasoningPerMillion(12).audioInputPerMillion(40).audioOutputPerMillion(80)
      .perRequest(0.005).longContextThreshold(200_000).longContextInputPerMillion(2.50)
      .longContextOutputPerMillion(15).build();

  @Test
  void cost_reasoningAndAudioTokens_useTheirOwnPrices() {
    // 1,000 in: 400 text * 1.25 + 600 audio * 40; 1,000 out: 300 text * 10 + 500 reasoning * 12 + 200 audio * 80
    Usage usage = Usage.tokens(1_000, 1_000).withAudioInputTokens(600).withReasoningTokens(500)
        .withAudioOutputTokens(200);
    CostBreakdown cost = CostCalculator.cost("m", PRICES, usage);
    assertEquals(new BigDecimal("0.00050000"), cost.input());
    assertEquals(new BigDecimal("0.02400000"), cost.audioInput());
    assertEquals(new BigDecimal("0.00300000"), cost.output());
    assertEquals(new BigDecimal("0.00600000"), cost.reasoning());
    assertEquals(new BigDecimal("0.01600000"), cost.audioOutput());
    assertEquals(new BigDecimal("0.00500000"), cost.perRequest());
    assertEquals(new BigDecimal("0.05450000"), cost.total());
    assertFalse(cost.longContext());
  }

  @Test
  void cost_withoutReasoningOrAudioPrices_chargesTheTokenPrices() {
    Pricing plain = Pricing.of(2, 8);
    // 1,000 in * 2 (600 of them audio) + 1,000 out * 8 (500 reasoning): 0.002 + 0.008
    Usage usage = Usage.tokens(1_000, 1_000).withAudioInputTokens(600).withReasoningTokens(500);
    assertEquals(new BigDecimal("0.01000000"), CostCalculator.cost("m", plain, usage).total());
  }

  @Test
  void cost_aboveTheThreshold_chargesEveryTokenAtTheLongContextPrice() {
    // 200,000 in is not above the threshold: 200,000 * 1.25 + 1,000 * 10 + 0.005 = 0.25 + 0.01 + 0.005
    assertEquals(new BigDecimal("0.26500000"), PRICES.cost(200_000, 1_000, 0));
    // 200,001 in: 200,001 * 2.50 + 1,000 * 15 + 0.005 = 0.5000025 + 0.015 + 0.005
    assertEquals(new BigDecimal("0.52000250"), PRICES.cost(200_001, 1_000, 0));
    // cached tokens keep the cached price: 100,001 * 2.50 + 100,000 * 0.125 + 0.005
    assertEquals(new BigDecimal("0.26750250"), PRICES.cost(200_001, 0, 100_000));
    assertTrue(CostCalculator.cost("m", PRICES, Usage.tokens(300_000, 0)).longContext());
  }

  @Test
  void cost_perRequest_isChargedOncePerRequest() {
    assertEquals(new BigDecimal("0.00500000"), PRICES.cost(0, 0));
  }

  @Test
  void usage_overlappingTokenKinds_areRejected() {
    IllegalArgumentException audio = assertThrows(IllegalArgumentException.class,
        () -> Usage.tokens(100, 0).withCachedInputTokens(60).withAudioInputTokens(50));
    assertTrue(audio.getMessage().startsWith("audioInputTokens:"), audio.getMessage());
    IllegalArgumentException reasoning = assertThrows(IllegalArgumentException.class,
        () -> Usage.tokens(0, 100).withReasoningTokens(70).withAudioOutputTokens(40));
    assertTrue(reasoning.getMessage().startsWith("reasoningTokens:"), reasoning.getMessage());
  }

  @Test
  void usageStats_longContextRequests_arePricedPerRequestNotOnTheSums() {
    ModelDefinition model = ModelDefinition.builder("acme/long").contextWindow(1_000_000).pricing(PRICES).build();
    UsageRecorder recorder = ModelRegistry.builder().addDefinitions(model).build().usage();
    recorder.record(model.id(), 150_000, 0, 0, 1_000L);
    recorder.record(model.id(), 250_000, 0, 0, 1_000L);
    // 150,000 * 1.25 + 0.005 = 0.1925 and 250,000 * 2.50 + 0.005 = 0.63; the sums (400,000 in) priced as one
    // request would give 1.005.
    assertEquals(new BigDecimal("0.82250000"), recorder.stats(model.id()).orElseThrow().cost("USD"));
  }
}
