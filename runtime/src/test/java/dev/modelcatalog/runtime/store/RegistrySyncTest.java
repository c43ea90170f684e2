package dev.modelcatalog.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.Fixtures;
import dev.modelcatalog.runtime.ModelConflictException;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.RegistryListener;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.UnknownModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replicas sharing one directory store: writes seen after a refresh, no lost updates, bad objects and outages. */
class RegistrySyncTest {

  @TempDir
  Path dir;

  private RegistrySync replica(ObjectStore objects) {
    return RegistrySync.of(Fixtures.registry(), new ObjectRegistryStore(objects));
  }

  private RegistrySync replica() throws IOException {
    return replica(new FileObjectStore(dir));
  }

  private static ModelRegistry registry(RegistrySync sync) {
    return sync.registry();
  }

  @Test
  void update_onOneReplica_isSeenByTheOtherAfterRefresh_withEvents() throws IOException {
    RegistrySync a = replica();
    RegistrySync b = replica();
    assertTrue(b.refresh());
    List<String> events = new CopyOnWriteArrayList<>();
    registry(b).addListener(new RegistryListener() {
      @Override
      public void modelReplaced(ModelDefinition previous, ModelDefinition current) {
        events.add("replaced " + current.id() + " " + current.tags());
      }
    });

    a.update("gpt-4o", m -> m.toBuilder().tags("preferred").build());

    assertEquals(List.of("preferred"), registry(a).find("gpt-4o").orElseThrow().tags());
    assertFalse(registry(b).find("gpt-4o").orElseThrow().tags().contains("preferred"), "not before the refresh");
    assertTrue(b.refresh());
    assertEquals(List.of("preferred"), registry(b).find("gpt-4o").orElseThrow().tags());
    assertEquals(List.of("replaced gpt-4o [preferred]"), events);
  }

  @Test
  void refresh_unchangedStore_costsOneConditionalRead() throws IOException {
    FlakyObjectStore objects = new FlakyObjectStore(new FileObjectStore(dir));
    replica().put(Fixtures.acmeVision());
    RegistrySync reader = RegistrySync.of(Fixtures.registry(), new ObjectRegistryStore(objects, 0));
    assertTrue(reader.refresh());
    int gets = objects.gets.get();
    assertTrue(reader.refresh());
    assertEquals(gets + 1, objects.gets.get());
    assertEquals(1, objects.notModified.get());
  }

  @Test
  void concurrentWriters_patchingOneModel_loseNoUpdate() throws Exception {
    RegistrySync a = RegistrySync.of(Fixtures.registry(), FileRegistryStore.open(dir), 200);
    RegistrySync b = RegistrySync.of(Fixtures.registry(), FileRegistryStore.open(dir), 200);
    int perWriter = 15;
    int before = Fixtures.GPT_4O.tags().size();
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
            writer.update("gpt-4o", m -> m.toBuilder().tags(append(m.tags(), tag)).build());
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<Void> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    RegistrySync reader = replica();
    assertTrue(reader.refresh());
    List<String> tags = registry(reader).find("gpt-4o").orElseThrow().tags();
    assertEquals(before + 2 * perWriter, tags.size(), tags.toString());
    assertEquals(before + 2 * perWriter, new HashSet<>(tags).size());
    for (int i = 0; i < perWriter; i++) {
      assertTrue(tags.contains("a" + i) && tags.contains("b" + i), i + " in " + tags);
    }
  }

  static List<String> append(List<String> tags, String tag) {
    List<String> next = new ArrayList<>(tags);
    next.add(tag);
    return next;
  }

  @Test
  void write_losingEveryAttempt_throwsTypedConflictAndChangesNothing() throws IOException {
    ObjectStore alwaysBeaten = new FlakyObjectStore(new FileObjectStore(dir)) {
      @Override
      public Optional<String> put(String key, byte[] content, Precondition precondition) {
        return Optional.empty();
      }
    };
    RegistrySync sync = RegistrySync.of(Fixtures.registry(), new ObjectRegistryStore(alwaysBeaten), 3);
    StoreConflictException e = assertThrows(StoreConflictException.class,
        () -> sync.update("o1", m -> m.toBuilder().description("x").build()));
    assertEquals(3, e.attempts());
    assertEquals(StoreKeys.model("openai", "o1"), e.key());
    assertTrue(registry(sync).find("o1").orElseThrow().description().isEmpty());
  }

  @Test
  void remove_isATombstone_hidingTheCompiledModelOnFreshReplicas() throws IOException {
    RegistrySync a = replica();
    assertTrue(a.remove("o1"));
    assertFalse(registry(a).contains("o1"));
    assertFalse(a.remove("o1"));
    RegistrySync fresh = replica();
    assertTrue(fresh.refresh());
    assertFalse(registry(fresh).contains("o1"));
    assertThrows(UnknownModelException.class, () -> a.update("o1", m -> m));
  }

  @Test
  void register_sameIdOnTwoReplicas_secondIsAConflict() throws IOException {
    RegistrySync a = replica();
    RegistrySync b = replica();
    a.register(Fixtures.acmeVision());
    ModelConflictException e = assertThrows(ModelConflictException.class, () -> b.register(Fixtures.acmeVision()));
    assertEquals("acme-vision", e.modelId());
  }

  @Test
  void objectNamingAFieldTwice_isRejected_notReadWithEitherValue() throws IOException {
    RegistrySync writer = replica();
    RegistrySync reader = RegistrySync.of(Fixtures.registry(), new ObjectRegistryStore(new FileObjectStore(dir), 1));
    writer.put(Fixtures.acmeVision());
    assertTrue(reader.refresh());
    writer.update("acme-vision", m -> m.toBuilder().contextWindow(128_000).build());
    Path file = dir.resolve(StoreKeys.model("acme", "acme-vision"));
    String twice = Files.readString(file).replaceFirst("\"context_window\"\\s*:\\s*128000",
        "\"context_window\": 128000, \"context_window\": 256000");
    assertTrue(twice.contains("256000"), twice);
    Files.writeString(file, twice, StandardCharsets.UTF_8);

    assertTrue(reader.refresh());
    assertEquals(64_000, registry(reader).find("acme-vision").orElseThrow().contextWindow());
    String problem = reader.health().problems().get(0);
    assertTrue(problem.contains("json-syntax") && problem.contains("Duplicate field 'context_window'"), problem);
  }

  @Test
  void corruptObject_isRejected_registryKeepsItsLastGoodState() throws IOException {
    RegistrySync writer = replica();
    // Hand edits do not touch the index, so this reader lists the objects on every refresh.
    RegistrySync reader = RegistrySync.of(Fixtures.registry(), new ObjectRegistryStore(new FileObjectStore(dir), 1));
    writer.put(Fixtures.acmeVision());
    assertTrue(reader.refresh());
    assertEquals(64_000, registry(reader).find("acme-vision").orElseThrow().contextWindow());

    writer.update("acme-vision", m -> m.toBuilder().contextWindow(128_000).build());
    Path file = dir.resolve(StoreKeys.model("acme", "acme-vision"));
    String whole = Files.readString(file);
    Files.writeString(file, whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8); // a partial write
    List<String> events = new CopyOnWriteArrayList<>();
    registry(reader).addListener(new RegistryListener() {
      @Override
      public void modelAdded(ModelDefinition model) {
        events.add(model.id());
      }
    });

    assertTrue(reader.refresh());
    assertEquals(64_000, registry(reader).find("acme-vision").orElseThrow().contextWindow());
    assertEquals(List.of(), events);
    SyncHealth health = reader.health();
    assertFalse(health.healthy());
    assertTrue(health.reachable());
    assertTrue(health.problems().get(0).contains(StoreKeys.model("acme", "acme-vision")), health.toString());

    String broken = whole.replaceFirst("\"context_window\"\\s*:\\s*128000", "\"context_window\": -5");
    assertTrue(broken.contains("-5"), broken);
    Files.writeString(file, broken);
    assertTrue(reader.refresh());
    assertEquals(64_000, registry(reader).find("acme-vision").orElseThrow().contextWindow());
    assertTrue(reader.health().problems().get(0).contains("context-window-not-positive"),
        reader.health().problems().toString());

    assertThrows(CorruptEntryException.class, () -> writer.update("acme-vision", m -> m));
    writer.put(Fixtures.acmeVision().toBuilder().contextWindow(256_000).build());
    assertFalse(Files.readString(file).contains("-5"));
    assertTrue(reader.refresh());
    assertEquals(256_000, registry(reader).find("acme-vision").orElseThrow().contextWindow());
    assertTrue(reader.health().healthy(), reader.health().toString());
  }

  @Test
  void unreachableStore_keepsLastGoodState_thenResynchronises() throws IOException {
    RegistrySync writer = replica();
    FlakyObjectStore objects = new FlakyObjectStore(new FileObjectStore(dir));
    RegistrySync reader = replica(objects);
    writer.put(Fixtures.acmeVision());
    assertTrue(reader.refresh());
    assertNotNull(reader.health().lastSuccess());

    objects.down = true;
    writer.update("acme-vision", m -> m.toBuilder().description("second").build());
    assertFalse(reader.refresh());
    SyncHealth down = reader.health();
    assertFalse(down.reachable());
    assertTrue(down.lastError().contains("connection refused"), down.lastError());
    assertTrue(down.lastAttempt().compareTo(down.lastSuccess()) >= 0);
    assertTrue(registry(reader).contains("acme-vision"), "last good state still served");
    assertTrue(registry(reader).find("acme-vision").orElseThrow().description().isEmpty());
    assertThrows(java.io.UncheckedIOException.class, () -> reader.put(Fixtures.acmeVision()));

    objects.down = false;
    assertTrue(reader.refresh());
    assertTrue(reader.health().healthy());
    assertNull(reader.health().lastError());
    assertEquals(Optional.of("second"), registry(reader).find("acme-vision").orElseThrow().description());
  }

  @Test
  void routesAndPlatforms_areShared() throws IOException {
    RegistrySync a = replica();
    RegistrySync b = replica();
    RegistrySync stale = replica();
    a.registerPlatform(new Platform("acme-cloud", "Acme Cloud", "https://acme.example/v1", "", null, null));
    Route route = a.addRoute(Route.builder("acme-cloud").model("gpt-4o").priority(4).build());
    assertEquals(Optional.of("gpt-4o"), route.model());
    assertTrue(b.refresh());
    assertTrue(registry(b).platform("acme-cloud").isPresent());
    assertTrue(registry(b).routes("gpt-4o").contains(route), registry(b).routes("gpt-4o").toString());
    assertThrows(dev.modelcatalog.runtime.InvalidRouteException.class,
        () -> b.addRoute(Route.builder("acme-cloud").model("gpt-4o").priority(4).build()), "duplicate priority");
    a.addRoute(Route.builder("groq").model("gpt-4o").priority(5).build());
    assertThrows(StoreConflictException.class,
        () -> stale.addRoute(Route.builder("groq").model("gpt-4o").priority(5).build()), "stored already");
  }

  @Test
  void derivedDocuments_listTheStoredModels() throws IOException {
    RegistrySync a = replica();
    a.put(Fixtures.acmeVision());
    String capabilities = Files.readString(dir.resolve(StoreKeys.CAPABILITIES));
    String pricing = Files.readString(dir.resolve(StoreKeys.PRICING));
    String provider = Files.readString(dir.resolve(StoreKeys.provider("acme")));
    String index = Files.readString(dir.resolve(StoreKeys.INDEX));
    var json = com.fasterxml.jackson.databind.json.JsonMapper.builder().build();
    assertEquals("[\"acme-vision\"]", json.readTree(capabilities).get("vision").toString());
    assertEquals("[]", json.readTree(capabilities).get("embeddings").toString());
    assertEquals(1.0, json.readTree(pricing).get("acme-vision").get("input_per_million").doubleValue());
    assertTrue(provider.contains("acme-vision"), provider);
    assertTrue(index.contains(StoreKeys.model("acme", "acme-vision")), index);
  }

  /** A replica's own write is applied once: the refresh after it finds the store as the replica left it. */
  @Test
  void ownWrites_returnTheModel_andAreNotAppliedAgainByARefresh() throws IOException {
    RegistrySync a = replica();
    AddedAndRemoved listener = new AddedAndRemoved();
    registry(a).addListener(listener);
    List<String> events = listener.events;

    assertEquals(Fixtures.acmeVision(), a.register(Fixtures.acmeVision()));
    ModelDefinition tagged = a.update("acme-vision", m -> m.toBuilder().tags("tagged").build());
    assertEquals(List.of("tagged"), tagged.tags());
    ModelDefinition wider = Fixtures.acmeVision().toBuilder().contextWindow(128_000).build();
    assertEquals(wider, a.put(wider));
    assertTrue(a.refresh());

    assertEquals(List.of("added acme-vision", "removed acme-vision", "added acme-vision", "removed acme-vision",
        "added acme-vision"), events);
    assertEquals(wider, registry(a).find("acme-vision").orElseThrow());
  }

  @Test
  void derivedDocuments_followPlatformsAndRemovals() throws IOException {
    RegistrySync a = replica();
    a.put(Fixtures.acmeVision());
    a.registerPlatform(new Platform("acme-cloud", "Acme Cloud", "https://acme.example/v1", "", null, null));
    String index = Files.readString(dir.resolve(StoreKeys.INDEX));
    assertTrue(index.contains(StoreKeys.platform("acme-cloud")), index);

    assertTrue(a.remove("acme-vision"));
    var json = com.fasterxml.jackson.databind.json.JsonMapper.builder().build();
    String capabilities = Files.readString(dir.resolve(StoreKeys.CAPABILITIES));
    assertEquals("[]", json.readTree(capabilities).get("vision").toString(), "a tombstone lists nothing");
    assertFalse(Files.readString(dir.resolve(StoreKeys.PRICING)).contains("acme-vision"));
  }

  @Test
  void hostileIds_writeAndReadBack() throws IOException {
    Path inner = dir.resolve("inner");
    RegistrySync a = replica(new FileObjectStore(inner));
    RegistrySync b = replica(new FileObjectStore(inner));
    // A bare ".." is no id (nothing after its last slash names a model); "../up" keeps a parent segment.
    Set<String> ids = Set.of("acme/../../escape", "ft:gpt-4o:acme::x1", "../up", "a/b/c");
    for (String id : ids) {
      a.put(ModelDefinition.builder(id).ownedBy("acme/../x").contextWindow(1000).build());
    }
    assertTrue(b.refresh());
    for (String id : ids) {
      assertEquals(id, registry(b).find(id).orElseThrow().id());
    }
    try (var files = Files.walk(dir)) {
      assertEquals(List.of(), files.filter(Files::isRegularFile).filter(f -> !f.startsWith(inner)).toList());
    }
  }
}
