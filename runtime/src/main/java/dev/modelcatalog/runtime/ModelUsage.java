package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.HdrHistogram.AbstractHistogram;

/**
 * The usage counters of one tracked model (or of the {@link UsageRecorder#OTHER} bucket): token sums per price
 * with the latency sum ({@link PricedTokens}), and a latency histogram.
 *
 * <p>Latency goes into HdrHistogram {@code AtomicHistogram}s, one per recording thread stripe
 * ({@link StripedLatencyHistogram}): lock-free, allocation-free recording into a fixed array (about 28 KB at the
 * range and precision below) that threads do not share. Reads are not an atomic snapshot of all buckets, which
 * percentiles over a live, growing population do not need; {@code ConcurrentHistogram} would give that at twice
 * the memory and two more contended atomics per record.
 */
final class ModelUsage {

  /** Values are kept to a microsecond: finer detail says nothing about a model request. */
  static final long LOWEST_DISCERNIBLE_NANOS = 1_000L;
  /**
   * Latencies above an hour are recorded as an hour, the histogram's ceiling, in the sum too: a sum of capped
   * values cannot overflow before some two million hour-long requests.
   */
  static final long HIGHEST_TRACKABLE_NANOS = 3_600_000_000_000L;
  /** Two significant digits: percentiles are within 1% of the recorded values. */
  static final int SIGNIFICANT_DIGITS = 2;

  final String label;
  private final StripedLatencyHistogram latency =
      new StripedLatencyHistogram(LOWEST_DISCERNIBLE_NANOS, HIGHEST_TRACKABLE_NANOS, SIGNIFICANT_DIGITS);
  /** Segments in the order prices were first seen; added to under the recorder's lock only. */
  private final List<PricedTokens> segments = new CopyOnWriteArrayList<>();

  ModelUsage(String label) {
    this.label = label;
  }

  /** The segment for this price (null for none), added on first use. Called under the recorder's lock. */
  PricedTokens segmentFor(Pricing pricing) {
    for (PricedTokens segment : segments) {
      if (Objects.equals(segment.pricing, pricing)) {
        return segment;
      }
    }
    PricedTokens segment = new PricedTokens(pricing);
    segments.add(segment);
    return segment;
  }

  /** The hot path: striped counters and a histogram slot, nothing allocated. Arguments are checked by the caller. */
  void record(PricedTokens segment, long input, long output, long cached, long nanos) {
    long capped = Math.min(nanos, HIGHEST_TRACKABLE_NANOS);
    segment.add(input, output, cached, capped);
    latency.record(capped);
  }

  /** Requests so far, at every price: what {@link UsageRecorder#top} ranks by before reading the rest. */
  long requests() {
    long requests = 0;
    for (PricedTokens segment : segments) {
      requests += segment.sum(PricedTokens.REQUESTS);
    }
    return requests;
  }

  /** Reads the counters. Each counter is exact; counters read during recording may be a request apart. */
  UsageStats snapshot() {
    return snapshot(new StripedLatencyHistogram.Scratch());
  }

  /** {@link #snapshot()}, adding latency stripes up in a scratch that the caller reuses across models. */
  UsageStats snapshot(StripedLatencyHistogram.Scratch scratch) {
    long requests = 0;
    long input = 0;
    long output = 0;
    long cached = 0;
    long unpriced = 0;
    long latencyNanos = 0;
    Map<String, BigDecimal> cost = new TreeMap<>();
    for (PricedTokens segment : segments) {
      long segmentRequests = segment.sum(PricedTokens.REQUESTS);
      requests += segmentRequests;
      input += segment.sum(PricedTokens.INPUT);
      output += segment.sum(PricedTokens.OUTPUT);
      cached += segment.sum(PricedTokens.CACHED);
      latencyNanos += segment.sum(PricedTokens.LATENCY_NANOS);
      BigDecimal segmentCost = segment.cost();
      if (segmentCost == null) {
        unpriced += segmentRequests;
      } else {
        cost.merge(segment.pricing.currency(), segmentCost, BigDecimal::add);
      }
    }
    AbstractHistogram latencies = latency.read(scratch);
    boolean none = latencies == null || latencies.getTotalCount() == 0;
    return new UsageStats(label, requests, input, output, cached, cost, unpriced, latencyNanos,
        none ? 0 : latencies.getValueAtPercentile(50), none ? 0 : latencies.getValueAtPercentile(90),
        none ? 0 : latencies.getValueAtPercentile(99), none ? 0 : latencies.getMaxValue());
  }
}
