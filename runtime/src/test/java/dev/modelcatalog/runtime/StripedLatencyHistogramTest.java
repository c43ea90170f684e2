package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Stripes per thread, and a read that adds them up to what one histogram of every value would hold. */
class StripedLatencyHistogramTest {

  private static final long LOWEST = ModelUsage.LOWEST_DISCERNIBLE_NANOS;
  private static final long HIGHEST = ModelUsage.HIGHEST_TRACKABLE_NANOS;
  private static final int DIGITS = ModelUsage.SIGNIFICANT_DIGITS;

  private static long valueOf(int thread, int i) {
    return 1_000L + (i * 7_919L + thread * 104_729L) % 2_000_000_000L;
  }

  @Test
  void oneThread_makesOneStripe_andReadsBackWhatItRecorded() {
    StripedLatencyHistogram striped = new StripedLatencyHistogram(LOWEST, HIGHEST, DIGITS);
    Histogram reference = new Histogram(LOWEST, HIGHEST, DIGITS);
    for (int i = 0; i < 10_000; i++) {
      striped.record(valueOf(0, i));
      reference.recordValue(valueOf(0, i));
    }
    assertEquals(1, striped.stripesMade());
    assertEquals(reference, striped.read(new StripedLatencyHistogram.Scratch()));
    StripedLatencyHistogram.Scratch scratch = new StripedLatencyHistogram.Scratch();
    assertSame(striped.read(scratch), striped.read(scratch), "one stripe is read as it is, without a copy");
  }

  @Test
  void nothingRecorded_readsAsNull_andMakesNoStripe() {
    StripedLatencyHistogram striped = new StripedLatencyHistogram(LOWEST, HIGHEST, DIGITS);
    assertNull(striped.read(new StripedLatencyHistogram.Scratch()));
    assertEquals(0, striped.stripesMade());
  }

  @Test
  void manyThreads_recordIntoStripes_andAReadAddsThemUpExactly() throws Exception {
    int threads = 6;
    int perThread = 50_000;
    StripedLatencyHistogram striped = new StripedLatencyHistogram(LOWEST, HIGHEST, DIGITS);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            striped.record(valueOf(thread, i));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    Histogram reference = new Histogram(LOWEST, HIGHEST, DIGITS);
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i++) {
        reference.recordValue(valueOf(t, i));
      }
    }
    AbstractHistogram read = striped.read(new StripedLatencyHistogram.Scratch());
    assertEquals((long) threads * perThread, read.getTotalCount());
    assertEquals(reference, read); // every bucket's count, and the extremes
    for (double percentile : new double[] {50, 90, 99, 99.9}) {
      assertEquals(reference.getValueAtPercentile(percentile), read.getValueAtPercentile(percentile));
    }
    assertTrue(striped.stripesMade() >= 1 && striped.stripesMade() <= ThreadStripes.COUNT,
        striped.stripesMade() + " stripes");
  }

  @Test
  void threadsMadeOneAfterAnother_takeEveryStripeInTurn() {
    int stripes = ThreadStripes.COUNT;
    for (long first = 1; first < 1_000; first++) {
      boolean[] taken = new boolean[stripes];
      for (long id = first; id < first + stripes; id++) {
        int stripe = ThreadStripes.stripeOf(id);
        assertTrue(stripe >= 0 && stripe < stripes, "stripe " + stripe);
        assertFalse(taken[stripe], "threads " + first + " to " + (first + stripes - 1) + " share stripe " + stripe);
        taken[stripe] = true;
      }
    }
    assertEquals(ThreadStripes.stripeOf(Thread.currentThread().getId()),
        ThreadStripes.stripeOfThread());
  }

  @Test
  void stripeCount_isAPowerOfTwo_fromOneToFour_andAboveOneOnSeveralCores() {
    int stripes = ThreadStripes.COUNT;
    assertTrue(stripes >= 1 && stripes <= 4 && Integer.bitCount(stripes) == 1, stripes + " stripes");
    if (Runtime.getRuntime().availableProcessors() >= 2) {
      assertTrue(stripes >= 2, "threads on two cores or more record into separate stripes");
    }
  }

  /** Records a value from a thread whose stripe differs from the calling thread's. */
  private static void recordFromAnotherStripe(StripedLatencyHistogram striped, long value) throws Exception {
    for (int attempt = 0; attempt < 64; attempt++) {
      // Thread ids are given in order, so among a few new threads one falls in another stripe.
      Thread thread = new Thread(() -> striped.record(value));
      if (ThreadStripes.stripeOf(thread.getId()) != ThreadStripes.stripeOfThread()) {
        thread.start();
        thread.join();
        return;
      }
    }
    throw new AssertionError("no thread of another stripe in 64 attempts");
  }

  /** One scratch serves the reads of several histograms: each read holds only its own histogram's values. */
  @Test
  void oneScratch_readingTwoHistograms_holdsEachOnesValuesOnly() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(ThreadStripes.COUNT > 1, "one stripe: reads never add up");
    StripedLatencyHistogram fast = new StripedLatencyHistogram(LOWEST, HIGHEST, DIGITS);
    StripedLatencyHistogram slow = new StripedLatencyHistogram(LOWEST, HIGHEST, DIGITS);
    fast.record(1_000_000L);
    recordFromAnotherStripe(fast, 2_000_000L);
    slow.record(1_000_000_000L);
    recordFromAnotherStripe(slow, 2_000_000_000L);
    assertEquals(2, fast.stripesMade());
    assertEquals(2, slow.stripesMade());
    StripedLatencyHistogram.Scratch scratch = new StripedLatencyHistogram.Scratch();
    AbstractHistogram fastRead = fast.read(scratch);
    assertEquals(2, fastRead.getTotalCount());
    assertTrue(fastRead.getMaxValue() < 3_000_000L, "fast max " + fastRead.getMaxValue());
    AbstractHistogram slowRead = slow.read(scratch);
    assertEquals(2, slowRead.getTotalCount(), "the scratch was emptied before the second read");
    assertTrue(slowRead.getMinValue() > 900_000_000L, "slow min " + slowRead.getMinValue());
  }
}
