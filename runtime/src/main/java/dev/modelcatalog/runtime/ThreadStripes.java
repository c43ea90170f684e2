package dev.modelcatalog.runtime;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * One object per thread stripe, made on a thread's first use of its stripe: what usage counters and latency
 * histograms record into, so that threads recording the same model at once write objects of their own.
 *
 * <p>A thread's stripe is the low bits of its id. The JVM numbers threads in the order they are made, so the threads
 * of a pool, made one after another, take the stripes in turn; and reading the id is one field read, where a
 * thread-local would cost a lookup on every record. A single thread only ever makes one stripe; several threads
 * make at most {@link #COUNT}.
 */
final class ThreadStripes<T> {

  /** Stripes: the cores, rounded up to a power of two, at most four. */
  static final int COUNT = Math.min(4, Integer.highestOneBit(2 * Runtime.getRuntime().availableProcessors() - 1));

  private final AtomicReferenceArray<T> stripes = new AtomicReferenceArray<>(COUNT);
  private final Supplier<T> factory;

  /** Stripes that {@code factory} makes, each on first use. */
  ThreadStripes(Supplier<T> factory) {
    this.factory = factory;
  }

  /** The calling thread's stripe's object, made now if this is the stripe's first use. */
  T mine() {
    int stripe = stripeOfThread();
    T object = stripes.get(stripe);
    return object != null ? object : make(stripe);
  }

  /** The stripe's object, or null when no thread has used the stripe yet. */
  T get(int stripe) {
    return stripes.get(stripe);
  }

  /** How many stripes have their object. */
  int made() {
    int made = 0;
    for (int i = 0; i < COUNT; i++) {
      if (stripes.get(i) != null) {
        made++;
      }
    }
    return made;
  }

  /** The calling thread's stripe. */
  static int stripeOfThread() {
    return stripeOf(Thread.currentThread().getId());
  }

  /** The stripe of the thread with this id. */
  static int stripeOf(long threadId) {
    return (int) threadId & (COUNT - 1);
  }

  private T make(int stripe) {
    T made = factory.get();
    return stripes.compareAndSet(stripe, null, made) ? made : stripes.get(stripe);
  }
}
