package dev.modelcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelCatalog.KeyKind;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Presets;
import dev.modelcatalog.runtime.Pricing;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Compiles stubs, loads the generated catalog from the compilation's output and calls it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogBehaviourTest {

  private static final String[] OPENAI =
      {"package-info.java", "Gpt4o.java", "GptOss120b.java", "TextEmbedding3Small.java", "Gpt35Turbo.java"};

  static ModelCatalog load(Compilation compilation, Compilations.RecordingClassLoader loader, String catalog)
      throws ReflectiveOperationException {
    assertThat(compilation).succeededWithoutWarnings();
    return (ModelCatalog) loader.loadClass(catalog).getConstructor().newInstance();
  }

  /**
   * 600 models in one catalog: ten shards and 32 key buckets, compiled once for the tests that read it. Held by
   * the test instance, one for the class, not in a static: a mutation run reruns tests in one JVM with changed
   * processor code, and a static compilation would still hold the first run's output.
   */
  private Compilation many;

  private synchronized Compilation manyCatalog() {
    if (many == null) {
      many = Compilations.compile(generatedStubs("test.many", "many", 600));
    }
    return many;
  }

  private static ModelCatalog openAi() throws ReflectiveOperationException {
    Compilation compilation = Compilations.compile(Compilations.resources("valid/openai", OPENAI));
    return load(compilation, Compilations.classLoader(compilation), "test.openai.OpenAiCatalog");
  }

  @Test
  void catalog_ordersModelsByNormalizedId() throws ReflectiveOperationException {
    ModelCatalog catalog = openAi();
    assertThat(catalog.providerId()).isEqualTo("openai");
    assertThat(catalog.providerName()).isEqualTo("OpenAI");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < catalog.size(); i++) {
      ids.add(catalog.id(i));
    }
    assertThat(ids).containsExactly("gpt-3.5-turbo", "gpt-4o", "openai/gpt-oss-120b", "text-embedding-3-small")
        .inOrder();
  }

  @Test
  void catalog_tablesAgreeWithDefinitions() throws ReflectiveOperationException {
    ModelCatalog catalog = openAi();
    for (int i = 0; i < catalog.size(); i++) {
      ModelDefinition model = catalog.model(i);
      assertThat(model.id()).isEqualTo(catalog.id(i));
      assertThat(model.ownedBy()).isEqualTo(catalog.ownedBy(i));
      assertThat(model.capabilities().bits()).isEqualTo(catalog.capabilityBits(i));
      assertThat(model.contextWindow()).isEqualTo(catalog.contextWindow(i));
    }
  }

  @Test
  void model_rebuildsDeclaredFacts() throws ReflectiveOperationException {
    ModelCatalog catalog = openAi();
    ModelDefinition turbo = catalog.model(0);
    assertThat(turbo.name()).isEqualTo("GPT-3.5 Turbo");
    assertThat(turbo.ownedBy()).isEqualTo("openai-internal");
    assertThat(turbo.aliases()).containsExactly("gpt-3.5-turbo-0125", "gpt35").inOrder();
    assertThat(turbo.deprecated()).isTrue();
    assertThat(turbo.replacement()).hasValue("gpt-4o");
    assertThat(turbo.maxOutputTokens()).isEqualTo(4096);
    assertThat(turbo.has(Capability.FINE_TUNABLE)).isTrue();
    assertThat(turbo.has(Capability.PARALLEL_TOOL_CALLS)).isFalse();
    assertThat(turbo.latency().ttftMean()).isEqualTo(0.25);
    assertThat(turbo.latency().ttftStd()).isEqualTo(0.1); // from the MEDIUM preset
    ModelDefinition gpt4o = catalog.model(1);
    assertThat(gpt4o.capabilities()).isEqualTo(Presets.capabilities(CapabilityPreset.VISION));
    assertThat(gpt4o.pricing().orElseThrow().cachedInputPerMillion().getAsDouble()).isEqualTo(1.25);
    assertThat(gpt4o.pricing().orElseThrow().cacheWritePerMillion().isPresent()).isFalse();
    ModelDefinition oss = catalog.model(2);
    assertThat(oss.has(Capability.MOE)).isTrue();
    assertThat(oss.moe().orElseThrow().numExperts()).isEqualTo(128);
    // Written as the preset's numbers and as Pricing.of: the same values the annotations declare.
    assertThat(oss.latency()).isEqualTo(Presets.latency(LatencyPreset.LARGE));
    assertThat(oss.pricing()).hasValue(Pricing.builder().inputPerMillion(0.15).outputPerMillion(0.60).build());
    ModelDefinition embedding = catalog.model(3);
    assertThat(embedding.maxOutputTokens()).isEqualTo(8191);
  }

  @Test
  void keys_feedIdAliasNormalizedAndCompactForms_compactFormsAsTheNameTheyComeFrom()
      throws ReflectiveOperationException {
    ModelCatalog catalog = openAi();
    List<String> keys = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    catalog.keys((kind, key, index) -> {
      if (index == 0) {
        keys.add(kind + " " + key);
        forms.add(kind == KeyKind.NORMALIZED ? Discovery.normalizeModelId(key)
            : kind == KeyKind.COMPACT ? Discovery.compactKey(key) : key);
      }
    });
    // Normalized forms are fed as themselves, compact forms as the id or alias they come from.
    assertThat(keys).containsExactly(
        "ID gpt-3.5-turbo", "ALIAS gpt-3.5-turbo-0125", "ALIAS gpt35",
        "NORMALIZED gpt-3-5-turbo", "NORMALIZED gpt-3-5-turbo-0125", "NORMALIZED gpt35",
        "COMPACT gpt-3.5-turbo", "COMPACT gpt-3.5-turbo-0125", "COMPACT gpt35").inOrder();
    assertThat(forms).containsExactly(
        "gpt-3.5-turbo", "gpt-3.5-turbo-0125", "gpt35",
        "gpt-3-5-turbo", "gpt-3-5-turbo-0125", "gpt35",
        "gpt35turbo", "gpt35turbo0125", "gpt35").inOrder();
  }

  /**
   * A starting server pays for every class it loads from a jar. A catalog whose keys fit in one bucket and whose
   * models fit in one shard answers its keys and a definition from two classes: its own and the shard's.
   */
  @Test
  void smallCatalog_keysAndADefinition_loadTheCatalogAndOneShardOnly() throws ReflectiveOperationException {
    Compilation compilation = Compilations.compile(Compilations.resources("valid/openai", OPENAI));
    Compilations.RecordingClassLoader loader = Compilations.classLoader(compilation);
    ModelCatalog catalog = load(compilation, loader, "test.openai.OpenAiCatalog");
    assertThat(catalog.keyBucketBits()).isEqualTo(0);
    List<String> keys = new ArrayList<>();
    catalog.keys(0, (kind, key, index) -> keys.add(kind + " " + key + " " + index));
    assertThat(keys).containsAtLeast("ID gpt-4o 1", "ALIAS gpt-4o-2024-08-06 1", "NORMALIZED gpt-oss-120b 2");
    assertThat(catalog.model(3).id()).isEqualTo("text-embedding-3-small");
    assertThat(loader.loaded()).containsExactly("test.openai.OpenAiCatalog", "test.openai.OpenAiCatalogShard0");
  }

  /**
   * Verifying a class loads every exception class it throws by name, and a starting JVM has loaded none that would
   * fit an impossible index. Generated dispatch therefore throws nothing: its last case is the default. That this
   * still finds the right model in every shard and bucket is checked by the tests that read every model and key
   * back of a catalog of several shards ({@link #keyBuckets_splitKeysByHash_andLoadOneClassEach}).
   */
  @Test
  void generatedClasses_throwNothingByName() {
    Compilation compilation = manyCatalog();
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = Compilations.generatedText(compilation);
    assertThat(generated.keySet()).containsAtLeast("ManyCatalog.java", "ManyCatalogShard9.java",
        "ManyCatalogKeys31.java");
    generated.forEach((name, text) -> assertWithMessage(name).that(text).doesNotContain("throw new"));
  }

  @Test
  void model_outOfRange_throwsIndexOutOfBounds() throws ReflectiveOperationException {
    ModelCatalog catalog = openAi();
    try {
      catalog.model(catalog.size());
      throw new AssertionError("expected IndexOutOfBoundsException");
    } catch (IndexOutOfBoundsException expected) {
      // the index is checked before any shard is touched
    }
  }

  @Test
  void shards_areLoadedOnlyWhenTouched() throws ReflectiveOperationException {
    Compilation compilation = manyCatalog();
    Compilations.RecordingClassLoader loader = Compilations.classLoader(compilation);
    ModelCatalog catalog = load(compilation, loader, "test.many.ManyCatalog");
    assertThat(catalog.size()).isEqualTo(600);
    int[] keyCount = {0};
    catalog.keys((kind, key, index) -> keyCount[0]++);
    assertThat(keyCount[0]).isAtLeast(600 * 4);
    assertThat(catalog.id(599)).isNotEmpty();
    assertThat(loader.hasLoaded("test.many.ManyCatalogShard0")).isFalse();
    assertThat(loader.hasLoaded("test.many.ManyCatalogShard9")).isFalse();

    assertThat(catalog.model(599).id()).isEqualTo(catalog.id(599));
    assertThat(loader.hasLoaded("test.many.ManyCatalogShard9")).isTrue(); // 599 / 64
    assertThat(loader.hasLoaded("test.many.ManyCatalogShard0")).isFalse();
    assertThat(loader.hasLoaded("test.many.ManyCatalogShard8")).isFalse();

    assertThat(catalog.model(0).id()).isEqualTo(catalog.id(0));
    assertThat(loader.hasLoaded("test.many.ManyCatalogShard0")).isTrue();
    assertThat(loader.hasLoaded("test.many.ManyCatalogShard1")).isFalse();
  }

  @Test
  void definitions_areBuiltOneAtATime_andOnce() throws Exception {
    Compilation compilation = Compilations.compile(generatedStubs("test.many", "many", 100));
    Compilations.RecordingClassLoader loader = Compilations.classLoader(compilation);
    ModelCatalog catalog = load(compilation, loader, "test.many.ManyCatalog");
    ModelDefinition third = catalog.model(3);
    assertThat(third.id()).isEqualTo(catalog.id(3));
    assertThat(catalog.model(3)).isSameInstanceAs(third);
    // A first lookup pays for the definition it finds, not for the other 63 of its shard.
    assertThat(builtIn(loader, "test.many.ManyCatalogShard0")).containsExactly(3);

    // Threads racing for one definition all get the same instance.
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ModelDefinition>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          return catalog.model(70);
        }));
      }
      start.countDown();
      ModelDefinition first = results.get(0).get();
      for (Future<ModelDefinition> result : results) {
        assertThat(result.get()).isSameInstanceAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(builtIn(loader, "test.many.ManyCatalogShard1")).containsExactly(70 - 64);
  }

  /** The indexes whose definitions a shard class has built (read from its private array). */
  private static List<Integer> builtIn(Compilations.RecordingClassLoader loader, String shard)
      throws ReflectiveOperationException {
    Field field = Class.forName(shard, false, loader).getDeclaredField("MODELS");
    field.setAccessible(true);
    Object[] models = (Object[]) field.get(null);
    List<Integer> built = new ArrayList<>();
    for (int i = 0; i < models.length; i++) {
      if (models[i] != null) {
        built.add(i);
      }
    }
    return built;
  }

  @Test
  void keyBuckets_splitKeysByHash_andLoadOneClassEach() throws ReflectiveOperationException {
    Compilation compilation = manyCatalog();
    Compilations.RecordingClassLoader loader = Compilations.classLoader(compilation);
    ModelCatalog catalog = load(compilation, loader, "test.many.ManyCatalog");
    int bits = catalog.keyBucketBits();
    // 600 models, each with an id and an alias and their normalized and compact forms: about 128 keys a bucket.
    assertThat(bits).isEqualTo(5);
    assertThat(loader.hasLoaded("test.many.ManyCatalogRows")).isFalse();
    assertThat(loader.hasLoaded("test.many.ManyCatalogKeys0")).isFalse();

    List<String> bucketKeys = new ArrayList<>();
    catalog.keys(9, (kind, key, index) -> {
      assertThat(ModelCatalog.keyBucketOfHash(kind.hashOf(key), bits)).isEqualTo(9);
      bucketKeys.add(key);
    });
    assertThat(bucketKeys).isNotEmpty();
    assertThat(loader.hasLoaded("test.many.ManyCatalogKeys9")).isTrue();
    assertThat(loader.hasLoaded("test.many.ManyCatalogKeys0")).isFalse();
    assertThat(loader.hasLoaded("test.many.ManyCatalogKeys10")).isFalse();
    assertThat(loader.hasLoaded("test.many.ManyCatalogRows")).isFalse();
    assertThat(loader.hasLoaded("test.many.ManyCatalogShard0")).isFalse();

    List<String> all = new ArrayList<>();
    for (int bucket = 0; bucket < 1 << bits; bucket++) {
      int expected = bucket;
      catalog.keys(bucket, (kind, key, index) -> {
        assertThat(ModelCatalog.keyBucketOfHash(kind.hashOf(key), bits)).isEqualTo(expected);
        all.add(kind + " " + key + " " + index);
      });
    }
    List<String> fromKeys = new ArrayList<>();
    catalog.keys((kind, key, index) -> fromKeys.add(kind + " " + key + " " + index));
    assertThat(all).containsExactlyElementsIn(fromKeys);
    List<String> declared = new ArrayList<>();
    List<Integer> exactHashes = new ArrayList<>();
    for (int i = 0; i < catalog.size(); i++) {
      ModelDefinition model = catalog.model(i);
      declared.add("ID " + model.id() + " " + i);
      exactHashes.add(model.id().hashCode());
      for (String alias : model.aliases()) {
        declared.add("ALIAS " + alias + " " + i);
        exactHashes.add(alias.hashCode());
      }
    }
    assertThat(all).containsAtLeastElementsIn(declared);
    assertThrows(IndexOutOfBoundsException.class, () -> catalog.keys(1 << bits, (kind, key, index) -> { }));

    exactHashes.sort(null);
    List<Integer> generatedHashes = new ArrayList<>();
    for (int hash : catalog.exactKeyHashes()) {
      generatedHashes.add(hash);
    }
    assertThat(generatedHashes).isEqualTo(exactHashes);
  }

  @Test
  void catalogsCompiledTogether_shareACompilationId() throws ReflectiveOperationException {
    List<JavaFileObject> both = new ArrayList<>(generatedStubs("test.one", "one", 3));
    both.addAll(Compilations.resources("valid/openai", OPENAI));
    Compilation together = Compilations.compile(both);
    Compilations.RecordingClassLoader loader = Compilations.classLoader(together);
    ModelCatalog one = load(together, loader, "test.one.OneCatalog");
    ModelCatalog two = load(together, loader, "test.openai.OpenAiCatalog");
    assertThat(one.compilationId()).isNotNull();
    assertThat(two.compilationId()).isEqualTo(one.compilationId());

    Compilation alone = Compilations.compile(generatedStubs("test.one", "one", 3));
    ModelCatalog oneAlone = load(alone, Compilations.classLoader(alone), "test.one.OneCatalog");
    assertThat(oneAlone.compilationId()).isNotEqualTo(one.compilationId());
    Compilation again = Compilations.compile(generatedStubs("test.one", "one", 3));
    assertThat(load(again, Compilations.classLoader(again), "test.one.OneCatalog").compilationId())
        .isEqualTo(oneAlone.compilationId());
  }

  @Test
  @Tag("large") // a compile of 10,000 stubs: the mutation profile leaves it out (see the root pom)
  void tenThousandModels_compileLoadAndResolveByIndex() throws ReflectiveOperationException {
    int count = 10_000;
    Compilation compilation = Compilations.compile(generatedStubs("test.huge", "huge", count));
    Compilations.RecordingClassLoader loader = Compilations.classLoader(compilation);
    ModelCatalog catalog = load(compilation, loader, "test.huge.HugeCatalog");
    assertThat(catalog.size()).isEqualTo(count);
    String previous = "";
    for (int i = 0; i < count; i++) {
      ModelDefinition model = catalog.model(i);
      assertThat(model.id()).isEqualTo(catalog.id(i));
      assertThat(model.capabilities().bits()).isEqualTo(catalog.capabilityBits(i));
      assertThat(model.contextWindow()).isEqualTo(catalog.contextWindow(i));
      String normalized = Discovery.normalizeModelId(model.id());
      assertThat(normalized.compareTo(previous)).isAtLeast(0);
      previous = normalized;
    }
    int[] ids = {0};
    catalog.keys((kind, key, index) -> {
      if (kind == KeyKind.ID) {
        ids[0]++;
      }
    });
    assertThat(ids[0]).isEqualTo(count);
  }

  /**
   * {@code count} varied stubs in one provider package, 100 nested stub classes per file: ids like
   * {@code vendor12/family-7b-instruct-v2}, an alias each, prices, and MoE on every seventh model.
   */
  static List<JavaFileObject> generatedStubs(String packageName, String providerId, int count) {
    List<JavaFileObject> files = new ArrayList<>();
    files.add(Compilations.provider(packageName, providerId));
    String[] families = {"llama", "qwen", "mistral", "phi", "gemma", "falcon", "yi"};
    String[] presets = {"CHAT", "VISION", "REASONING", "BASE", "MULTIMODAL"};
    for (int file = 0; file * 100 < count; file++) {
      StringBuilder source = new StringBuilder();
      source.append("package ").append(packageName).append(";\n\n")
          .append("import dev.modelcatalog.annotations.*;\n\n")
          .append("final class Batch").append(file).append(" {\n");
      for (int i = file * 100; i < Math.min(count, file * 100 + 100); i++) {
        String family = families[i % families.length];
        int size = 1 + (i * 7) % 400;
        String id = "vendor" + (i % 97) + "/" + family + "-" + size + "b-instruct-v" + i;
        source.append("  @Model(id = \"").append(id).append("\", name = \"").append(family).append(' ').append(size)
            .append("B v").append(i).append("\", contextWindow = ").append(4096 << (i % 6))
            .append(", maxOutputTokens = 4096, preset = CapabilityPreset.").append(presets[i % presets.length])
            .append(", tags = {\"generated\"}, aliases = {\"").append(family).append('-').append(i).append("\"})\n");
        source.append("  @Pricing(inputPerMillion = ").append(i % 50 / 10.0).append(", outputPerMillion = ")
            .append(i % 80 / 10.0).append(")\n");
        if (i % 7 == 0) {
          source.append("  @MoE(totalParams = ").append(size * 1_000_000_000L).append("L, activeParams = ")
              .append(size * 100_000_000L).append("L, numExperts = 64, expertsPerToken = 8)\n");
        }
        source.append("  static final class ").append(capitalize(family)).append(size).append("bV").append(i)
            .append(" {}\n");
      }
      source.append("}\n");
      files.add(com.google.testing.compile.JavaFileObjects.forSourceString(packageName + ".Batch" + file,
          source.toString()));
    }
    return files;
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
