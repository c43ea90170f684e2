package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests and token sums of one model recorded under one price. Cost is linear in the token counts, so the
 * exact cost of every request recorded here is {@link Pricing#cost} of the sums, computed when stats are read:
 * the recording path adds to counters only and never touches {@link BigDecimal}. A model whose price changes
 * (a {@code replace} at run time) starts a new segment, so earlier requests keep the price they were made at.
 */
final class PricedTokens {

  /** The price the segment's requests are charged at; null when the model has none. */
  final Pricing pricing;
  final LongAdder requests = new LongAdder();
  final LongAdder inputTokens = new LongAdder();
  final LongAdder outputTokens = new LongAdder();
  final LongAdder cachedTokens = new LongAdder();

  PricedTokens(Pricing pricing) {
    this.pricing = pricing;
  }

  void add(long input, long output, long cached) {
    requests.increment();
    inputTokens.add(input);
    outputTokens.add(output);
    cachedTokens.add(cached);
  }

  /** The exact cost of the segment's requests, in {@code pricing.currency()}; null when unpriced. */
  BigDecimal cost() {
    return pricing == null ? null : pricing.cost(inputTokens.sum(), outputTokens.sum(), cachedTokens.sum());
  }
}
