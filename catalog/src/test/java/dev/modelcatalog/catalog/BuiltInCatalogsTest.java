package dev.modelcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelCatalog.KeyKind;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.Presets;
import dev.modelcatalog.runtime.Pricing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BuiltInCatalogsTest {

  private static Map<String, ModelCatalog> catalogs() {
    Map<String, ModelCatalog> byProvider = new TreeMap<>();
    for (ModelCatalog catalog : ServiceLoader.load(ModelCatalog.class)) {
      byProvider.put(catalog.providerId(), catalog);
    }
    return byProvider;
  }

  private static ModelDefinition model(ModelCatalog catalog, String id) {
    for (int i = 0; i < catalog.size(); i++) {
      if (catalog.id(i).equals(id)) {
        return catalog.model(i);
      }
    }
    throw new AssertionError("no model " + id + " in " + catalog.providerId());
  }

  @Test
  void serviceLoader_findsAllSixCatalogs() {
    Map<String, ModelCatalog> catalogs = catalogs();
    assertEquals(List.of("anthropic", "deepseek", "meta", "mistral", "nvidia", "openai"),
        new ArrayList<>(catalogs.keySet()));
    assertEquals("OpenAI", catalogs.get("openai").providerName());
    assertEquals("Meta", catalogs.get("meta").providerName());
    assertEquals(24, catalogs.get("openai").size());
    assertEquals(6, catalogs.get("anthropic").size());
    assertEquals(13, catalogs.get("meta").size());
    assertEquals(7, catalogs.get("mistral").size());
    assertEquals(4, catalogs.get("deepseek").size());
    assertEquals(5, catalogs.get("nvidia").size());
  }

  @Test
  void byName_listsExactlyWhatServiceLoaderFinds_inItsOrder() {
    List<String> found = new ArrayList<>();
    for (ModelCatalog catalog : ServiceLoader.load(ModelCatalog.class)) {
      found.add(catalog.getClass().getName());
    }
    List<String> named = new ArrayList<>();
    for (ModelCatalog catalog : BuiltInCatalogs.all()) {
      named.add(catalog.getClass().getName());
    }
    assertEquals(found, named);
    assertFalse(BuiltInCatalogs.all()[0] == BuiltInCatalogs.all()[0], "each call makes new catalogs");
  }

  @Test
  void byName_registryAnswersLikeTheDefaultOne() {
    ModelRegistry named = ModelRegistry.builder().addCatalogs(BuiltInCatalogs.all()).build();
    ModelRegistry found = ModelRegistry.loadDefault();
    assertEquals(found.size(), named.size());
    for (ModelDefinition model : found.all()) {
      assertEquals(model.id(), named.find(model.id()).orElseThrow().id());
    }
    assertEquals("gpt-4o", named.find("GPT_4O").orElseThrow().id());
  }

  @Test
  void openAi_indexesAgreeWithDefinitions() {
    ModelCatalog openai = catalogs().get("openai");
    for (int i = 0; i < openai.size(); i++) {
      ModelDefinition model = openai.model(i);
      assertEquals(openai.id(i), model.id());
      assertEquals(openai.ownedBy(i), model.ownedBy());
      assertEquals(openai.capabilityBits(i), model.capabilities().bits());
      assertEquals(openai.contextWindow(i), model.contextWindow());
      assertEquals("openai", model.provider().orElseThrow());
    }
  }

  @Test
  void gpt4o_hasDeclaredFacts() {
    ModelDefinition gpt4o = model(catalogs().get("openai"), "gpt-4o");
    assertEquals("GPT-4o", gpt4o.name());
    assertEquals(128_000, gpt4o.contextWindow());
    assertEquals(16_384, gpt4o.maxOutputTokens());
    assertEquals(1715558400L, gpt4o.created());
    assertEquals(List.of("gpt-4o-2024-08-06"), gpt4o.aliases());
    assertEquals(CapabilityPreset.VISION, gpt4o.preset());
    assertEquals(Presets.capabilities(CapabilityPreset.VISION).with(Capability.PREDICTED_OUTPUTS)
        .with(Capability.FINE_TUNABLE).with(Capability.PROMPT_CACHING).with(Capability.BATCH), gpt4o.capabilities());
    Pricing pricing = gpt4o.pricing().orElseThrow();
    assertEquals(2.50, pricing.inputPerMillion());
    assertEquals(10.00, pricing.outputPerMillion());
    assertEquals(1.25, pricing.cachedInputPerMillion().getAsDouble());
    // The reference catalog's profile: TTFT 0.25 s, 67 tokens/s, delays 0.012 to 0.018 s.
    assertEquals(LatencyProfile.of(0.25, 0.0833, 0.01493, 0.003), gpt4o.latency());
  }

  @Test
  void gptOss120b_isTextOnlyReasoningMoeWithoutFirstPartyPrice() {
    ModelDefinition oss = model(catalogs().get("openai"), "openai/gpt-oss-120b");
    assertTrue(oss.has(Capability.REASONING));
    assertTrue(oss.has(Capability.MOE));
    assertFalse(oss.has(Capability.VISION));
    assertFalse(oss.has(Capability.AUDIO_INPUT));
    assertEquals(MoEConfig.sparse(117_000_000_000L, 5_100_000_000L, 128, 4), oss.moe().orElseThrow());
    assertEquals(131_072, oss.contextWindow());
    assertEquals(131_072, oss.maxOutputTokens());
    assertTrue(oss.pricing().isEmpty());
  }

  @Test
  void textEmbedding3Small_embedsAndDoesNotChat() {
    ModelDefinition embedding = model(catalogs().get("openai"), "text-embedding-3-small");
    assertTrue(embedding.has(Capability.EMBEDDINGS));
    assertFalse(embedding.has(Capability.CHAT));
    assertEquals(8191, embedding.contextWindow());
    assertEquals(0.02, embedding.pricing().orElseThrow().inputPerMillion());
  }

  @Test
  void meta_llamaModelsChatWithLongContext() {
    ModelCatalog meta = catalogs().get("meta");
    ModelDefinition llama8b = model(meta, "meta-llama/Llama-3.1-8B-Instruct");
    assertEquals(131_072, llama8b.contextWindow());
    assertEquals(CapabilityPreset.CHAT, llama8b.preset());
    assertTrue(llama8b.has(Capability.CHAT));
    assertEquals("meta", llama8b.ownedBy());
    assertEquals(131_072, model(meta, "meta-llama/Llama-3.1-70B-Instruct").contextWindow());
  }

  @Test
  void keys_includeNormalizedAndCompactForms() {
    Map<String, Integer> normalized = new TreeMap<>();
    Map<String, Integer> compact = new TreeMap<>();
    ModelCatalog meta = catalogs().get("meta");
    meta.keys((kind, key, index) -> {
      // Forms are fed as the id or alias they come from; the registry takes the form.
      if (kind == KeyKind.NORMALIZED) {
        normalized.put(Discovery.normalizeModelId(key), index);
      } else if (kind == KeyKind.COMPACT) {
        compact.put(Discovery.compactKey(key), index);
      }
    });
    int index = normalized.get("llama-3-1-8b-instruct");
    assertEquals("meta-llama/Llama-3.1-8B-Instruct", meta.id(index));
    assertEquals(index, compact.get("llama318binstruct"));
  }
}
