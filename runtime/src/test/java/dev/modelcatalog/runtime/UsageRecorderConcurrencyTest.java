package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads recording at once, some while the registry is being written to: no request, token or latency is
 * lost. Each thread sums what it recorded itself; the recorder's totals must equal the sums of those sums.
 */
class UsageRecorderConcurrencyTest {

  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 42_000; // a multiple of the seven spellings
  /** Spellings of two models, an unknown id, and the model a writer keeps replacing. */
  private static final String[] SPELLINGS = {"gpt-4o", "GPT_4O", "gpt-4o-2024-08-06", "gpt4o", "gpt-4o-mini", "nope",
      "tenth"};

  private static final Pricing GPT_4O_PRICE = UsageRecorderTest.GPT_4O.pricing().orElseThrow();

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);

  @AfterEach
  void tearDown() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** What one thread recorded. */
  private static final class Totals {
    long requests;
    long input;
    long output;
    long cached;
    long latency;
    /** The cost of the requests for gpt-4o, request by request. */
    BigDecimal gpt4oCost = BigDecimal.ZERO;
  }

  @Test
  void parallelRecording_withRegistryWritesInBetween_losesNoCounts() throws Exception {
    ModelRegistry registry = ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("openai", UsageRecorderTest.GPT_4O, UsageRecorderTest.MINI))
        .addDefinitions(UsageRecorderTest.TENTH)
        .build();
    UsageRecorder usage = registry.usage();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Totals>> recorders = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int seed = t;
      recorders.add(pool.submit(() -> {
        Totals totals = new Totals();
        start.await();
        for (int i = 0; i < CALLS_PER_THREAD; i++) {
          long input = (i * 31L + seed) % 5_000;
          long output = (i * 7L + seed) % 900;
          long cached = input / 3;
          long latency = 1_000L + (i % 1_000) * 1_000_000L;
          int spelling = (i + seed) % SPELLINGS.length;
          usage.record(SPELLINGS[spelling], input, output, cached, latency);
          if (spelling < 4) {
            totals.gpt4oCost = totals.gpt4oCost.add(GPT_4O_PRICE.cost(input, output, cached));
          }
          totals.requests++;
          totals.input += input;
          totals.output += output;
          totals.cached += cached;
          totals.latency += latency;
        }
        return totals;
      }));
    }
    // A writer keeps changing the registry, so recorders keep re-resolving their spellings mid-flight.
    Future<?> writer = pool.submit(() -> {
      start.await();
      for (int i = 0; i < 200; i++) {
        registry.register(ModelDefinition.builder("churn-" + i).contextWindow(4096).build());
        registry.replace(UsageRecorderTest.TENTH.toBuilder().pricing(0.1 * (1 + i % 2), 0.1).build());
      }
      return null;
    });
    start.countDown();
    Totals expected = new Totals();
    for (Future<Totals> recorder : recorders) {
      Totals t = recorder.get(2, TimeUnit.MINUTES);
      expected.requests += t.requests;
      expected.input += t.input;
      expected.output += t.output;
      expected.cached += t.cached;
      expected.latency += t.latency;
      expected.gpt4oCost = expected.gpt4oCost.add(t.gpt4oCost);
    }
    writer.get(2, TimeUnit.MINUTES);

    Totals actual = new Totals();
    for (UsageStats stats : usage.all()) {
      actual.requests += stats.requests();
      actual.input += stats.inputTokens();
      actual.output += stats.outputTokens();
      actual.cached += stats.cachedTokens();
      actual.latency += stats.latencyTotalNanos();
    }
    assertEquals((long) THREADS * CALLS_PER_THREAD, expected.requests);
    assertEquals(expected.requests, actual.requests, "requests");
    assertEquals(expected.input, actual.input, "input tokens");
    assertEquals(expected.output, actual.output, "output tokens");
    assertEquals(expected.cached, actual.cached, "cached tokens");
    assertEquals(expected.latency, actual.latency, "latency sum");
    assertEquals(expected.requests / SPELLINGS.length, usage.other().requests(), "one spelling in seven is unknown");
    assertEquals(0, expected.gpt4oCost.compareTo(usage.stats("gpt-4o").orElseThrow().cost("USD")),
        "gpt-4o cost, expected " + expected.gpt4oCost);
    // tenth's two alternating prices are 0.1 and 0.2 per million input tokens, so its cost lies between the two.
    UsageStats tenth = usage.stats("tenth").orElseThrow();
    BigDecimal low = UsageRecorderTest.TENTH.pricing().orElseThrow()
        .cost(tenth.inputTokens(), tenth.outputTokens(), tenth.cachedTokens());
    BigDecimal cost = tenth.cost("USD");
    assertTrue(cost.compareTo(low) >= 0, cost + " below " + low);
  }
}
