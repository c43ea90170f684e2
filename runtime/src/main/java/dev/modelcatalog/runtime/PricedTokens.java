package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Requests, token sums and the latency sum of one model recorded under one price. Cost is linear in the token
 * counts within a pricing tier, so the exact cost of every request recorded here is the cost of the sums of the
 * requests below the long-context threshold plus that of the sums above it (plus the per-request price once per
 * request), computed when stats are read: the recording path adds to counters only and never touches
 * {@link BigDecimal}. A model whose price changes (a {@code replace} at run time) starts a new segment, so earlier
 * requests keep the price they were made at.
 */
final class PricedTokens {

  // The counters, by index in the striped counters: the sums of every request, then the share of them from requests
  // in the long-context tier (none when the price has no tier), then the latency sum.
  static final int REQUESTS = 0;
  static final int INPUT = 1;
  static final int OUTPUT = 2;
  static final int CACHED = 3;
  static final int LONG_REQUESTS = 4;
  static final int LONG_INPUT = 5;
  static final int LONG_OUTPUT = 6;
  static final int LONG_CACHED = 7;
  static final int LATENCY_NANOS = 8;

  /** The price the segment's requests are charged at; null when the model has none. */
  final Pricing pricing;
  private final StripedCounters counters = new StripedCounters(LATENCY_NANOS + 1);

  PricedTokens(Pricing pricing) {
    this.pricing = pricing;
  }

  /** One request; {@code latencyNanos} already capped by the caller. */
  void add(long input, long output, long cached, long latencyNanos) {
    AtomicLongArray stripe = counters.stripe();
    StripedCounters.add(stripe, REQUESTS, 1);
    StripedCounters.add(stripe, INPUT, input);
    StripedCounters.add(stripe, OUTPUT, output);
    StripedCounters.add(stripe, CACHED, cached);
    if (pricing != null && pricing.isLongContext(input)) {
      StripedCounters.add(stripe, LONG_REQUESTS, 1);
      StripedCounters.add(stripe, LONG_INPUT, input);
      StripedCounters.add(stripe, LONG_OUTPUT, output);
      StripedCounters.add(stripe, LONG_CACHED, cached);
    }
    StripedCounters.add(stripe, LATENCY_NANOS, latencyNanos);
  }

  /** One counter's sum ({@link #REQUESTS}, ...). */
  long sum(int counter) {
    return counters.sum(counter);
  }

  /** The exact cost of the segment's requests, in {@code pricing.currency()}; null when unpriced. */
  BigDecimal cost() {
    if (pricing == null) {
      return null;
    }
    // Sums are read one by one while writers may add, so the parts are clamped to a consistent usage: a request
    // recorded meanwhile may be priced at the normal rate, but a read never fails.
    long longCount = sum(LONG_REQUESTS);
    long longInput = sum(LONG_INPUT);
    long longOutput = sum(LONG_OUTPUT);
    long longCached = Math.min(sum(LONG_CACHED), longInput);
    long count = Math.max(sum(REQUESTS), longCount);
    long input = Math.max(sum(INPUT), longInput);
    long output = Math.max(sum(OUTPUT), longOutput);
    long cached = Math.max(Math.min(sum(CACHED), input), longCached);
    long normalInput = input - longInput;
    Usage normal = Usage.tokens(normalInput, output - longOutput)
        .withCachedInputTokens(Math.min(cached - longCached, normalInput));
    Usage longContext = Usage.tokens(longInput, longOutput).withCachedInputTokens(longCached);
    return CostCalculator.cost("", pricing, normal, false, count - longCount).total()
        .add(CostCalculator.cost("", pricing, longContext, true, longCount).total());
  }
}
