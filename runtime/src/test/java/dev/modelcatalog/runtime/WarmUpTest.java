package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelRegistry#warmUp}: afterwards no lookup, query, fuzzy resolution or search reads a catalog again, and
 * every answer is the one a registry without a warm-up gives.
 */
class WarmUpTest {

  /** A bucketed catalog that also counts the definitions it builds and the reads of its snapshots. */
  private static final class CountingCatalog extends LazyIndexTest.BucketedCatalog {
    int modelReads;
    int snapshotReads;
    int routeReads;
    int contextReads;

    CountingCatalog(String providerId, List<ModelDefinition> models) {
      super(providerId, 3, models);
    }

    @Override
    public ModelDefinition model(int index) {
      modelReads++;
      return super.model(index);
    }

    @Override
    public List<Snapshot> snapshots() {
      snapshotReads++;
      return super.snapshots();
    }

    @Override
    public List<Route> routes(int index) {
      routeReads++;
      return super.routes(index);
    }

    @Override
    public List<Platform> platforms() {
      routeReads++;
      return super.platforms();
    }

    @Override
    public int contextWindow(int index) {
      contextReads++;
      return super.contextWindow(index);
    }

    int reads() {
      return bucketsRead.size() + rowReads + allKeysReads + modelReads + snapshotReads + routeReads + contextReads;
    }
  }

  /** {@code count} models with ids like {@code acme/qwen-14b-v7}, an alias each. */
  private static List<ModelDefinition> models(String vendor, int count) {
    String[] families = {"llama", "qwen", "mistral", "phi"};
    List<ModelDefinition> models = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String family = families[i % families.length];
      models.add(ModelDefinition.builder(vendor + "/" + family + "-" + (1 + i % 70) + "b-v" + i).provider(vendor)
          .contextWindow(4096 * (1 + i % 8)).aliases(family + "-latest-" + vendor + i)
          .description("The " + family + " model number " + i).build());
    }
    return models;
  }

  private static ModelRegistry registry(ModelCatalog... catalogs) {
    return ModelRegistry.builder().addCatalogs(catalogs).autoCreate(false).build();
  }

  /** A spread of what a server asks: ids, aliases, other spellings, a typo, an unknown id, a query, a search. */
  private static List<String> answers(ModelRegistry registry) {
    List<String> answers = new ArrayList<>();
    for (String query : List.of("acme/qwen-2b-v1", "mistral-latest-beta2", "ACME/LLAMA-1B-V0", "acme_phi_4b_v3",
        "acme/qwen-2b-vl", "acme/mistrl-33b-v102", "nobody/nothing-at-all")) {
      answers.add(query + " -> " + registry.get(query).map(ModelDefinition::id).orElse("none"));
    }
    answers.add(registry.listModelIds(ModelQuery.builder().minContextWindow(30_000).build()).toString());
    answers.add(registry.search("mistral number", 3).stream().map(ModelDefinition::id).toList().toString());
    answers.add(registry.findByRoute("bedrock", "acme.qwen-2b-v1").map(ModelDefinition::id).orElse("no route"));
    answers.add(String.valueOf(registry.platform("bedrock").isPresent()));
    return answers;
  }

  @Test
  void afterWarmUp_nothingIsReadAgain_andTheAnswersAreTheSame() {
    CountingCatalog acme = new CountingCatalog("acme", models("acme", 150));
    CountingCatalog beta = new CountingCatalog("beta", models("beta", 90));
    ModelRegistry warm = ModelRegistry.builder().addCatalogs(acme, beta).autoCreate(false).spellingMemo(0).build();
    assertNull(warm.resolverIfMade(), "a new registry has built no fuzzy index");
    assertFalse(warm.searchTextPrepared());

    warm.warmUp();
    assertTrue(warm.resolverIfMade().fuzzyIndexBuilt());
    assertTrue(warm.searchTextPrepared());
    assertEquals(150, acme.modelReads, "every definition built once");
    int acmeReads = acme.reads();
    int betaReads = beta.reads();
    List<String> answers = answers(warm);
    assertEquals(acmeReads, acme.reads(), "nothing read from acme after the warm-up");
    assertEquals(betaReads, beta.reads(), "nothing read from beta after the warm-up");

    ModelRegistry cold = registry(new FixtureCatalog("acme", models("acme", 150)),
        new FixtureCatalog("beta", models("beta", 90)));
    assertEquals(answers(cold), answers);
    assertEquals("acme/mistrl-33b-v102 -> acme/mistral-33b-v102", answers.get(5), "the typo resolved");
  }

  @Test
  void warmUp_twice_readsNothingTheSecondTime() {
    CountingCatalog acme = new CountingCatalog("acme", models("acme", 60));
    ModelRegistry registry = registry(acme);
    registry.warmUp();
    int reads = acme.reads();
    registry.warmUp();
    assertEquals(reads, acme.reads());
  }

  @Test
  void warmUp_afterWrites_answersForTheNewState() {
    ModelRegistry registry = registry(new FixtureCatalog("acme", models("acme", 60)));
    registry.warmUp();
    registry.register(ModelDefinition.builder("zeta/orbit-large").contextWindow(8192)
        .description("A run-time model").build());
    registry.remove("acme/qwen-2b-v1");
    assertFalse(registry.searchTextPrepared(), "a write makes the search text stale");
    registry.warmUp();
    assertTrue(registry.searchTextPrepared());
    assertEquals("zeta/orbit-large", registry.get("zeta/orbti-large").map(ModelDefinition::id).orElse("none"));
    assertEquals(List.of("zeta/orbit-large"), registry.search("run-time", 5).stream().map(ModelDefinition::id)
        .toList());
    assertFalse(registry.contains("acme/qwen-2b-v1"));
  }

  /** Lookups made while another thread warms the registry up find what they find without it. */
  @Test
  void lookupsDuringWarmUp_findEveryModel() throws InterruptedException {
    List<ModelDefinition> models = models("acme", 400);
    ModelRegistry registry = registry(new FixtureCatalog("acme", models));
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger misses = new AtomicInteger();
    List<Thread> readers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int offset = t;
      readers.add(new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = offset; i < models.size(); i += 2) {
          String id = models.get(i).id();
          boolean found = registry.find(id).isPresent()
              && registry.get(id.toUpperCase(Locale.ROOT).replace('-', '_')).isPresent()
              && registry.get(models.get(i).aliases().get(0)).isPresent();
          if (!found) {
            misses.incrementAndGet();
          }
        }
      }));
    }
    readers.forEach(Thread::start);
    Thread warming = new Thread(registry::warmUp);
    warming.start();
    start.countDown();
    warming.join();
    for (Thread reader : readers) {
      reader.join();
    }
    assertEquals(0, misses.get());
  }
}
