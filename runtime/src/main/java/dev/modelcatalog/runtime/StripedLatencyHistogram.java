package dev.modelcatalog.runtime;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.AtomicHistogram;
import org.HdrHistogram.Histogram;

/**
 * A latency histogram that threads record into without sharing its counters: each thread records into one of a few
 * stripes, HdrHistogram {@link AtomicHistogram}s made on a thread's first use of that stripe, and a read adds the
 * stripes up.
 *
 * <p>One {@code AtomicHistogram} shared by every request thread makes two atomic increments per record on cache
 * lines that all threads write (the value's bucket, often the same one for one model, and the total count); from
 * two threads at once that made recording a request two to four times as slow as from one. Threads take stripes
 * in turn ({@link ThreadStripes}), so the threads of a pool spread evenly; each stripe's histogram is about 28 KB at
 * the range and precision the caller gives.
 */
final class StripedLatencyHistogram {

  private final long lowest;
  private final long highest;
  private final int digits;
  private final ThreadStripes<AtomicHistogram> stripes;

  StripedLatencyHistogram(long lowestDiscernible, long highestTrackable, int significantDigits) {
    this.lowest = lowestDiscernible;
    this.highest = highestTrackable;
    this.digits = significantDigits;
    this.stripes = new ThreadStripes<>(() -> new AtomicHistogram(lowest, highest, digits));
  }

  /** Records one value, lock-free and allocation-free once the thread's stripe exists. */
  void record(long value) {
    stripes.mine().recordValue(value);
  }

  /**
   * What was recorded: the one stripe itself when only one thread slot recorded, else the stripes added up in the
   * scratch's histogram (valid until the scratch is used again); null when nothing was recorded. Like one
   * {@code AtomicHistogram} read while threads record, it is not an atomic snapshot: values recorded during the
   * read may or may not be in it.
   */
  AbstractHistogram read(Scratch scratch) {
    AbstractHistogram only = null;
    Histogram sum = null;
    for (int i = 0; i < ThreadStripes.COUNT; i++) {
      AtomicHistogram stripe = stripes.get(i);
      if (stripe == null) {
        continue;
      }
      if (only == null) {
        only = stripe;
      } else {
        if (sum == null) {
          sum = scratch.cleared(lowest, highest, digits);
          sum.add(only);
        }
        sum.add(stripe);
      }
    }
    return sum != null ? sum : only;
  }

  /**
   * Where reads add stripes up: one scratch serves the reads of one call, so reading every model's usage copies
   * one histogram (about 28 KB), not one per model.
   */
  static final class Scratch {
    private Histogram sum;

    /** The scratch histogram, emptied; made on first use with the range of the stripes it first adds up. */
    Histogram cleared(long lowest, long highest, int digits) {
      if (sum == null) {
        sum = new Histogram(lowest, highest, digits);
      } else {
        sum.reset();
      }
      return sum;
    }
  }

  /** How many stripes exist: what the histogram holds in memory. */
  int stripesMade() {
    return stripes.made();
  }

}
