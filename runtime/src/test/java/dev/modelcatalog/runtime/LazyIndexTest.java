package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;

/**
 * The registry's lazy index: creating a registry reads no key and no row, a lookup reads one key bucket of each
 * catalog, and the answers are those of an index that reads everything up front.
 */
class LazyIndexTest {

  /** A catalog split into key buckets as generated catalogs are, counting what the registry reads. */
  static class BucketedCatalog extends ForwardingCatalog {
    private final int bits;
    final List<Integer> bucketsRead = new ArrayList<>();
    int rowReads;
    int allKeysReads;
    int hashReads;
    String compilationId;

    BucketedCatalog(String providerId, int bits, List<ModelDefinition> models) {
      super(new FixtureCatalog(providerId, models));
      this.bits = bits;
    }

    @Override
    public String compilationId() {
      return compilationId;
    }

    @Override
    public String id(int index) {
      rowReads++;
      return super.id(index);
    }

    @Override
    public String ownedBy(int index) {
      rowReads++;
      return super.ownedBy(index);
    }

    @Override
    public long capabilityBits(int index) {
      rowReads++;
      return super.capabilityBits(index);
    }

    @Override
    public void keys(KeySink sink) {
      allKeysReads++;
      super.keys(sink);
    }

    @Override
    public int keyBucketBits() {
      return bits;
    }

    @Override
    public void keys(int bucket, KeySink sink) {
      bucketsRead.add(bucket);
      delegate.keys((kind, key, index) -> {
        if (ModelCatalog.keyBucketOfHash(kind.hashOf(key), bits) == bucket) {
          sink.key(kind, key, index);
        }
      });
    }

    @Override
    public int[] exactKeyHashes() {
      hashReads++;
      List<Integer> hashes = new ArrayList<>();
      delegate.keys((kind, key, index) -> {
        if (kind == KeyKind.ID || kind == KeyKind.ALIAS) {
          hashes.add(key.hashCode());
        }
      });
      return hashes.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
  }

  /** A catalog that feeds each normalized and compact key as the form itself, built with {@link Discovery}. */
  private static final class FormsFed extends ForwardingCatalog {
    FormsFed(ModelCatalog delegate) {
      super(delegate);
    }

    @Override
    public void keys(KeySink sink) {
      delegate.keys((kind, key, index) -> sink.key(kind, kind == KeyKind.NORMALIZED ? Discovery.normalizeModelId(key)
          : kind == KeyKind.COMPACT ? Discovery.compactKey(key) : key, index));
    }
  }

  private static final String[] FAMILIES = {"llama", "qwen", "mistral", "phi", "gemma"};

  /** {@code count} models with ids like {@code vendor3/qwen-14b-v7}, an alias each, from {@code first}. */
  private static List<ModelDefinition> models(String vendor, int first, int count) {
    List<ModelDefinition> models = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      String family = FAMILIES[i % FAMILIES.length];
      models.add(ModelDefinition.builder(vendor + "/" + family + "-" + (1 + i % 70) + "b-v" + i)
          .provider(vendor).contextWindow(4096).preset(i % 3 == 0 ? CapabilityPreset.VISION : CapabilityPreset.CHAT)
          .aliases(family + "-latest-" + i).build());
    }
    return models;
  }

  private static ModelRegistry lazy(BucketedCatalog... catalogs) {
    return ModelRegistry.builder().addCatalogs(catalogs).autoCreate(false).build();
  }

  @Test
  void creation_readsNoKeyAndNoRow() {
    BucketedCatalog a = new BucketedCatalog("a", 4, models("a", 0, 300));
    BucketedCatalog b = new BucketedCatalog("b", 1, models("b", 300, 40));
    ModelRegistry registry = lazy(a, b);
    assertEquals(340, registry.size());
    for (BucketedCatalog catalog : List.of(a, b)) {
      assertEquals(List.of(), catalog.bucketsRead);
      assertEquals(0, catalog.rowReads);
      assertEquals(0, catalog.allKeysReads);
    }
  }

  @Test
  void exactLookup_readsOneBucketOfEachCatalog_once() {
    BucketedCatalog a = new BucketedCatalog("a", 4, models("a", 0, 300));
    BucketedCatalog b = new BucketedCatalog("b", 1, models("b", 300, 40));
    ModelRegistry registry = lazy(a, b);
    String id = a.id(17);
    a.rowReads = 0;

    ModelDefinition found = registry.find(id).orElseThrow();
    assertEquals(id, found.id());
    assertEquals(List.of(ModelCatalog.keyBucket(id, 4)), a.bucketsRead);
    assertEquals(List.of(ModelCatalog.keyBucket(id, 1)), b.bucketsRead);
    assertEquals(0, a.rowReads + b.rowReads);
    assertEquals(0, a.allKeysReads + b.allKeysReads);

    registry.find(id);
    assertEquals(1, a.bucketsRead.size(), "a partition is built once");
  }

  /**
   * Exact hits build their partition's exact table alone; the first lookup past it builds the tables of normalized
   * and compact forms, reading the bucket once for each, and no lookup reads it again.
   */
  @Test
  void exactLookups_buildNoTableOfForms_theFirstLookupPastThemDoes() {
    BucketedCatalog a = new BucketedCatalog("a", 0, models("a", 0, 40));
    ModelRegistry registry = lazy(a);
    ModelDefinition model = registry.find(a.id(7)).orElseThrow();
    registry.find(model.aliases().get(0)).orElseThrow();
    registry.find(a.id(8)).orElseThrow();
    assertEquals(List.of(0), a.bucketsRead, "ids and aliases: the exact table only");

    String upperSnake = model.id().substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
    assertEquals(model, registry.find(upperSnake).orElseThrow());
    assertEquals(List.of(0, 0, 0), a.bucketsRead, "then the compact and the normalized table");
    String other = a.id(9).substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
    assertEquals(a.id(9), registry.find(other).orElseThrow().id());
    assertEquals(Optional.empty(), registry.find("no-such-model"));
    assertEquals(3, a.bucketsRead.size(), "each table is built once");
  }

  /** A lookup through the map view reads no row (ids, owners, bits); walking the view reads them, in id order. */
  @Test
  void mapViewLookup_readsNoRow_walkingItReadsThemInIdOrder() {
    BucketedCatalog a = new BucketedCatalog("a", 4, models("a", 0, 300));
    ModelRegistry registry = lazy(a);
    String id = a.id(17);
    a.rowReads = 0;

    assertEquals(id, registry.asMap().get(id).id());
    assertEquals(0, a.rowReads, "a lookup through the view reads no row");

    List<String> keys = new ArrayList<>(registry.asMap().keySet());
    assertTrue(a.rowReads > 0);
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    assertEquals(sorted, keys);
    assertEquals(300, keys.size());
  }

  /**
   * {@code require}, {@code match} and {@code get(query, false)} of an id answer from the key partition the id is
   * in; only a query that reaches the fuzzy step builds the fuzzy index, which reads every key of the catalog.
   */
  @Test
  void resolvingAnExactId_buildsNoFuzzyIndex_aFuzzyQueryDoes() {
    BucketedCatalog a = new BucketedCatalog("a", 4, models("a", 0, 300));
    ModelRegistry registry = lazy(a);
    String id = a.id(17);

    assertEquals(id, registry.require(id).id());
    assertEquals(MatchStrategy.EXACT, registry.match(id).orElseThrow().strategy());
    assertEquals(id, registry.get(id, false).orElseThrow().id());
    assertEquals(List.of(ModelCatalog.keyBucket(id, 4)), a.bucketsRead, "one bucket: no fuzzy index was built");

    assertEquals(Optional.empty(), registry.match("zephyr-quantum-ultra-9000"));
    assertEquals(16, new java.util.HashSet<>(a.bucketsRead).size(), "the fuzzy index read every bucket");
  }

  /**
   * Lookups that land together in a partition nobody has built: one builds it while the others wait, so the
   * catalogs' key buckets are read once and every lookup answers from the one set of tables.
   */
  @Test
  void racingFirstLookups_buildAPartitionOnce() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger bucketReads = new AtomicInteger();
    BucketedCatalog a = new BucketedCatalog("a", 4, models("a", 0, 300)) {
      @Override
      public void keys(int bucket, KeySink sink) {
        if (bucketReads.incrementAndGet() == 1) {
          inside.countDown();
          await(release);
        }
        super.keys(bucket, sink);
      }
    };
    ModelRegistry registry = lazy(a);
    String first = a.id(17);
    int bucket = ModelCatalog.keyBucket(first, 4);
    String second = null;
    for (int i = 0; second == null; i++) {
      second = i != 17 && ModelCatalog.keyBucket(a.id(i), 4) == bucket ? a.id(i) : null;
    }
    // Without separators or capitals, an unknown id is its own normalized and compact form: every table it is
    // looked up in sits in the same partition.
    String unknown = null;
    for (int i = 0; unknown == null; i++) {
      unknown = ModelCatalog.keyBucket("unknown" + i, 4) == bucket ? "unknown" + i : null;
    }
    List<String> queries = List.of(first, second, unknown);
    List<Optional<String>> expected = new ArrayList<>();
    for (String query : queries) {
      expected.add(lazy(new BucketedCatalog("a", 4, models("a", 0, 300))).find(query).map(ModelDefinition::id));
    }
    AtomicReferenceArray<Optional<String>> answers = new AtomicReferenceArray<>(queries.size());
    List<Thread> threads = new ArrayList<>();
    for (int q = 0; q < queries.size(); q++) {
      int n = q;
      threads.add(new Thread(() -> answers.set(n, registry.find(queries.get(n)).map(ModelDefinition::id))));
    }
    threads.get(0).start();
    assertTrue(inside.await(10, TimeUnit.SECONDS), "the first lookup reads the bucket");
    threads.subList(1, threads.size()).forEach(Thread::start);
    // Hold the first lookup inside the catalog until the others wait for it (or, were they not to wait, until one
    // of them reads the bucket as well), so that all of them race for the same partition.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (bucketReads.get() == 1 && System.nanoTime() < deadline
        && !threads.subList(1, threads.size()).stream().allMatch(t -> t.getState() == Thread.State.BLOCKED)) {
      Thread.sleep(1);
    }
    release.countDown();
    for (Thread thread : threads) {
      thread.join(10_000);
    }

    // Once for the exact table, by one lookup only; then once for each table of forms, by the lookup that missed.
    assertEquals(3, bucketReads.get(), "the bucket was read once for each table, by one lookup each time");
    for (int q = 0; q < queries.size(); q++) {
      assertEquals(expected.get(q), answers.get(q), queries.get(q));
    }
    assertTrue(expected.get(0).isPresent() && expected.get(1).isPresent() && expected.get(2).isEmpty());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void everyQuery_answersAsAnIndexThatReadsEverything() {
    List<ModelDefinition> first = models("a", 0, 300);
    List<ModelDefinition> second = models("b", 300, 60);
    // Two models whose normalized ids meet: a normalized lookup of either must find neither.
    first = new ArrayList<>(first);
    first.add(ModelDefinition.builder("shared/Twin-7B").provider("a").contextWindow(4096).build());
    second = new ArrayList<>(second);
    second.add(ModelDefinition.builder("other/twin_7b").provider("b").contextWindow(4096).build());
    ModelRegistry lazy = lazy(new BucketedCatalog("a", 5, first), new BucketedCatalog("b", 2, second));
    ModelRegistry eager = ModelRegistry.builder().autoCreate(false)
        .addCatalogs(new FixtureCatalog("a", first), new FixtureCatalog("b", second)).build();
    // Catalogs may also feed the normalized and compact forms themselves rather than the ids they come from.
    ModelRegistry formsFed = ModelRegistry.builder().autoCreate(false)
        .addCatalogs(new FormsFed(new FixtureCatalog("a", first)), new FormsFed(new FixtureCatalog("b", second)))
        .build();

    List<String> queries = new ArrayList<>(List.of("twin-7b", "TWIN_7B", "shared/Twin-7B", "other/twin_7b",
        "no-such-model", "", "Ｌｌａｍａ", "llama‐3b‐v2"));
    for (ModelDefinition model : eager.all()) {
      String id = model.id();
      queries.add(id);
      queries.add(id.toUpperCase(Locale.ROOT).replace('-', '_'));
      queries.add(id.replace("-", ""));
      queries.add(id + "x");
      queries.addAll(model.aliases());
      queries.add("ǅ" + id);
    }
    int hits = 0;
    for (String query : queries) {
      Optional<ModelDefinition> expected = eager.find(query);
      Optional<ModelDefinition> actual = lazy.find(query);
      assertEquals(expected.map(ModelDefinition::id), actual.map(ModelDefinition::id), query);
      assertEquals(expected.map(ModelDefinition::id), formsFed.find(query).map(ModelDefinition::id), query);
      hits += actual.isPresent() ? 1 : 0;
    }
    assertTrue(hits > 4 * 360, "most queries hit: " + hits);
    assertEquals(eager.stats().totalAliases(), lazy.stats().totalAliases());
    assertEquals(eager.find("twin-7b"), Optional.empty());
  }

  @Test
  void rememberedHits_giveWayToRunTimeChanges() {
    BucketedCatalog a = new BucketedCatalog("a", 3, models("a", 0, 50));
    ModelRegistry registry = lazy(a);
    String id = a.id(7);
    String alias = registry.find(id).orElseThrow().aliases().get(0);
    String upperSnake = id.substring(id.indexOf('/') + 1).toUpperCase(Locale.ROOT).replace('-', '_');
    // Hits on the id, an alias and a normalized spelling return the definition's own Optional every time.
    Optional<ModelDefinition> first = registry.find(id);
    assertSame(first, registry.find(id));
    assertSame(first, registry.find(alias));
    assertSame(first, registry.find(upperSnake));
    assertSame(first, registry.find(upperSnake));

    // A run-time model added beside them hides nothing: compiled hits still come from the key tables.
    registry.register(ModelDefinition.builder("runtime/extra-1").provider("r").contextWindow(4096)
        .aliases("extra-one").build());
    assertSame(first, registry.find(id));
    assertSame(first, registry.find(alias));
    assertSame(first, registry.find(upperSnake));
    assertEquals("runtime/extra-1", registry.find("runtime/extra-1").orElseThrow().id());
    assertEquals("runtime/extra-1", registry.find("extra-one").orElseThrow().id());
    assertEquals("runtime/extra-1", registry.find("EXTRA_1").orElseThrow().id());
    // Which is sound only because a run-time model cannot take a compiled id or alias without replacing it.
    assertThrows(ModelConflictException.class, () -> registry.register(
        ModelDefinition.builder("runtime/extra-2").provider("r").contextWindow(4096).aliases(alias).build()));
    assertSame(first, registry.find(alias));

    ModelDefinition replacement = ModelDefinition.builder(id).provider("a").contextWindow(8192).build();
    registry.replace(replacement);
    assertEquals(8192, registry.find(id).orElseThrow().contextWindow());
    assertEquals(8192, registry.find(upperSnake).orElseThrow().contextWindow());
    assertEquals(Optional.empty(), registry.find(alias), "the replacement declares no alias");

    assertTrue(registry.remove(id));
    assertEquals(Optional.empty(), registry.find(id));
    assertEquals(Optional.empty(), registry.find(upperSnake));
  }

  @Test
  void twoCatalogsDeclaringOneAlias_failWhenTheRegistryIsCreated() {
    List<ModelDefinition> clash = List.of(
        ModelDefinition.builder("b/own").provider("b").contextWindow(4096).aliases("qwen-latest-1").build());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> lazy(new BucketedCatalog("a", 3, models("a", 0, 50)), new BucketedCatalog("b", 0, clash)));
    assertTrue(e.getMessage().contains("'qwen-latest-1'"), e.getMessage());
    assertTrue(e.getMessage().contains("catalogs a and b"), e.getMessage());
  }

  @Test
  void aClashBetweenLaterCatalogs_namesBothModels() {
    // The first owner of the alias is in the second catalog, whose ordinals start past the first one's models.
    List<ModelDefinition> own = List.of(
        ModelDefinition.builder("b/own").provider("b").contextWindow(4096).aliases("shared-alias").build());
    List<ModelDefinition> other = List.of(
        ModelDefinition.builder("c/other").provider("c").contextWindow(4096).aliases("shared-alias").build());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> lazy(
        new BucketedCatalog("a", 2, models("a", 0, 30)), new BucketedCatalog("b", 0, own),
        new BucketedCatalog("c", 0, other)));
    assertTrue(e.getMessage().contains("catalogs b and c both declare 'shared-alias' (models 'b/own' and 'c/other')"),
        e.getMessage());
  }

  @Test
  void keyBucketBits_fromZeroToSixteen() {
    ModelRegistry widest = lazy(new BucketedCatalog("a", 16, models("a", 0, 40)));
    ModelDefinition some = models("a", 0, 40).get(17);
    assertEquals(some.id(), widest.find(some.id()).orElseThrow().id());
    for (int bits : new int[] {-1, 17}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> lazy(new BucketedCatalog("a", bits, models("a", 0, 40))));
      assertEquals("catalog a: keyBucketBits() must be 0 to 16, was " + bits, e.getMessage());
    }
  }

  @Test
  void catalogsGivingNoKeyHashes_sharingAnId_failWhenTheRegistryIsCreated() {
    // FixtureCatalog gives no sorted key hashes, so the registry reads them from its keys; many ids make their
    // hashes come out of order, and a mixed-case id differs from its normalized form.
    List<ModelDefinition> first = new ArrayList<>(models("a", 0, 40));
    List<ModelDefinition> second = new ArrayList<>(models("b", 40, 40));
    ModelDefinition shared = ModelDefinition.builder("Acme/Shared-Model").contextWindow(4096).build();
    first.add(shared);
    second.add(ModelDefinition.builder("Acme/Shared-Model").contextWindow(8192).build());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("a", first), new FixtureCatalog("b", second)).build());
    assertTrue(e.getMessage().contains("'Acme/Shared-Model'"), e.getMessage());
    assertTrue(e.getMessage().contains("catalogs a and b"), e.getMessage());
  }

  @Test
  void keysThatOnlyShareAHash_areNotDuplicates() {
    // "Aa" and "BB" have the same String.hashCode(), as do "AaAa", "AaBB" and "BBBB".
    assertEquals("Aa".hashCode(), "BB".hashCode());
    assertEquals("AaAa".hashCode(), "BBBB".hashCode());
    BucketedCatalog a = new BucketedCatalog("a", 2, List.of(
        ModelDefinition.builder("Aa").contextWindow(4096).aliases("AaAa").build()));
    BucketedCatalog b = new BucketedCatalog("b", 0, List.of(
        ModelDefinition.builder("BB").contextWindow(4096).aliases("BBBB", "AaBB").build()));
    ModelRegistry registry = lazy(a, b);
    assertEquals("Aa", registry.find("AaAa").orElseThrow().id());
    assertEquals("BB", registry.find("AaBB").orElseThrow().id());
    assertEquals("BB", registry.find("BB").orElseThrow().id());
    assertSame(registry.find("Aa").orElseThrow(), registry.find("AaAa").orElseThrow());
  }

  @Test
  void oneCatalogDeclaringAKeyTwice_fails() {
    List<ModelDefinition> twice = List.of(
        ModelDefinition.builder("first").contextWindow(4096).aliases("same-alias").build(),
        ModelDefinition.builder("second").contextWindow(4096).aliases("same-alias").build());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> lazy(new BucketedCatalog("solo", 2, twice)));
    assertTrue(e.getMessage().contains("'same-alias'"), e.getMessage());
  }

  @Test
  void catalogsOfOneCompilation_areNotCheckedAgain_butOneCatalogTwiceIs() {
    BucketedCatalog a = new BucketedCatalog("a", 3, models("a", 0, 50));
    BucketedCatalog b = new BucketedCatalog("b", 1, models("b", 50, 20));
    a.compilationId = "run-1";
    b.compilationId = "run-1";
    lazy(a, b);
    assertEquals(0, a.hashReads + b.hashReads);

    b.compilationId = "run-2";
    lazy(a, b);
    assertEquals(1, a.hashReads);
    assertEquals(1, b.hashReads);

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> lazy(a, a));
    assertTrue(e.getMessage().endsWith("of provider a is added twice; add each catalog once"), e.getMessage());
  }

  @Test
  void keyBucket_isTheTopBitsOfTheMixedHash() {
    assertEquals(0, ModelCatalog.keyBucket("anything", 0));
    for (String key : List.of("gpt-4o", "Aa", "", "meta-llama/llama-3.1-8b")) {
      int wide = ModelCatalog.keyBucket(key, 10);
      assertTrue(wide >= 0 && wide < 1024, key);
      // fewer bits: the same bucket's prefix, which is what lets catalogs with different bit counts share partitions
      assertEquals(wide >>> 7, ModelCatalog.keyBucket(key, 3), key);
    }
    assertEquals(List.of(0x12345678, -1, 0),
        Arrays.stream(ModelCatalog.decodeKeyHashes("12345678ffffffff", "00000000")).boxed().toList());
  }
}
