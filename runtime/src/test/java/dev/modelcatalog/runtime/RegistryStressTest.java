package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A seeded stress harness for what Lincheck's small scenarios cannot reach: many threads on one id, readers
 * against batches of twenty models, and invariants checked after every phase. The seed is in every failure
 * message, so a failing run can be repeated.
 */
class RegistryStressTest {

  private static final long SEED = 0x5EEDL;
  private static final int BATCH = 20;

  @Test
  void getOrCreate_oneIdFromManyThreads_createsOneInstance() throws Exception {
    ModelRegistry registry = FuzzRegistries.realistic();
    AtomicInteger handlerCalls = new AtomicInteger();
    registry.setAutoCreateHandler(id -> {
      handlerCalls.incrementAndGet();
      return ModelDefinition.builder(id).contextWindow(4096).build();
    });
    int threads = 8;
    int rounds = 200;
    Random random = new Random(SEED);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier barrier = new CyclicBarrier(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        String id = "house-model-" + Long.toHexString(random.nextLong());
        List<Future<ModelDefinition>> answers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          // Half the threads spell the id differently: one model per normalized id.
          String spelling = t % 2 == 0 ? id : id.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
          answers.add(pool.submit(() -> {
            barrier.await(10, TimeUnit.SECONDS);
            return registry.getOrCreate(spelling);
          }));
        }
        Set<ModelDefinition> instances = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Future<ModelDefinition> answer : answers) {
          instances.add(answer.get(30, TimeUnit.SECONDS));
        }
        assertEquals(1, instances.size(), "seed " + SEED + ", round " + round + ": " + id);
        assertEquals(round + 1, handlerCalls.get(), "seed " + SEED + ": the handler runs once per id");
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(rounds, registry.autoCreateStats().size());
  }

  @Test
  void readersAndWriters_phaseByPhase_keepEveryInvariant() throws Exception {
    ModelRegistry registry = FuzzRegistries.realistic();
    Set<String> compiled = new HashSet<>(registry.listModelIds(ModelQuery.ALL));
    Random random = new Random(SEED);
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    /** Ids whose register (or batch) returned, in order; readers must see every one of them. */
    List<String> published = Collections.synchronizedList(new ArrayList<>());
    /** Ids whose remove returned; readers must never see them again. */
    Set<String> removed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    AtomicBoolean done = new AtomicBoolean();

    List<Thread> readers = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      long readerSeed = random.nextLong();
      Thread reader = new Thread(() -> read(registry, readerSeed, published, removed, done, failures));
      reader.start();
      readers.add(reader);
    }

    Set<String> expected = new HashSet<>(compiled);
    int batches = 30;
    // Phase 1: batches land whole (registerAll), single models one by one (register).
    for (int b = 0; b < batches; b++) {
      List<ModelDefinition> batch = new ArrayList<>();
      for (int i = 0; i < BATCH; i++) {
        batch.add(ModelDefinition.builder("batch-" + b + "-" + i).provider("acme").contextWindow(100)
            .aliases("batch-" + b + "-" + i + "-alias").build());
      }
      registry.registerAll(batch);
      batch.forEach(m -> expected.add(m.id()));
      batch.forEach(m -> published.add(m.id()));
      String single = "single-" + b;
      registry.register(ModelDefinition.builder(single).contextWindow(100).build());
      expected.add(single);
      published.add(single);
    }
    checkPhase("after registering", registry, expected);

    // Phase 2: random removals, compiled models included.
    List<String> candidates = new ArrayList<>(expected);
    Collections.sort(candidates);
    Collections.shuffle(candidates, random);
    for (String id : candidates.subList(0, candidates.size() / 3)) {
      removed.add(id);
      assertTrue(registry.remove(id), "seed " + SEED + ": remove " + id);
      expected.remove(id);
    }
    checkPhase("after removing", registry, expected);

    // Phase 3: a removed model may come back, replaced ones keep their id.
    for (String id : candidates.subList(0, 10)) {
      if (id.startsWith("single-")) {
        // Registered before it leaves `removed`: a reader that finds it absent must still see it as removed.
        registry.register(ModelDefinition.builder(id).contextWindow(200).build());
        removed.remove(id);
        expected.add(id);
      }
    }
    for (String id : candidates.subList(candidates.size() / 3, candidates.size() / 3 + 10)) {
      ModelDefinition current = registry.find(id).orElseThrow();
      registry.replace(current.toBuilder().description("replaced").build());
    }
    checkPhase("after replacing", registry, expected);

    done.set(true);
    for (Thread reader : readers) {
      reader.join(TimeUnit.MINUTES.toMillis(1));
    }
    assertEquals(List.of(), new ArrayList<>(failures), "seed " + SEED);
  }

  /** Checks what readers may assume from one snapshot, until the writer is done. */
  private static void read(ModelRegistry registry, long seed, List<String> published, Set<String> removed,
      AtomicBoolean done, ConcurrentLinkedQueue<String> failures) {
    Random random = new Random(seed);
    while (!done.get() && failures.size() < 10) {
      // Every model published before this read started, and not removed since, is visible.
      int count = published.size();
      if (count > 0) {
        String id = published.get(random.nextInt(count));
        if (!removed.contains(id) && registry.find(id).isEmpty() && !removed.contains(id)) {
          failures.add("published model not visible: " + id);
        }
      }
      // One snapshot holds a batch whole or not at all: either all twenty ids or none of a batch.
      List<String> ids = registry.listModelIds(ModelQuery.ALL);
      java.util.Map<String, Integer> perBatch = new java.util.HashMap<>();
      for (String id : ids) {
        if (id.startsWith("batch-")) {
          perBatch.merge(id.substring(0, id.lastIndexOf('-')), 1, Integer::sum);
        }
      }
      if (removed.isEmpty()) {
        perBatch.forEach((batch, n) -> {
          if (n != BATCH) {
            failures.add(batch + " seen with " + n + " of " + BATCH + " models");
          }
        });
      }
      // Stats come from one snapshot: the owners add up to the total.
      RegistryStats stats = registry.stats();
      int owners = stats.owners().values().stream().mapToInt(Integer::intValue).sum();
      if (owners != stats.totalModels()) {
        failures.add("stats: " + stats.totalModels() + " models but " + owners + " by owner");
      }
      // A model found by its id is found by its alias in the same state of the registry, unless a write came
      // between the two reads; the id read again tells which.
      if (count > 0) {
        String id = published.get(random.nextInt(count));
        if (id.startsWith("batch-") && registry.find(id).isPresent()
            && registry.find(id + "-alias").isEmpty() && registry.find(id).isPresent()) {
          failures.add("alias of " + id + " missing while the id is visible");
        }
      }
    }
  }

  private static void checkPhase(String phase, ModelRegistry registry, Set<String> expected) {
    List<String> ids = registry.listModelIds(ModelQuery.ALL);
    assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(ids), phase);
    assertEquals(expected.size(), registry.size(), phase);
    RegistryStats stats = registry.stats();
    assertEquals(expected.size(), stats.totalModels(), phase);
    assertEquals(stats.compiledModels() + stats.runtimeModels(), stats.totalModels(), phase);
    for (String id : expected) {
      assertTrue(registry.find(id).isPresent(), phase + ": " + id);
    }
  }
}
