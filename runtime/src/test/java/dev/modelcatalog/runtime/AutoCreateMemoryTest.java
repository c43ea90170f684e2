package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A client sending a million random model names cannot exhaust memory through {@link ModelRegistry#getOrCreate}:
 * the store stays at its limit, the heap retained after garbage collection stays flat, and the catalog answers
 * as before.
 */
class AutoCreateMemoryTest {

  private static final int NAMES = 1_000_000;
  /** Retained heap may grow this much between the first tenth and the end; the store alone would need ~1 GiB. */
  private static final long MAX_GROWTH_BYTES = 32L * 1024 * 1024;

  @Test
  void getOrCreate_millionRandomNames_memoryStaysFlatAndCatalogResolves() {
    ModelRegistry registry = FuzzRegistries.realistic();
    List<ModelDefinition> catalog = registry.all();
    Random random = new Random(42);
    StringBuilder name = new StringBuilder();
    long afterFirstTenth = 0;
    for (int i = 0; i < NAMES; i++) {
      name.setLength(0);
      name.append("client-model-");
      for (int c = 0; c < 12; c++) {
        name.append((char) ('a' + random.nextInt(26)));
      }
      registry.getOrCreate(name.toString());
      if (i == NAMES / 10) {
        afterFirstTenth = retainedHeap();
      }
    }
    long atEnd = retainedHeap();
    AutoCreateStats stats = registry.autoCreateStats();
    assertEquals(stats.capacity(), stats.size(), stats.toString());
    assertEquals(NAMES, stats.created(), "every name was new");
    assertEquals(NAMES - stats.capacity(), stats.evicted(), stats.toString());
    assertTrue(atEnd - afterFirstTenth < MAX_GROWTH_BYTES,
        "retained heap grew by " + (atEnd - afterFirstTenth) / 1024 + " KiB");
    for (ModelDefinition model : catalog) {
      assertSame(model, registry.find(model.id()).orElseThrow(), model.id());
      assertSame(model, registry.get(model.id()).orElseThrow(), model.id());
      assertSame(model, registry.getOrCreate(model.id()), model.id());
    }
  }

  /** Heap in use after collections settle: the smallest of a few readings, so a late allocation does not count. */
  private static long retainedHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }
}
