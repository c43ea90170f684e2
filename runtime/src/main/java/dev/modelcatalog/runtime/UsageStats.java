package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The usage recorded for one model (or for the {@link UsageRecorder#OTHER} bucket), read at one moment.
 *
 * @param model the model's canonical id, or {@link UsageRecorder#OTHER}
 * @param requests requests recorded
 * @param inputTokens input tokens, cached ones included
 * @param outputTokens output tokens
 * @param cachedTokens input tokens served from the provider's cache
 * @param cost exact cost per currency code, each request charged at the price its model had when it was
 *     recorded, with {@link Pricing#COST_SCALE} decimal places; empty when no recorded request had a price
 * @param unpricedRequests requests recorded while the model had no pricing (not part of {@code cost})
 * @param latencyTotalNanos the sum of the recorded latencies, each capped at an hour
 * @param p50LatencyNanos median latency, within 1% (HdrHistogram, two significant digits); 0 without requests
 * @param p90LatencyNanos 90th percentile latency, within 1%
 * @param p99LatencyNanos 99th percentile latency, within 1%
 * @param maxLatencyNanos highest latency, within 1%; latencies above an hour count as an hour
 */
public record UsageStats(
    String model,
    long requests,
    long inputTokens,
    long outputTokens,
    long cachedTokens,
    Map<String, BigDecimal> cost,
    long unpricedRequests,
    long latencyTotalNanos,
    long p50LatencyNanos,
    long p90LatencyNanos,
    long p99LatencyNanos,
    long maxLatencyNanos) {

  public UsageStats {
    cost = Collections.unmodifiableMap(new TreeMap<>(cost));
  }

  /**
   * The cost in this currency (an ISO 4217 code, in any case, as the registry's queries take it); zero when none
   * was recorded in it.
   *
   * @throws IllegalArgumentException when the currency is not three letters
   */
  public BigDecimal cost(String currency) {
    return cost.getOrDefault(Pricing.queryCurrency("currency", currency), BigDecimal.ZERO);
  }

  /** The mean latency; zero without requests. */
  public Duration meanLatency() {
    return requests == 0 ? Duration.ZERO : Duration.ofNanos(latencyTotalNanos / requests);
  }

  public Duration p50Latency() {
    return Duration.ofNanos(p50LatencyNanos);
  }

  public Duration p90Latency() {
    return Duration.ofNanos(p90LatencyNanos);
  }

  public Duration p99Latency() {
    return Duration.ofNanos(p99LatencyNanos);
  }
}
