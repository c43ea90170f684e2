package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AutoCreateTest {

  @Test
  void getOrCreate_known_returnsResolvedModel() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    assertSame(registry.find("gpt-4o").orElseThrow(), registry.getOrCreate("openai/gpt-4o-2024-08-06"));
    assertEquals(0, registry.autoCreateStats().created());
  }

  @Test
  void getOrCreate_defaults_followInferredCharacteristics() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    ModelDefinition reasoning = registry.getOrCreate("acme-r1-reasoner");
    assertEquals(CapabilityPreset.REASONING, reasoning.preset());
    assertEquals(Presets.latency(LatencyPreset.REASONING), reasoning.latency());
    ModelDefinition embedding = registry.getOrCreate("acme-embed-v2");
    assertEquals(CapabilityPreset.EMBEDDINGS, embedding.preset());
    ModelDefinition large = registry.getOrCreate("acme-chat-405b");
    assertEquals(Presets.latency(LatencyPreset.LARGE), large.latency());
    ModelDefinition moe = registry.getOrCreate("acme-8x7b");
    assertEquals(8, moe.moe().orElseThrow().numExperts());
    assertTrue(large.tags().contains("auto-created"));
  }

  @Test
  void getOrCreate_expertsOfNoSize_createsAModelWithoutMoE() {
    // 8x0b states no parameters: the id is valid, and nothing about a mixture of experts is inferred from it.
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    assertEquals(Optional.empty(), registry.getOrCreate("house-8x0b").moe());
    assertTrue(registry.getOrCreate("house-8x7b").moe().isPresent());
  }

  @Test
  void getOrCreate_fineTunedIdsOfAnUnknownBase_areEachTheirOwnModel() {
    // The base names nothing, so each fine-tuned id is auto-created, under its whole text.
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    ModelDefinition first = registry.getOrCreate("ft:acme-base:org::job1");
    ModelDefinition second = registry.getOrCreate("ft:acme-base:org::job2");
    assertEquals("ft:acme-base:org::job1", first.id());
    assertEquals("ft:acme-base:org::job2", second.id());
    assertSame(first, registry.getOrCreate("ft:acme-base:org::job1"));
    assertSame(second, registry.get("ft:acme-base:org::job2").orElseThrow());
    assertEquals(2, registry.autoCreateStats().created());
  }

  @Test
  void getOrCreate_twice_returnsSameInstanceAndGetFindsIt() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    ModelDefinition first = registry.getOrCreate("house-model");
    assertSame(first, registry.getOrCreate("HOUSE_MODEL"));
    assertEquals(Optional.of(first), registry.get("house-model"));
    assertEquals(1, registry.autoCreateStats().created());
  }

  /**
   * Normalizing reads {@code ft:g:acme/} as a route prefix, so this fine-tuned id once shared the auto-create key of
   * its base {@code g}: created before the base, it then served as the base, and the next call derived a second
   * instance from it. Found by the getOrCreate fuzz target.
   */
  @Test
  void getOrCreate_fineTunedIdBeforeItsBase_staysOneModelApartFromTheBase() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    ModelDefinition fineTuned = registry.getOrCreate("ft:g:acme/:job");
    assertSame(fineTuned, registry.getOrCreate("ft:g:acme/:job"));
    ModelDefinition base = registry.getOrCreate("g");
    assertEquals("g", base.id());
    assertSame(fineTuned, registry.getOrCreate("ft:g:acme/:job"));
    assertEquals(2, registry.autoCreateStats().created());
  }

  /** Found by the getOrCreate fuzz target: an expert count past int range threw NumberFormatException. */
  @Test
  void getOrCreate_sizeNoModelCouldHave_infersNoSizeAndDoesNotThrow() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    for (String id : List.of("acme-4888888888888x88b", "acme-4888888888888x88b-embed", "acme-8x99999999b",
        "acme-0x7b-chat")) {
      ModelDefinition model = registry.getOrCreate(id);
      assertTrue(model.moe().isEmpty(), id);
      assertSame(model, registry.getOrCreate(id));
    }
    assertEquals(8, registry.getOrCreate("acme-8x7b").moe().orElseThrow().numExperts());
  }

  @Test
  void getOrCreate_handler_isUsed() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    registry.setAutoCreateHandler(id -> ModelDefinition.builder(id).preset(CapabilityPreset.BASE)
        .contextWindow(2048).build());
    assertEquals(2048, registry.getOrCreate("experimental-1").contextWindow());
  }

  @Test
  void getOrCreate_handlerReturnsNull_throwsAndStoresNothing() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    registry.setAutoCreateHandler(id -> null);
    assertThrows(IllegalStateException.class, () -> registry.getOrCreate("x-model"));
    assertEquals(0, registry.autoCreateStats().size());
  }

  @Test
  void getOrCreate_invalidId_throwsInvalidModel() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> registry.getOrCreate("bad id"));
    assertTrue(e.getMessage().contains("id"), e.getMessage());
  }

  @Test
  void getOrCreate_autoCreateOff_throwsUnknownModel() {
    ModelRegistry registry = ModelRegistry.builder().addCatalogs(TestCatalogs.ofIds("t", "gpt-4o"))
        .autoCreate(false).build();
    assertThrows(UnknownModelException.class, () -> registry.getOrCreate("gpt-4o-maxi"));
  }

  @Test
  void getOrCreate_full_evictsOldest() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    registry.setAutoCreateLimit(3, AutoCreatePolicy.EVICT_OLDEST);
    ModelDefinition first = registry.getOrCreate("random-1");
    for (int i = 2; i <= 10; i++) {
      registry.getOrCreate("random-" + i);
    }
    AutoCreateStats stats = registry.autoCreateStats();
    assertEquals(3, stats.size());
    assertEquals(10, stats.created());
    assertEquals(7, stats.evicted());
    assertNotSame(first, registry.getOrCreate("random-1"), "evicted, so created anew");
  }

  @Test
  void getOrCreate_fullWithRefuse_throwsAndKeepsStored() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    registry.setAutoCreateLimit(2, AutoCreatePolicy.REFUSE);
    ModelDefinition a = registry.getOrCreate("random-a");
    registry.getOrCreate("random-b");
    AutoCreateLimitException e = assertThrows(AutoCreateLimitException.class,
        () -> registry.getOrCreate("random-c"));
    assertEquals("random-c", e.modelId());
    assertEquals(2, e.capacity());
    assertSame(a, registry.getOrCreate("random-a"));
    assertEquals(1, registry.autoCreateStats().refused());
  }

  @Test
  void setAutoCreateLimit_belowOne_throws() {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    assertThrows(IllegalArgumentException.class, () -> registry.setAutoCreateLimit(0, AutoCreatePolicy.REFUSE));
  }

  @Test
  void getOrCreate_concurrentSameId_createsOnce() throws Exception {
    ModelRegistry registry = TestCatalogs.registryOf("gpt-4o");
    AtomicInteger calls = new AtomicInteger();
    registry.setAutoCreateHandler(id -> {
      calls.incrementAndGet();
      return ModelDefinition.builder(id).contextWindow(1024).build();
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ModelDefinition>> futures = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      futures.add(pool.submit(() -> {
        start.await();
        return registry.getOrCreate("shared-model");
      }));
    }
    start.countDown();
    ModelDefinition first = futures.get(0).get();
    for (Future<ModelDefinition> f : futures) {
      assertSame(first, f.get());
    }
    pool.shutdown();
    assertEquals(1, calls.get());
  }
}
