package dev.modelcatalog.runtime;

import static dev.modelcatalog.runtime.ModelRegistryTest.EMBED;
import static dev.modelcatalog.runtime.ModelRegistryTest.GPT_4O;
import static dev.modelcatalog.runtime.ModelRegistryTest.GPT_4O_MINI;
import static dev.modelcatalog.runtime.ModelRegistryTest.LLAMA;
import static dev.modelcatalog.runtime.ModelRegistryTest.R1;
import static dev.modelcatalog.runtime.TestCatalogs.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Map contract suite cannot know: lookups by alias and normalized id, liveness, snapshots, laziness. */
class RegistryMapViewTest {

  FixtureCatalog openai;
  ModelRegistry registry;
  Map<String, ModelDefinition> view;

  @BeforeEach
  void setUp() {
    openai = new FixtureCatalog("openai", GPT_4O, GPT_4O_MINI, EMBED);
    registry = ModelRegistry.builder()
        .addCatalogs(openai, new FixtureCatalog("meta", LLAMA), new FixtureCatalog("deepseek", R1))
        .build();
    view = registry.asMap();
  }

  @Test
  void get_resolvesLikeFind() {
    for (String key : List.of("gpt-4o", "gpt-4o-2024-08-06", "GPT_4O", "gpt4o", "GPT4oMini", "llama-3.1-8b-instruct",
        "  DeepSeek-R1 ", "gpt-5", "", "gpt-4oo")) {
      assertEquals(registry.find(key).orElse(null), view.get(key), key);
      assertEquals(registry.contains(key), view.containsKey(key), key);
    }
  }

  @Test
  void get_alias_findsTheModel_butKeySetHoldsOnlyCanonicalIds() {
    assertSame(GPT_4O, view.get("gpt-4o-2024-08-06"));
    assertTrue(view.containsKey("gpt-4o-2024-08-06"));
    assertFalse(view.keySet().contains("gpt-4o-2024-08-06"));
    assertFalse(view.keySet().contains("GPT_4O"), "a normalized spelling is not a key either");
    assertTrue(view.keySet().contains("gpt-4o"));
    assertFalse(view.entrySet().contains(Map.entry("gpt-4o-2024-08-06", GPT_4O)));
    assertTrue(view.entrySet().contains(Map.entry("gpt-4o", GPT_4O)));
  }

  @Test
  void get_unknownId_createsNothing() {
    assertTrue(registry.autoCreate());
    assertNull(view.get("brand-new-model"));
    assertNull(view.get("gpt-4"), "no fuzzy step: gpt-4 is not gpt-4o");
    assertNull(view.get(42));
    assertEquals(5, registry.size());
  }

  @Test
  void keySet_iteratesCanonicalIdsInIdOrder_acrossCatalogsAndRuntimeModels() {
    registry.register(model("aaa-first"));
    registry.register(model("mistral-small", "mistral-small-latest"));
    List<String> expected = new ArrayList<>(List.of("aaa-first", "deepseek-ai/DeepSeek-R1", "gpt-4o", "gpt-4o-mini",
        "meta-llama/Llama-3.1-8B-Instruct", "mistral-small", "text-embedding-3-small"));
    assertEquals(expected, new ArrayList<>(view.keySet()));
    assertEquals(registry.size(), view.size());
    assertEquals(registry.listModelIds(ModelQuery.ALL), new ArrayList<>(view.keySet()));
    assertEquals(registry.all(), new ArrayList<>(view.values()));
  }

  @Test
  void view_reflectsLaterRegistrationsReplacementsAndRemovals() {
    ModelDefinition custom = model("my-model", "mine");
    registry.register(custom);
    assertSame(custom, view.get("mine"));
    assertTrue(view.keySet().contains("my-model"));
    assertEquals(6, view.size());

    registry.remove("gpt-4o");
    assertNull(view.get("gpt-4o"));
    assertNull(view.get("gpt-4o-2024-08-06"));
    assertFalse(view.keySet().contains("gpt-4o"));
    assertEquals(5, view.size());

    ModelDefinition cheaper = GPT_4O_MINI.toBuilder().pricing(0.1, 0.4).build();
    registry.replace(cheaper);
    assertSame(cheaper, view.get("gpt-4o-mini"));
    assertEquals(List.of("deepseek-ai/DeepSeek-R1", "gpt-4o-mini", "meta-llama/Llama-3.1-8B-Instruct", "my-model",
        "text-embedding-3-small"), new ArrayList<>(view.keySet()));
    assertSame(cheaper, view.values().stream().filter(m -> m.id().equals("gpt-4o-mini")).findFirst().orElseThrow());
  }

  @Test
  void iterator_walksTheRegistryAsItWasWhenMade() {
    Iterator<Map.Entry<String, ModelDefinition>> walk = view.entrySet().iterator();
    registry.register(model("aaa-first"));
    registry.remove("gpt-4o-mini");
    List<String> seen = new ArrayList<>();
    walk.forEachRemaining(e -> seen.add(e.getKey()));
    assertEquals(List.of("deepseek-ai/DeepSeek-R1", "gpt-4o", "gpt-4o-mini", "meta-llama/Llama-3.1-8B-Instruct",
        "text-embedding-3-small"), seen);
    assertEquals(List.of("aaa-first", "deepseek-ai/DeepSeek-R1", "gpt-4o", "meta-llama/Llama-3.1-8B-Instruct",
        "text-embedding-3-small"), new ArrayList<>(view.keySet()));
  }

  @Test
  void keyIteration_buildsNoDefinition() {
    int calls = openai.modelCalls;
    assertEquals(5, new ArrayList<>(view.keySet()).size());
    assertEquals(calls, openai.modelCalls);
  }

  @Test
  void mutators_throwUnsupportedOperation_andChangeNothing() {
    assertThrows(UnsupportedOperationException.class, () -> view.put("x", GPT_4O));
    assertThrows(UnsupportedOperationException.class, () -> view.remove("gpt-4o"));
    assertThrows(UnsupportedOperationException.class, () -> view.remove("absent"));
    assertThrows(UnsupportedOperationException.class, view::clear);
    assertThrows(UnsupportedOperationException.class, () -> view.putIfAbsent("x", GPT_4O));
    assertThrows(UnsupportedOperationException.class, () -> view.computeIfAbsent("x", k -> GPT_4O));
    assertThrows(UnsupportedOperationException.class, () -> view.keySet().remove("gpt-4o"));
    assertThrows(UnsupportedOperationException.class, () -> view.values().removeIf(m -> true));
    assertThrows(UnsupportedOperationException.class, () -> view.entrySet().iterator().next().setValue(R1));
    Iterator<String> keys = view.keySet().iterator();
    keys.next();
    assertThrows(UnsupportedOperationException.class, keys::remove);
    assertEquals(5, registry.size());
    assertSame(GPT_4O, registry.find("gpt-4o").orElseThrow());
  }

  @Test
  void asMap_isOneViewPerRegistry() {
    assertSame(view, registry.asMap());
  }

  @Test
  void equals_aPlainMapOfCanonicalIds_bothWays() {
    Map<String, ModelDefinition> copy = new TreeMap<>(view);
    assertEquals(copy, view);
    assertEquals(view, copy);
    assertEquals(copy.hashCode(), view.hashCode());
    copy.put("gpt-4o-2024-08-06", GPT_4O);
    copy.remove("gpt-4o");
    assertFalse(view.equals(copy), "a map keyed by an alias is not this view");
  }
}
