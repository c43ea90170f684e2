package dev.modelcatalog.store.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.RegistryListener;
import dev.modelcatalog.runtime.store.ObjectRead;
import dev.modelcatalog.runtime.store.ObjectRegistryStore;
import dev.modelcatalog.runtime.store.Precondition;
import dev.modelcatalog.runtime.store.RegistrySync;
import dev.modelcatalog.runtime.store.StoreKeys;
import dev.modelcatalog.runtime.store.SyncHealth;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replicas sharing one bucket of a real S3-compatible server on loopback. */
class S3RegistryStoreTest {

  @TempDir
  static Path root;

  static LocalS3 s3;

  /** Each test has a prefix of its own, so tests share the server but not their state. */
  String prefix;
  final List<ObjectRegistryStore> opened = new ArrayList<>();

  @BeforeAll
  static void startServer() {
    s3 = LocalS3.start(root);
  }

  @AfterAll
  static void stopServer() {
    s3.close();
  }

  @BeforeEach
  void newPrefix() {
    prefix = "t-" + UUID.randomUUID() + "/";
  }

  @AfterEach
  void closeStores() throws Exception {
    for (ObjectRegistryStore store : opened) {
      store.close();
    }
  }

  static final ModelDefinition BASE = ModelDefinition.builder("gpt-4o").provider("openai").contextWindow(128_000)
      .maxOutputTokens(16_384).pricing(2.50, 10.00).tags("flagship").build();

  private ObjectRegistryStore store() {
    ObjectRegistryStore store = S3RegistryStore.open(s3.config(prefix));
    opened.add(store);
    return store;
  }

  private RegistrySync replica() {
    return RegistrySync.of(ModelRegistry.builder().addDefinitions(BASE).build(), store(), 200);
  }

  @Test
  void conditionalWrites_areHonouredByTheServer() throws Exception {
    var objects = store().objects();
    byte[] one = "{\"n\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] two = "{\"n\":2}".getBytes(StandardCharsets.UTF_8);
    String tag = objects.put("x.json", one, Precondition.absent()).orElseThrow();
    assertEquals(Optional.empty(), objects.put("x.json", two, Precondition.absent()), "If-None-Match: *");
    assertEquals(Optional.empty(), objects.put("x.json", two, Precondition.matching("\"0000\"")), "If-Match");
    String next = objects.put("x.json", two, Precondition.matching(tag)).orElseThrow();
    assertEquals(ObjectRead.Status.NOT_MODIFIED, objects.get("x.json", next).status());
    ObjectRead read = objects.get("x.json", tag);
    assertEquals(ObjectRead.Status.FOUND, read.status());
    assertEquals("{\"n\":2}", new String(read.content(), StandardCharsets.UTF_8));
    assertEquals(next, read.etag());
    assertEquals(ObjectRead.Status.NOT_FOUND, objects.get("missing.json", null).status());
    assertEquals(List.of("x.json"), List.copyOf(objects.list("").keySet()));
  }

  @Test
  void twoReplicas_oneWrites_theOtherSeesItAfterRefresh() {
    RegistrySync a = replica();
    RegistrySync b = replica();
    assertTrue(b.refresh());
    List<String> events = new CopyOnWriteArrayList<>();
    b.registry().addListener(new RegistryListener() {
      @Override
      public void modelReplaced(ModelDefinition previous, ModelDefinition current) {
        events.add(current.id() + " " + current.pricing().orElseThrow().inputPerMillion());
      }

      @Override
      public void modelAdded(ModelDefinition model) {
        events.add("added " + model.id());
      }
    });

    a.update("gpt-4o", m -> m.toBuilder().pricing(2.00, 8.00).build());
    a.put(ModelDefinition.builder("openai/gpt-4o-mini").provider("openai").contextWindow(128_000).build());

    assertEquals(2.50, b.registry().find("gpt-4o").orElseThrow().pricing().orElseThrow().inputPerMillion());
    assertTrue(b.refresh());
    assertEquals(2.00, b.registry().find("gpt-4o").orElseThrow().pricing().orElseThrow().inputPerMillion());
    assertTrue(b.registry().contains("openai/gpt-4o-mini"));
    assertEquals(List.of("gpt-4o 2.0", "added openai/gpt-4o-mini"), events);
    assertTrue(b.health().healthy(), b.health().toString());
  }

  @Test
  void refresh_unchangedBucket_isAnsweredNotModified() throws Exception {
    RegistrySync a = replica();
    a.update("gpt-4o", m -> m.toBuilder().tags("x").build());
    RegistrySync b = replica();
    assertTrue(b.refresh());
    String version = b.state().version();
    assertNotNull(version);
    assertTrue(b.refresh());
    assertTrue(b.state() == b.state() && version.equals(b.state().version()));
    var index = store().objects().get(StoreKeys.INDEX, version);
    assertEquals(ObjectRead.Status.NOT_MODIFIED, index.status());
  }

  @Test
  void twoConcurrentWriters_patchingOneModel_loseNoUpdate() throws Exception {
    RegistrySync a = replica();
    RegistrySync b = replica();
    int perWriter = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (RegistrySync writer : List.of(a, b)) {
        String name = writer == a ? "a" : "b";
        done.add(pool.submit((Callable<Void>) () -> {
          go.await();
          for (int i = 0; i < perWriter; i++) {
            String tag = name + i;
            writer.update("gpt-4o", m -> {
              List<String> tags = new ArrayList<>(m.tags());
              tags.add(tag);
              return m.toBuilder().tags(tags).build();
            });
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<Void> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    RegistrySync reader = replica();
    assertTrue(reader.refresh());
    List<String> tags = reader.registry().find("gpt-4o").orElseThrow().tags();
    assertEquals(1 + 2 * perWriter, tags.size(), tags.toString());
    assertEquals(1 + 2 * perWriter, new HashSet<>(tags).size(), tags.toString());
  }

  @Test
  void corruptObject_isRejectedWithoutTouchingTheRegistry() throws Exception {
    RegistrySync a = replica();
    a.put(ModelDefinition.builder("acme/vision").ownedBy("acme").contextWindow(64_000).build());
    RegistrySync b = replica();
    assertTrue(b.refresh());
    a.update("acme/vision", m -> m.toBuilder().description("v2").build());
    String key = StoreKeys.model("acme", "acme/vision");
    assertEquals("models/by-provider/acme/acme%2Fvision.json", key);
    var objects = store().objects();
    ObjectRead good = objects.get(key, null);
    String text = new String(good.content(), StandardCharsets.UTF_8);
    objects.put(key, text.substring(0, text.length() / 3).getBytes(StandardCharsets.UTF_8),
        Precondition.matching(good.etag()));
    a.put(ModelDefinition.builder("other").ownedBy("acme").contextWindow(1_000).build()); // rebuilds the index

    assertTrue(b.refresh());
    assertTrue(b.registry().find("acme/vision").orElseThrow().description().isEmpty(), "last good version kept");
    assertTrue(b.registry().contains("other"), "the good change around it is applied");
    SyncHealth health = b.health();
    assertFalse(health.healthy());
    assertTrue(health.problems().get(0).contains(key), health.problems().toString());
  }

  @Test
  void hostileIds_areEncodedInKeys_andReadBack() throws Exception {
    RegistrySync a = replica();
    List<String> ids = List.of("ft:gpt-4o:acme::abc123", "../up", "a/../../b", "x/y/z", "meta-llama/Llama-3.1-8B");
    for (String id : ids) {
      a.put(ModelDefinition.builder(id).ownedBy("../acme").contextWindow(1_000).build());
    }
    for (String key : store().objects().list(StoreKeys.MODELS).keySet()) {
      String rest = key.substring(StoreKeys.MODELS.length());
      assertEquals(1, rest.chars().filter(c -> c == '/').count(), key);
      assertFalse(List.of(rest.split("/")).contains(".."), key);
    }
    RegistrySync b = replica();
    assertTrue(b.refresh());
    for (String id : ids) {
      assertEquals(id, b.registry().find(id).orElseThrow().id());
    }
  }

  @Test
  void storeGoesAwayAndComesBack_lastGoodStateServed_thenResynchronised() throws Exception {
    RegistrySync a = replica();
    a.update("gpt-4o", m -> m.toBuilder().description("first").build());
    RegistrySync b = replica();
    assertTrue(b.refresh());

    s3.stop();
    try {
      assertFalse(b.refresh());
      SyncHealth down = b.health();
      assertFalse(down.reachable());
      assertNotNull(down.lastError());
      assertNotNull(down.lastSuccess());
      assertEquals(Optional.of("first"), b.registry().find("gpt-4o").orElseThrow().description());
    } finally {
      s3.restart();
    }
    a.update("gpt-4o", m -> m.toBuilder().description("second").build());
    assertTrue(b.refresh());
    assertTrue(b.health().healthy(), b.health().toString());
    assertEquals(Optional.of("second"), b.registry().find("gpt-4o").orElseThrow().description());
  }
}
