package dev.modelcatalog.benchmarks.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRules;
import dev.modelcatalog.runtime.Problem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticCatalogGeneratorTest {

  private static final int COUNT = 3_000;
  private static List<SourceModel> sources;
  private static List<SyntheticModel> models;

  @BeforeAll
  static void generate() {
    sources = ModelsDevReader.readShipped();
    models = new SyntheticCatalogGenerator(sources, 6, "t-").generate(COUNT, 7);
  }

  @Test
  void readShipped_readsEveryProviderOfModelsDev() {
    Set<String> providers = new HashSet<>();
    sources.forEach(s -> providers.add(s.provider()));
    assertTrue(sources.size() > 600, "models read: " + sources.size());
    assertTrue(providers.contains("openai") && providers.contains("anthropic"), providers.toString());
  }

  @Test
  void generate_count_isExact() {
    assertEquals(COUNT, models.size());
  }

  @Test
  void generate_sameSeed_sameModels() {
    List<SyntheticModel> again = new SyntheticCatalogGenerator(sources, 6, "t-").generate(COUNT, 7);
    assertEquals(models, again);
  }

  @Test
  void generate_otherSeed_otherIds() {
    List<SyntheticModel> other = new SyntheticCatalogGenerator(sources, 6, "t-").generate(COUNT, 8);
    assertNotEquals(models.get(0).id() + models.get(1).id(), other.get(0).id() + other.get(1).id());
  }

  @Test
  void generate_everyLookupKey_uniqueAfterNormalizationAndCompaction() {
    Map<String, String> owner = new HashMap<>();
    for (SyntheticModel model : models) {
      for (String key : concat(model.id(), model.aliases())) {
        for (String form : List.of("n:" + Discovery.normalizeModelId(key), "c:" + Discovery.compactKey(key))) {
          String previous = owner.putIfAbsent(form, model.id());
          assertTrue(previous == null || previous.equals(model.id()),
              form + " of " + model.id() + " is also a key of " + previous);
        }
      }
    }
  }

  @Test
  void generate_everyModel_passesTheRuntimeRules() {
    for (SyntheticModel model : models) {
      ModelDefinition definition = Definitions.of(model);
      assertEquals(model.id(), definition.id());
      List<Problem> problems = ModelRules.check(definition);
      assertTrue(problems.isEmpty(), model.id() + ": " + problems);
    }
  }

  @Test
  void generate_variesSuffixesSizesAndVersions() {
    for (String piece : List.of("-instruct", "-chat", "-preview", "-70b", "-mini", "-v2", "open-")) {
      long count = models.stream().filter(m -> m.id().contains(piece)).count();
      assertTrue(count > COUNT / 100, piece + " appears in " + count + " ids");
    }
  }

  @Test
  void generate_fillsEveryFieldAsARealModelWould() {
    for (SyntheticModel model : models) {
      assertTrue(!model.description().isEmpty() && model.created() > 1_420_070_400L
          && model.trainingCutoff().matches("\\d{4}-\\d{2}") && !model.tags().isEmpty()
          && model.pricing() != null && model.latency() != null, model.toString());
    }
    assertShare(m -> !m.aliases().isEmpty(), 0.5, 0.8);
    assertShare(m -> m.moe() != null, 0.05, 0.35);
    assertShare(m -> m.pricing().cachedInput() != null, 0.1, 0.9);
    assertShare(m -> m.latency().ttftMean() != null, 0.2, 0.5);
    assertShare(SyntheticModel::deprecated, 0.005, 0.08);
  }

  @Test
  void generate_replacementNamesAnEarlierModelOfTheSameProvider() {
    Map<String, String> providerOf = new HashMap<>();
    for (SyntheticModel model : models) {
      if (model.deprecated()) {
        assertEquals(model.provider(), providerOf.get(model.replacement()), model.id());
      }
      providerOf.put(model.id(), model.provider());
    }
  }

  @Test
  void generate_classNamesUniquePerProvider() {
    Set<String> names = new HashSet<>();
    for (SyntheticModel model : models) {
      assertTrue(names.add(model.provider() + "." + model.className()), model.className());
      assertTrue(Character.isJavaIdentifierStart(model.className().charAt(0)), model.className());
    }
  }

  @Test
  void generate_spreadsOverTheRequestedProviders() {
    Set<String> providers = new HashSet<>();
    models.forEach(m -> providers.add(m.provider()));
    assertEquals(Set.copyOf(new SyntheticCatalogGenerator(sources, 6, "t-").providerIds()), providers);
    assertEquals(6, providers.size());
  }

  @Test
  void className_clash_getsANumber() {
    Set<String> taken = new HashSet<>();
    assertEquals("Gpt4o", SyntheticCatalogGenerator.className("gpt-4o", taken));
    assertEquals("Gpt4oV2", SyntheticCatalogGenerator.className("gpt.4o", taken));
    assertEquals("M4o", SyntheticCatalogGenerator.className("4o", taken));
  }

  @Test
  void baseName_dropsPathDateAndBedrockVersion() {
    assertEquals("claude-3-5-sonnet", SyntheticCatalogGenerator.baseName("anthropic.claude-3-5-sonnet-20241022-v2:0"));
    assertEquals("llama-3-1-8b-instruct", SyntheticCatalogGenerator.baseName("meta-llama/Llama-3.1-8B-Instruct"));
  }

  private static void assertShare(java.util.function.Predicate<SyntheticModel> test, double min, double max) {
    double share = models.stream().filter(test).count() / (double) COUNT;
    assertTrue(share >= min && share <= max, "share " + share + " outside [" + min + ", " + max + "]");
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>(rest);
    all.add(0, first);
    return all;
  }
}
