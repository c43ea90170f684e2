package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;

/** Counters striped by thread: each counter's sum is every add, whichever stripe took it. */
class StripedCountersTest {

  @Test
  void oneThread_addsIntoOneStripe_andEachCounterSumsItsOwnAdds() {
    StripedCounters counters = new StripedCounters(3);
    AtomicLongArray stripe = counters.stripe();
    assertSame(stripe, counters.stripe(), "a thread keeps its stripe");
    for (int i = 1; i <= 100; i++) {
      StripedCounters.add(stripe, 0, 1);
      StripedCounters.add(stripe, 2, i);
    }
    assertEquals(100, counters.sum(0));
    assertEquals(0, counters.sum(1));
    assertEquals(5_050, counters.sum(2));
    assertEquals(1, counters.stripesMade());
  }

  @Test
  void nothingAdded_sumsToZero_andMakesNoStripe() {
    StripedCounters counters = new StripedCounters(2);
    assertEquals(0, counters.sum(0));
    assertEquals(0, counters.sum(1));
    assertEquals(0, counters.stripesMade());
  }

  @Test
  void manyThreads_addIntoAtMostTheStripes_andTheSumsAreExact() throws Exception {
    int threads = 6;
    int perThread = 100_000;
    StripedCounters counters = new StripedCounters(2);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long step = t + 1;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            AtomicLongArray stripe = counters.stripe();
            StripedCounters.add(stripe, 0, 1);
            StripedCounters.add(stripe, 1, step);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals((long) threads * perThread, counters.sum(0));
    // Thread t adds t + 1 each time: perThread * (1 + 2 + ... + threads).
    assertEquals((long) perThread * threads * (threads + 1) / 2, counters.sum(1));
    assertTrue(counters.stripesMade() >= 1 && counters.stripesMade() <= ThreadStripes.COUNT,
        "stripes made: " + counters.stripesMade());
  }
}
