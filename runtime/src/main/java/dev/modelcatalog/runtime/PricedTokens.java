package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests and token sums of one model recorded under one price. Cost is linear in the token counts within a
 * pricing tier, so the exact cost of every request recorded here is the cost of the sums of the requests below
 * the long-context threshold plus that of the sums above it (plus the per-request price once per request),
 * computed when stats are read:
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
  // The share of the sums above from requests in the long-context tier (none when the price has no tier).
  final LongAdder longRequests = new LongAdder();
  final LongAdder longInputTokens = new LongAdder();
  final LongAdder longOutputTokens = new LongAdder();
  final LongAdder longCachedTokens = new LongAdder();

  PricedTokens(Pricing pricing) {
    this.pricing = pricing;
  }

  void add(long input, long output, long cached) {
    requests.increment();
    inputTokens.add(input);
    outputTokens.add(output);
    cachedTokens.add(cached);
    if (pricing != null && pricing.isLongContext(input)) {
      longRequests.increment();
      longInputTokens.add(input);
      longOutputTokens.add(output);
      longCachedTokens.add(cached);
    }
  }

  /** The exact cost of the segment's requests, in {@code pricing.currency()}; null when unpriced. */
  BigDecimal cost() {
    if (pricing == null) {
      return null;
    }
    // Sums are read one by one while writers may add, so the parts are clamped to a consistent usage: a request
    // recorded meanwhile may be priced at the normal rate, but a read never fails.
    long longCount = longRequests.sum();
    long longInput = longInputTokens.sum();
    long longOutput = longOutputTokens.sum();
    long longCached = Math.min(longCachedTokens.sum(), longInput);
    long count = Math.max(requests.sum(), longCount);
    long input = Math.max(inputTokens.sum(), longInput);
    long output = Math.max(outputTokens.sum(), longOutput);
    long cached = Math.max(Math.min(cachedTokens.sum(), input), longCached);
    long normalInput = input - longInput;
    Usage normal = Usage.tokens(normalInput, output - longOutput)
        .withCachedInputTokens(Math.min(cached - longCached, normalInput));
    Usage longContext = Usage.tokens(longInput, longOutput).withCachedInputTokens(longCached);
    return CostCalculator.cost("", pricing, normal, false, count - longCount).total()
        .add(CostCalculator.cost("", pricing, longContext, true, longCount).total());
  }
}
