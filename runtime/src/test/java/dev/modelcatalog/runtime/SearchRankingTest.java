package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.modelcatalog.annotations.CapabilityPreset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@code search} ranks: a word scores 3 as a word of the id, 2 inside the id, as a tag or as a capability, 1 inside
 * a tag or the name, 0.5 in the description; a model's score is the sum over the words, and a model some word misses
 * is not listed. Ties go by id. Every expectation below is worked out by hand from those rules.
 */
class SearchRankingTest {

  private static ModelDefinition.Builder model(String id) {
    return ModelDefinition.builder(id).contextWindow(8192).name(id).preset(CapabilityPreset.CHAT);
  }

  private static final ModelRegistry REGISTRY = ModelRegistry.builder()
      .addDefinitions(
          model("orbit-7b").build(),                                  // "orbit" is a word of the id: 3
          model("nebula-orbital").build(),                            // inside the id: 2
          model("quasar-1").tags("orbit").build(),                    // a tag: 2
          model("pulsar-1").tags("orbiter").build(),                  // inside a tag: 1
          model("comet-1").name("Comet Orbit Edition").build(),       // in the name: 1
          model("meteor-1").name("M").description("orbit").build(),   // in the description only: 0.5
          model("star-1").description("nothing of the kind").build(),
          model("lens-1").preset(CapabilityPreset.VISION).build())
      .autoCreate(false)
      .build();

  private static List<String> ids(String query, int limit) {
    return REGISTRY.search(query, limit).stream().map(ModelDefinition::id).toList();
  }

  @Test
  void oneWord_rankedByWhereItHits_thenById() {
    assertEquals(List.of("orbit-7b", "nebula-orbital", "quasar-1", "comet-1", "pulsar-1", "meteor-1"),
        ids("orbit", 10));
  }

  @Test
  void everyWordMustHit_andTheScoresAdd() {
    assertEquals(List.of("orbit-7b"), ids("orbit 7b", 10));
    // "edition" is in comet-1's name only: 1 + 1 puts it above nothing else, as the others miss the word.
    assertEquals(List.of("comet-1"), ids("orbit edition", 10));
    assertEquals(List.of(), ids("orbit pulsar-9", 10));
  }

  @Test
  void aCapabilityName_findsTheModelsWithIt() {
    assertEquals(List.of("lens-1"), ids("vision", 10));
  }

  @Test
  void limit_keepsTheBest_zeroFindsNothing_negativeIsRefused() {
    assertEquals(List.of("orbit-7b", "nebula-orbital"), ids("orbit", 2));
    assertEquals(List.of(), ids("orbit", 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> REGISTRY.search("orbit", -1));
    assertEquals("limit: is -1; expected 0 or more", e.getMessage());
  }
}
