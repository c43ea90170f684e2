package dev.modelcatalog.runtime;

import java.util.concurrent.atomic.AtomicReferenceArray;
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
 * in turn ({@link #stripeOfThread}), so the threads of a pool spread evenly. A single thread only ever makes one
 * stripe; several threads make at most {@link #STRIPES} (about 28 KB each at the range and precision the caller
 * gives).
 */
final class StripedLatencyHistogram {

  /** Stripes per histogram: the cores, rounded up to a power of two, at most four. */
  static final int STRIPES = Math.min(4, Integer.highestOneBit(2 * Runtime.getRuntime().availableProcessors() - 1));

  private final long lowest;
  private final long highest;
  private final int digits;
  private final AtomicReferenceArray<AtomicHistogram> stripes = new AtomicReferenceArray<>(STRIPES);

  StripedLatencyHistogram(long lowestDiscernible, long highestTrackable, int significantDigits) {
    this.lowest = lowestDiscernible;
    this.highest = highestTrackable;
    this.digits = significantDigits;
  }

  /**
   * The calling thread's stripe: the low bits of its id. The JVM numbers threads in the order they are made, so
   * the threads of a pool, made one after another, take the stripes in turn; and reading the id is one field
   * read, where a thread-local would cost a lookup on every record.
   */
  static int stripeOfThread() {
    return stripeOf(Thread.currentThread().getId());
  }

  /** The stripe of the thread with this id. */
  static int stripeOf(long threadId) {
    return (int) threadId & (STRIPES - 1);
  }

  /** Records one value, lock-free and allocation-free once the thread's stripe exists. */
  void record(long value) {
    int stripe = stripeOfThread();
    AtomicHistogram histogram = stripes.get(stripe);
    if (histogram == null) {
      histogram = stripe(stripe);
    }
    histogram.recordValue(value);
  }

  private AtomicHistogram stripe(int stripe) {
    AtomicHistogram made = new AtomicHistogram(lowest, highest, digits);
    return stripes.compareAndSet(stripe, null, made) ? made : stripes.get(stripe);
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
    for (int i = 0; i < STRIPES; i++) {
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
    int made = 0;
    for (int i = 0; i < STRIPES; i++) {
      if (stripes.get(i) != null) {
        made++;
      }
    }
    return made;
  }
}
