package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The definitions the registry makes itself: an auto-created model's defaults, and a fine-tune of a base. */
class DerivedModelsTest {

  /** The id's characteristics as the registry infers them, checked first so that each case tests what it says. */
  private static ModelCharacteristics of(String id) {
    return Discovery.inferCharacteristics(id);
  }

  @Test
  void autoCreated_latency_followsTheIdsSize() {
    ModelCharacteristics large = of("acme-chat-405b");
    assertTrue(large.large() && !large.reasoning(), large.toString());
    assertEquals(Presets.latency(LatencyPreset.LARGE), DerivedModels.autoCreated("acme-chat-405b").latency());

    ModelCharacteristics small = of("acme-chat-1b");
    assertTrue(small.small() && !small.large() && !small.reasoning(), small.toString());
    assertEquals(Presets.latency(LatencyPreset.SMALL), DerivedModels.autoCreated("acme-chat-1b").latency());

    ModelCharacteristics plain = of("acme-chat");
    assertTrue(!plain.small() && !plain.large() && !plain.reasoning(), plain.toString());
    assertEquals(Presets.latency(LatencyPreset.MEDIUM), DerivedModels.autoCreated("acme-chat").latency());
  }

  @Test
  void autoCreated_visionId_takesTheVisionPreset() {
    ModelCharacteristics vision = of("acme-vision-7b");
    assertTrue(vision.vision() && !vision.reasoning(), vision.toString());
    ModelDefinition model = DerivedModels.autoCreated("acme-vision-7b");
    assertEquals(CapabilityPreset.VISION, model.preset());
    assertTrue(model.has(Capability.VISION));
  }

  @Test
  void autoCreated_ownerComesFromTheIdsProvider_orTheFineTunesOrganization() {
    ModelCharacteristics llama = of("llama-3.1-8b-instruct");
    assertEquals(Optional.of("meta"), llama.provider(), llama.toString());
    assertEquals("meta", DerivedModels.autoCreated("llama-3.1-8b-instruct").ownedBy());
    ModelDefinition fineTune = DerivedModels.autoCreated("ft:acme-base:house::job1");
    assertEquals("house", fineTune.ownedBy());
    assertEquals(Optional.of("acme-base"), fineTune.baseModel());
  }

  /** {@code NxMb}: N experts of M billion parameters, two of them per token (one when there is one). */
  @Test
  void autoCreated_expertSizes_becomeAMixtureOfExperts() {
    MoEConfig eight = DerivedModels.autoCreated("acme-8x7b").moe().orElseThrow();
    assertEquals(56_000_000_000L, eight.totalParams());
    assertEquals(14_000_000_000L, eight.activeParams());
    assertEquals(2, eight.expertsPerToken());
    MoEConfig one = DerivedModels.autoCreated("acme-1x7b").moe().orElseThrow();
    assertEquals(1, one.numExperts());
    assertEquals(1, one.expertsPerToken());
    assertEquals(one.totalParams(), one.activeParams());
  }

  /** Up to four digits of experts and 10,000 billion parameters each are sizes a model could have; more are not. */
  @Test
  void autoCreated_expertSizes_onTheEdgeOfPlausible() {
    assertEquals(9_999, DerivedModels.autoCreated("acme-9999x1b").moe().orElseThrow().numExperts());
    assertEquals(Optional.empty(), DerivedModels.autoCreated("acme-10000x1b").moe());
    assertEquals(10_000_000_000_000L * 2,
        DerivedModels.autoCreated("acme-2x10000b").moe().orElseThrow().totalParams());
    assertEquals(Optional.empty(), DerivedModels.autoCreated("acme-2x10001b").moe());
  }

  @Test
  void fineTune_ofABaseAlreadyTaggedFineTuned_tagsItOnce() {
    ModelDefinition base = ModelDefinition.builder("acme-tuned").ownedBy("acme").contextWindow(8_192)
        .tags(List.of("chat", DerivedModels.FINE_TUNED_TAG)).build();
    FineTunedId parts = Discovery.parseFineTuned("ft:acme-tuned:house::job1").orElseThrow();
    ModelDefinition tuned = DerivedModels.fineTune("ft:acme-tuned:house::job1", parts, base);
    assertEquals(List.of("chat", DerivedModels.FINE_TUNED_TAG), tuned.tags());
    ModelDefinition plainBase = base.toBuilder().tags(List.of("chat")).build();
    assertEquals(List.of("chat", DerivedModels.FINE_TUNED_TAG),
        DerivedModels.fineTune("ft:acme-tuned:house::job1", parts, plainBase).tags());
  }
}
