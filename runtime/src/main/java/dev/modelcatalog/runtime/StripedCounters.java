package dev.modelcatalog.runtime;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A few counters that threads add to without sharing a cache line: each thread adds into its stripe's array
 * ({@link ThreadStripes}), and a read adds the stripes up.
 *
 * <p>A {@link java.util.concurrent.atomic.LongAdder} spreads over cells only after a compare-and-set on its base
 * fails. Two threads recording the same model one after the other rarely fail one, yet each add takes the base's
 * cache line from the other core: recording a request from two threads into one model took twice as long as into
 * two models. A stripe here is one array of all the counters, padded to whole cache lines and made on a thread's
 * first use of it, so a record looks its stripe up once and then adds to lines that only its own stripe's threads
 * write.
 */
final class StripedCounters {

  /** Longs of padding on each side of a stripe's counters: a 64-byte cache line. */
  private static final int PAD = 8;

  private final ThreadStripes<AtomicLongArray> stripes;

  /** {@code width} counters, all zero. */
  StripedCounters(int width) {
    this.stripes = new ThreadStripes<>(() -> new AtomicLongArray(PAD + width + PAD));
  }

  /** The calling thread's stripe, for {@link #add}; made on first use. */
  AtomicLongArray stripe() {
    return stripes.mine();
  }

  /** Adds {@code x} to a counter in a stripe from {@link #stripe}; adding nothing writes nothing. */
  static void add(AtomicLongArray stripe, int counter, long x) {
    if (x != 0) {
      stripe.getAndAdd(PAD + counter, x);
    }
  }

  /** The counter's sum over every stripe: exact for the adds it sees, not a snapshot of all counters at once. */
  long sum(int counter) {
    long sum = 0;
    for (int i = 0; i < ThreadStripes.COUNT; i++) {
      AtomicLongArray stripe = stripes.get(i);
      if (stripe != null) {
        sum += stripe.get(PAD + counter);
      }
    }
    return sum;
  }

  /** How many stripes exist. */
  int stripesMade() {
    return stripes.made();
  }
}
