package dev.modelcatalog.runtime;

import static dev.modelcatalog.runtime.TestCatalogs.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The registry's lookups once a run-time layer exists (a model removed or registered), at their edges: the
 * compiled model at ordinal 0, ids whose normalized or compact forms several models share; and what writes
 * report: events of a restore, statistics after a removal, listeners, suggestions and limits.
 */
class RegistryEdgesTest {

  private static ModelRegistry registryOf(ModelDefinition... models) {
    return ModelRegistry.builder().spellingMemo(0).addCatalogs(new FixtureCatalog("acme", List.of(models))).build();
  }

  @Test
  void withAModelRemoved_idsWhoseNormalizedFormIsShared_areStillFoundExactly() {
    // acme/model-x and other/model-x normalize alike (model-x), so only their exact ids find them; acme/model-x
    // is the catalog's ordinal 0.
    ModelRegistry registry = registryOf(model("acme/model-x"), model("other/model-x"), model("gamma"));
    assertTrue(registry.remove("gamma"));
    assertEquals("acme/model-x", registry.find("acme/model-x").orElseThrow().id());
    assertEquals("other/model-x", registry.find("other/model-x").orElseThrow().id());
    assertEquals(Optional.empty(), registry.find("MODEL_X"), "shared: neither");
  }

  @Test
  void withARunTimeModel_aNormalizedIdFindsTheCompiledModel_whereTheCompactKeyIsShared() {
    // gpt-4-o (ordinal 0) and gpt-4o share the compact key gpt4o; their normalized ids are their own.
    ModelRegistry registry = registryOf(model("gpt-4-o"), model("gpt-4o"));
    registry.register(model("unrelated-model"));
    assertEquals("gpt-4-o", registry.find("GPT_4_O").orElseThrow().id());
    assertEquals("gpt-4o", registry.find("GPT_4O").orElseThrow().id());
    assertEquals(Optional.empty(), registry.find("gpt4o"), "the shared compact key: neither");
  }

  @Test
  void restoreCompiled_reportsAReplacementOrAnAddition() {
    ModelDefinition alpha = model("alpha-model");
    ModelRegistry registry = registryOf(alpha, model("beta-model"));
    List<String> events = new ArrayList<>();
    registry.addListener(new RegistryListener() {
      @Override
      public void modelAdded(ModelDefinition added) {
        events.add("added " + added.id() + " " + added.pricing().isPresent());
      }

      @Override
      public void modelRemoved(ModelDefinition removed) {
        events.add("removed " + removed.id());
      }

      @Override
      public void modelReplaced(ModelDefinition previous, ModelDefinition current) {
        events.add("replaced " + previous.id() + " " + previous.pricing().isPresent() + " by "
            + current.pricing().isPresent());
      }
    });
    registry.replace(alpha.toBuilder().pricing(1, 2).build());
    assertTrue(registry.restoreCompiled("alpha-model"));
    registry.remove("alpha-model");
    assertTrue(registry.restoreCompiled("alpha-model"));
    assertEquals(List.of("replaced alpha-model false by true", "replaced alpha-model true by false",
        "removed alpha-model", "added alpha-model false"), events);
  }

  @Test
  void stats_afterTheOrdinalZeroModelIsRemoved_countNoneOfItsAliases() {
    ModelRegistry registry = registryOf(model("alpha-model", "alpha-a", "alpha-b"), model("beta-model", "beta-a"));
    assertEquals(3, registry.stats().totalAliases());
    registry.remove("alpha-model");
    assertEquals(1, registry.stats().totalAliases());
    assertEquals(1, registry.stats().totalModels());
  }

  @Test
  void removeListener_ofOneNeverAdded_isFalse() {
    ModelRegistry registry = registryOf(model("alpha-model"));
    RegistryListener listener = new RegistryListener() {};
    assertFalse(registry.removeListener(listener));
    registry.addListener(new RegistryListener() {});
    assertFalse(registry.removeListener(listener));
    registry.addListener(listener);
    assertTrue(registry.removeListener(listener));
    assertFalse(registry.removeListener(listener));
  }

  @Test
  void replace_ofAnUnknownId_suggestsCloseOnes_andChangesNothing() {
    ModelRegistry registry = registryOf(model("gpt-4o"), model("claude-3-opus"));
    UnknownModelException e = assertThrows(UnknownModelException.class, () -> registry.replace(model("gpt-4p")));
    assertEquals(List.of("gpt-4o"), e.suggestions());
    assertTrue(e.getMessage().contains("did you mean 'gpt-4o'"), e.getMessage());
    assertEquals(List.of(), registry.runtimeModels());
    assertEquals(Optional.empty(), registry.find("gpt-4p"));
  }

  @Test
  void aReportOnAnUnknownId_suggestsCloseOnes() {
    ModelRegistry registry = registryOf(model("gpt-4o"), model("claude-3-opus"));
    UnknownModelException e = assertThrows(UnknownModelException.class, () -> registry.capabilities("gpt-4p"));
    assertEquals(List.of("gpt-4o"), e.suggestions());
    UnknownModelException none = assertThrows(UnknownModelException.class, () -> registry.alternatives(null));
    assertEquals(List.of(), none.suggestions(), "nothing is close to no id");
  }

  @Test
  void search_refusesANegativeLimit_evenForAQueryTooLongToRead() {
    ModelRegistry registry = registryOf(model("gpt-4o"));
    String overlong = "x".repeat(ModelRegistry.MAX_QUERY_LENGTH + 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.search(overlong, -1));
    assertEquals("limit: is -1; expected 0 or more", e.getMessage());
    assertEquals(List.of(), registry.search(overlong, 5));
  }
}
