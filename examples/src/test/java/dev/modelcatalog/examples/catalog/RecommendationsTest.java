package dev.modelcatalog.examples.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which models a request's limits leave in, and how ties are ordered. */
class RecommendationsTest {

  /** Three chat models: a window of 10,000 tokens with at most 2,000 out, and two alike but for their ids. */
  private static final ModelRegistry REGISTRY = ModelRegistry.builder().autoCreate(false).addDefinitions(List.of(
      chat("acme/window", 10_000, 2_000, 1.0),
      chat("acme/twin-b", 100_000, 8_000, 3.0),
      chat("acme/twin-a", 100_000, 8_000, 3.0))).build();

  private static ModelDefinition chat(String id, int window, int output, double price) {
    return ModelDefinition.builder(id).ownedBy("acme").capability(Capability.CHAT, true).contextWindow(window)
        .maxOutputTokens(output).pricing(price, price).build();
  }

  private static List<String> ids(long prompt, long output) {
    return Recommendations.rank(REGISTRY, Set.of(Capability.CHAT), Set.of(), Set.of(), prompt, output, 10).stream()
        .map(r -> r.model().id()).toList();
  }

  @Test
  void requestFillingTheWindowExactly_fits_andOneTokenMoreDoesNot() {
    assertEquals(List.of("acme/window", "acme/twin-a", "acme/twin-b"), ids(8_000, 2_000));
    assertEquals(List.of("acme/twin-a", "acme/twin-b"), ids(8_001, 2_000));
  }

  @Test
  void outputOfExactlyTheModelsMaximum_fits_andOneTokenMoreDoesNot() {
    assertEquals(List.of("acme/window", "acme/twin-a", "acme/twin-b"), ids(100, 2_000));
    assertEquals(List.of("acme/twin-a", "acme/twin-b"), ids(100, 2_001));
  }

  /** Equal preferences matched and equal costs: the ids decide, whatever the order the models came in. */
  @Test
  void tiesInMatchesAndCost_areOrderedById() {
    List<Recommendation> ranked = Recommendations.rank(REGISTRY, Set.of(), Set.of(), Set.of(), 1_000, 100, 10);
    assertEquals(ranked.get(1).cost().total(), ranked.get(2).cost().total());
    assertEquals(List.of("acme/window", "acme/twin-a", "acme/twin-b"),
        ranked.stream().map(r -> r.model().id()).toList());
  }
}
