package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Readers running against writers: every model a reader finds is complete (found by all of its keys at once),
 * compiled models never disappear, and every write is visible once it returned.
 */
class ModelRegistryConcurrencyTest {

  @Test
  void readersDuringWrites_neverSeeAHalfRegisteredModel() throws Exception {
    ModelRegistry registry = ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("openai", ModelRegistryTest.GPT_4O, ModelRegistryTest.EMBED))
        .build();
    int writes = 800;
    AtomicBoolean done = new AtomicBoolean();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);

    List<Thread> readers = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      Thread reader = new Thread(() -> {
        try {
          start.await();
          int i = 0;
          while (!done.get()) {
            String id = "runtime-model-" + (i++ % writes);
            registry.find(id).ifPresent(model -> {
              // Once the id is visible, the alias and the normalized id must be too: one snapshot holds all.
              if (registry.find(id + "-alias").isEmpty() && registry.find(id).isPresent()) {
                failures.add("alias of " + id + " missing while its id is visible");
              }
              if (!model.id().equals(id)) {
                failures.add("found " + model.id() + " for " + id);
              }
            });
            if (registry.find("gpt-4o").isEmpty() || registry.find("GPT_4O").isEmpty()) {
              failures.add("compiled model vanished");
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      reader.start();
      readers.add(reader);
    }

    start.countDown();
    for (int i = 0; i < writes; i++) {
      String id = "runtime-model-" + i;
      registry.register(ModelDefinition.builder(id).contextWindow(100).aliases(id + "-alias").build());
      assertTrue(registry.find(id).isPresent(), "a registered model is visible to the next read");
      if (i % 3 == 0) {
        assertTrue(registry.remove(id));
      }
    }
    done.set(true);
    for (Thread reader : readers) {
      reader.join(TimeUnit.MINUTES.toMillis(1));
    }
    assertEquals(List.of(), new ArrayList<>(failures));
    int removed = (writes + 2) / 3;
    assertEquals(2 + writes - removed, registry.size());
    assertEquals(registry.size(), registry.stats().totalModels());
    assertEquals(registry.size(), registry.listModels(ModelQuery.ALL).size());
  }

  @Test
  void concurrentWriters_loseNoRegistration() throws Exception {
    ModelRegistry registry = ModelRegistry.builder().build();
    int threads = 4;
    int perThread = 300;
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread writer = new Thread(() -> {
        for (int i = 0; i < perThread; i++) {
          registry.register(ModelDefinition.builder("w" + thread + "-m" + i).contextWindow(10).build());
        }
      });
      writer.start();
      writers.add(writer);
    }
    for (Thread writer : writers) {
      writer.join();
    }
    assertEquals(threads * perThread, registry.size());
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i++) {
        assertTrue(registry.contains("w" + t + "-m" + i));
      }
    }
  }
}
