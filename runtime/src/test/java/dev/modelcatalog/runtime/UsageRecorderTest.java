package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsageRecorderTest {

  static final ModelDefinition GPT_4O = ModelDefinition.builder("gpt-4o").provider("openai").contextWindow(128_000)
      .aliases("gpt-4o-2024-08-06")
      .pricing(Pricing.builder().inputPerMillion(2.5).outputPerMillion(10).cachedInputPerMillion(1.25).build())
      .build();
  static final ModelDefinition MINI = ModelDefinition.builder("gpt-4o-mini").provider("openai").contextWindow(128_000)
      .pricing(0.15, 0.6).build();
  static final ModelDefinition TENTH = ModelDefinition.builder("tenth").contextWindow(8192).pricing(0.1, 0.1).build();
  static final ModelDefinition UNPRICED = ModelDefinition.builder("llama-local").contextWindow(8192).build();
  static final ModelDefinition EURO = ModelDefinition.builder("mistral-small").contextWindow(32_000)
      .pricing(Pricing.builder().inputPerMillion(0.2).outputPerMillion(0.6).currency("EUR").build()).build();

  ModelRegistry registry;
  UsageRecorder usage;

  @BeforeEach
  void setUp() {
    registry = ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("openai", GPT_4O, MINI))
        .addDefinitions(TENTH, UNPRICED, EURO)
        .build();
    usage = registry.usage();
  }

  private UsageStats stats(String id) {
    return usage.stats(id).orElseThrow();
  }

  @Test
  void record_countAboveTheCeiling_isRejectedAndRecordsNothing() {
    ModelRegistry registry = Fixtures.registry();
    long above = UsageRecorder.MAX_TOKENS_PER_REQUEST + 1;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> registry.recordUsage("gpt-4o", above, 0, 0, 1L));
    assertTrue(e.getMessage().startsWith("inputTokens: " + above), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> registry.recordUsage("gpt-4o", 0, Long.MAX_VALUE, 0, 1L));
    assertTrue(registry.usageStats("gpt-4o").isEmpty(), "nothing recorded");
    registry.recordUsage("gpt-4o", UsageRecorder.MAX_TOKENS_PER_REQUEST, 0, 0, 1L);
    registry.recordUsage("gpt-4o", UsageRecorder.MAX_TOKENS_PER_REQUEST, 0, 0, 1L);
    assertEquals(2 * UsageRecorder.MAX_TOKENS_PER_REQUEST, registry.usageStats("gpt-4o").orElseThrow().inputTokens());
  }

  @Test
  void record_everySpelling_countsUnderTheCanonicalId() {
    usage.record("gpt-4o", 100, 10, 0, 1_000_000);
    usage.record("GPT_4O", 200, 20, 50, 1_000_000);
    usage.record("gpt-4o-2024-08-06", 300, 30, 100, 1_000_000);
    usage.record("gpt4o", 400, 40, 0, 1_000_000);
    UsageStats stats = stats("gpt-4o");
    assertEquals("gpt-4o", stats.model());
    assertEquals(4, stats.requests());
    assertEquals(1000, stats.inputTokens());
    assertEquals(100, stats.outputTokens());
    assertEquals(150, stats.cachedTokens());
    assertEquals(stats, stats("GPT_4O"), "stats are found by any spelling too");
    assertEquals(0, usage.other().requests());
  }

  @Test
  void cost_isTheExactSumOfEveryRequestsCost() {
    long[][] requests = {{1000, 500, 200}, {12_345, 678, 0}, {1, 1, 1}, {999_999, 3, 999_000}};
    BigDecimal expected = BigDecimal.ZERO;
    for (long[] r : requests) {
      usage.record("gpt-4o", r[0], r[1], r[2], 1);
      expected = expected.add(GPT_4O.pricing().orElseThrow().cost(r[0], r[1], r[2]));
    }
    assertEquals(0, expected.compareTo(stats("gpt-4o").cost("USD")), "expected " + expected);
    assertEquals(Map.of("USD", stats("gpt-4o").cost("USD")), stats("gpt-4o").cost());
    assertEquals(stats("gpt-4o").cost("USD"), stats("gpt-4o").cost(" usd"), "a code in any case is the same code");
    assertThrows(IllegalArgumentException.class, () -> stats("gpt-4o").cost("dollars"));
  }

  @Test
  void cost_ofPricesThatDoublesCannotHold_addsUpExactly() {
    // 0.1 has no exact double: ten requests at 0.1 per million would sum to 0.9999999999999999 in doubles.
    for (int i = 0; i < 10; i++) {
      usage.record("tenth", 1_000_000, 0, 0, 1);
    }
    assertEquals(new BigDecimal("1.00000000"), stats("tenth").cost("USD"));
  }

  @Test
  void cost_keepsTheModelsCurrency() {
    usage.record("mistral-small", 1_000_000, 1_000_000, 0, 1);
    assertEquals(Map.of("EUR", new BigDecimal("0.80000000")), stats("mistral-small").cost());
    assertEquals(BigDecimal.ZERO, stats("mistral-small").cost("USD"));
  }

  @Test
  void cost_ofAModelWithoutPricing_isEmpty_andItsRequestsAreCountedAsUnpriced() {
    usage.record("llama-local", 10, 10, 0, 1);
    assertTrue(stats("llama-local").cost().isEmpty());
    assertEquals(1, stats("llama-local").unpricedRequests());
    usage.record("gpt-4o-mini", 10, 10, 0, 1);
    assertEquals(0, stats("gpt-4o-mini").unpricedRequests());
    assertFalse(stats("gpt-4o-mini").cost().isEmpty());
  }

  @Test
  void replace_withANewPrice_keepsEarlierRequestsAtTheOldPrice() {
    usage.record("gpt-4o-mini", 1_000_000, 0, 0, 1);
    registry.replace(MINI.toBuilder().pricing(0.3, 1.2).build());
    usage.record("gpt-4o-mini", 1_000_000, 0, 0, 1);
    UsageStats stats = stats("gpt-4o-mini");
    assertEquals(2, stats.requests());
    assertEquals(new BigDecimal("0.45000000"), stats.cost("USD"), "0.15 before the replace, 0.30 after");
  }

  @Test
  void unknownOrNullId_isCountedInTheOtherBucket() {
    usage.record("gpt-5", 10, 20, 0, 1);
    usage.record("gpt-4", 1, 2, 0, 1);
    usage.record(null, 1, 1, 0, 1);
    assertTrue(usage.stats("gpt-5").isEmpty());
    UsageStats other = usage.other();
    assertEquals(UsageRecorder.OTHER, other.model());
    assertEquals(3, other.requests());
    assertEquals(12, other.inputTokens());
    assertEquals(other, stats(UsageRecorder.OTHER));
    assertTrue(other.cost().isEmpty());
    assertEquals(3, other.unpricedRequests());
  }

  @Test
  void modelsBeyondTheLimit_goToTheOtherBucket_withTheirCost() {
    UsageRecorder small = new UsageRecorder(registry, 2);
    small.record("gpt-4o", 1, 1, 0, 1);
    small.record("llama-local", 1, 1, 0, 1);
    small.record("tenth", 1_000_000, 0, 0, 1);
    small.record("gpt-4o-mini", 1_000_000, 0, 0, 1);
    small.record("gpt-4o", 1, 1, 0, 1);
    assertEquals(2, small.trackedModels());
    assertEquals(2, small.stats("gpt-4o").orElseThrow().requests());
    assertTrue(small.stats("tenth").isEmpty());
    UsageStats other = small.other();
    assertEquals(2, other.requests());
    assertEquals(new BigDecimal("0.25000000"), other.cost("USD"), "0.10 for tenth plus 0.15 for gpt-4o-mini");
  }

  @Test
  void manyDistinctSpellings_keepTheCacheBounded_andAreAllCounted() {
    UsageRecorder small = new UsageRecorder(registry, 2);
    int spellings = 5_000;
    for (int i = 0; i < spellings; i++) {
      small.record("unknown-model-" + i, 1, 0, 0, 1);
    }
    small.record("gpt-4o", 1, 0, 0, 1);
    assertEquals(spellings, small.other().requests());
    assertEquals(1, small.stats("gpt-4o").orElseThrow().requests(), "a new spelling still resolves past the bound");
    assertTrue(small.cachedSpellings() <= 64, "cached " + small.cachedSpellings());
  }

  @Test
  void removedModel_keepsItsHistory_andLaterRequestsForItGoToOther() {
    usage.record("gpt-4o", 1, 1, 0, 1);
    registry.remove("gpt-4o");
    usage.record("gpt-4o", 1, 1, 0, 1);
    assertEquals(1, stats("gpt-4o").requests());
    assertEquals(1, usage.other().requests());
  }

  @Test
  void registeredAfterFirstSight_countsUnderItsOwnId() {
    usage.record("brand-new", 1, 1, 0, 1);
    registry.register(ModelDefinition.builder("brand-new").contextWindow(4096).pricing(1, 1).build());
    usage.record("brand-new", 1_000_000, 0, 0, 1);
    assertEquals(1, stats("brand-new").requests());
    assertEquals(new BigDecimal("1.00000000"), stats("brand-new").cost("USD"));
    assertEquals(1, usage.other().requests());
  }

  @Test
  void invalidInput_throwsNamingTheField_andRecordsNothing() {
    assertField("inputTokens", () -> usage.record("gpt-4o", -1, 0, 0, 1));
    assertField("outputTokens", () -> usage.record("gpt-4o", 0, -1, 0, 1));
    assertField("cachedTokens", () -> usage.record("gpt-4o", 0, 0, -1, 1));
    assertField("cachedTokens", () -> usage.record("gpt-4o", 10, 0, 11, 1));
    assertField("latency", () -> usage.record("gpt-4o", 0, 0, 0, -1));
    assertField("latency", () -> usage.record("gpt-4o", 0, 0, 0, Duration.ofMillis(-1)));
    assertThrows(NullPointerException.class, () -> usage.record("gpt-4o", 0, 0, 0, (Duration) null));
    assertTrue(usage.stats("gpt-4o").isEmpty());
    assertEquals(0, usage.other().requests());
  }

  private static void assertField(String field, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().startsWith(field + ":"), e.getMessage());
  }

  /** Reading every model's usage adds stripes up in one scratch histogram: each model's figures are its own. */
  @Test
  void all_eachModelsLatency_isItsOwn() {
    usage.record("gpt-4o", 1, 1, 0, Duration.ofMillis(1));
    usage.record("gpt-4o-mini", 1, 1, 0, Duration.ofSeconds(1));
    Map<String, UsageStats> byModel = new java.util.HashMap<>();
    usage.all().forEach(s -> byModel.put(s.model(), s));
    assertWithinOnePercent(1_000_000L, byModel.get("gpt-4o").p50LatencyNanos());
    assertWithinOnePercent(1_000_000L, byModel.get("gpt-4o").maxLatencyNanos());
    assertWithinOnePercent(1_000_000_000L, byModel.get("gpt-4o-mini").p50LatencyNanos());
    assertWithinOnePercent(1_000_000_000L, byModel.get("gpt-4o-mini").maxLatencyNanos());
  }

  /**
   * A price with a long-context tier: requests above the threshold are charged its prices, those below the normal
   * ones, and the sum read back is the exact sum of each request's own cost.
   */
  @Test
  void cost_withALongContextTier_isTheSumOfEachRequestAtItsTier() {
    Pricing tiered = Pricing.builder().inputPerMillion(2.0).outputPerMillion(10.0).cachedInputPerMillion(0.5)
        .longContextThreshold(200_000).longContextInputPerMillion(4.0).longContextOutputPerMillion(15.0).build();
    ModelDefinition model = ModelDefinition.builder("acme/long").ownedBy("acme").contextWindow(1_000_000)
        .pricing(tiered).build();
    registry.register(model);
    long[][] requests = {{250_000, 1_000, 100_000}, {10_000, 500, 2_000}, {300_000, 7, 0}};
    BigDecimal expected = BigDecimal.ZERO;
    for (long[] r : requests) {
      usage.record("acme/long", r[0], r[1], r[2], 1);
      expected = expected.add(CostCalculator.cost(model, Usage.tokens(r[0], r[1]).withCachedInputTokens(r[2]))
          .total());
    }
    assertTrue(tiered.isLongContext(250_000) && !tiered.isLongContext(10_000));
    assertEquals(0, expected.compareTo(stats("acme/long").cost("USD")),
        "expected " + expected + ", got " + stats("acme/long").cost("USD"));
  }

  @Test
  void latency_percentilesAreWithinOnePercent() {
    for (int ms = 1; ms <= 1000; ms++) {
      usage.record("gpt-4o", 1, 1, 0, Duration.ofMillis(ms));
    }
    UsageStats stats = stats("gpt-4o");
    assertWithinOnePercent(500_000_000L, stats.p50LatencyNanos());
    assertWithinOnePercent(900_000_000L, stats.p90LatencyNanos());
    assertWithinOnePercent(990_000_000L, stats.p99LatencyNanos());
    assertWithinOnePercent(1_000_000_000L, stats.maxLatencyNanos());
    assertEquals(500_500L * 1_000_000L, stats.latencyTotalNanos());
    assertEquals(Duration.ofNanos(500_500_000L), stats.meanLatency());
    assertEquals(Duration.ofNanos(stats.p90LatencyNanos()), stats.p90Latency());
  }

  private static void assertWithinOnePercent(long expected, long actual) {
    assertTrue(Math.abs(actual - expected) <= expected / 100, "expected about " + expected + ", got " + actual);
  }

  @Test
  void latency_aboveAnHour_countsAsAnHour() {
    usage.record("gpt-4o", 1, 1, 0, Duration.ofHours(5));
    usage.record("gpt-4o", 1, 1, 0, Duration.ofDays(365 * 1000));
    UsageStats stats = stats("gpt-4o");
    assertWithinOnePercent(Duration.ofHours(1).toNanos(), stats.maxLatencyNanos());
    assertEquals(Duration.ofHours(2).toNanos(), stats.latencyTotalNanos());
  }

  @Test
  void noRequests_meansNoStats_andZeroLatencyForTheOtherBucket() {
    assertTrue(usage.stats("gpt-4o").isEmpty());
    assertTrue(usage.stats(null).isEmpty());
    assertEquals(0, usage.other().p99LatencyNanos());
    assertEquals(Duration.ZERO, usage.other().meanLatency());
    assertEquals(List.of(), usage.all());
  }

  @Test
  void top_ordersByRequests_thenById_andLeavesOutTheOtherBucket() {
    usage.record("tenth", 1, 1, 0, 1);
    usage.record("gpt-4o-mini", 1, 1, 0, 1);
    usage.record("gpt-4o-mini", 1, 1, 0, 1);
    usage.record("gpt-4o", 1, 1, 0, 1);
    for (int i = 0; i < 5; i++) {
      usage.record("nope", 1, 1, 0, 1);
    }
    assertEquals(List.of("gpt-4o-mini", "gpt-4o", "tenth"), usage.top(5).stream().map(UsageStats::model).toList());
    assertEquals(List.of("gpt-4o-mini", "gpt-4o"), usage.top(2).stream().map(UsageStats::model).toList());
    assertEquals(List.of(), usage.top(0));
    assertThrows(IllegalArgumentException.class, () -> usage.top(-1));
    assertEquals(List.of("gpt-4o", "gpt-4o-mini", "tenth", UsageRecorder.OTHER),
        usage.all().stream().map(UsageStats::model).toList());
  }

  @Test
  void top_readsOnlyTheModelsItReturns_andAReadOfAllCopiesOneHistogram() throws InterruptedException {
    assumeTrue(ThreadStripes.COUNT > 1, "one stripe: reads never add stripes up");
    List<ModelDefinition> models = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      models.add(ModelDefinition.builder("model-" + i).contextWindow(8192).build());
    }
    UsageRecorder recorder = ModelRegistry.builder().addDefinitions(models).build().usage();
    // Two threads in different stripes record every model, so each model holds two histograms to add up.
    Thread first = new Thread(() -> recordAll(recorder, models, 1));
    Thread second = new Thread(() -> recordAll(recorder, models, 2));
    while (ThreadStripes.stripeOf(second.getId()) == ThreadStripes.stripeOf(first.getId())) {
      second = new Thread(() -> recordAll(recorder, models, 2));
    }
    first.start();
    second.start();
    first.join();
    second.join();

    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    List<UsageStats> top = recorder.top(1);
    long topBytes = threads.getThreadAllocatedBytes(thread) - before;
    before = threads.getThreadAllocatedBytes(thread);
    List<UsageStats> all = recorder.all();
    long allBytes = threads.getThreadAllocatedBytes(thread) - before;

    assertEquals("model-39", top.get(0).model()); // model i got i + 1 requests from each thread
    assertEquals(80, top.get(0).requests());
    assertEquals(40, all.size());
    // Adding a model's two stripes up takes a histogram of about 28 KB; one serves every model of a read.
    assertTrue(topBytes < 3 * 28_000L, topBytes + " bytes to read the top model");
    assertTrue(allBytes < 3 * 28_000L, allBytes + " bytes to read all 40");
  }

  private static void recordAll(UsageRecorder recorder, List<ModelDefinition> models, long latency) {
    for (int i = 0; i < models.size(); i++) {
      for (int r = 0; r <= i; r++) {
        recorder.record(models.get(i).id(), 1, 1, 0, latency * 1_000_000L);
      }
    }
  }

  @Test
  void registry_delegatesToItsOneRecorder() {
    assertSame(usage, registry.usage());
    registry.recordUsage("gpt-4o", 10, 5, 0, Duration.ofMillis(3));
    registry.recordUsage("gpt-4o", 10, 5, 0, 3_000_000L);
    assertEquals(2, registry.usageStats("gpt-4o").orElseThrow().requests());
    assertEquals(List.of("gpt-4o"), registry.topModels(3).stream().map(UsageStats::model).toList());
    assertEquals(UsageRecorder.DEFAULT_MAX_TRACKED_MODELS, usage.maxTrackedModels());
  }

  @Test
  void constructor_limitBelowOne_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UsageRecorder(registry, 0));
    assertTrue(e.getMessage().startsWith("maxTrackedModels:"));
  }

  @Test
  void record_seenSpelling_allocatesNothing() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    String id = "GPT_4O";
    for (int i = 0; i < 20_000; i++) {
      usage.record(id, i, 7, 0, i);
    }
    int calls = 200_000;
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < calls; i++) {
      usage.record(id, i, 7, i / 2, i);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    // Far below one object per call; what remains is the measurement's own noise.
    assertTrue(allocated < calls / 10, allocated + " bytes allocated over " + calls + " calls");
    assertFalse(usage.stats("gpt-4o").isEmpty());
  }
}
