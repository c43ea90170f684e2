package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelDefinitionTest {

  @Test
  void derivedModalitiesAndParameters_areOneSharedSetPerValue() {
    ModelDefinition a = ModelDefinition.builder("share/a").contextWindow(4096).preset(CapabilityPreset.VISION).build();
    ModelDefinition b = ModelDefinition.builder("share/b").contextWindow(8192).preset(CapabilityPreset.VISION).build();
    ModelDefinition embedding = ModelDefinition.builder("share/e").contextWindow(8192)
        .preset(CapabilityPreset.EMBEDDINGS).build();
    assertSame(a.inputModalities(), b.inputModalities());
    assertSame(a.outputModalities(), b.outputModalities());
    assertSame(a.supportedParameters(), b.supportedParameters());
    assertNotEquals(a.supportedParameters(), embedding.supportedParameters());
    assertThrows(UnsupportedOperationException.class, () -> a.inputModalities().clear());
    assertTrue(a.inputModalities().contains(Modality.IMAGE), a.inputModalities().toString());
  }

  @Test
  void derivedSets_madeOnFirstUse_areTheDerivationsAndStayTheSame_andAStatementEqualToThemIsNone() throws Exception {
    ModelDefinition model = ModelDefinition.builder("lazy/m").contextWindow(4096).preset(CapabilityPreset.VISION)
        .tags("pdf").build();
    // Eight threads ask at once: every one gets the derivation, and later calls return what the first stored.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Object>> asked = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asked.add(pool.submit(() -> {
          start.await();
          return List.of(model.inputModalities(), model.outputModalities(), model.supportedParameters());
        }));
      }
      start.countDown();
      List<Object> expected = List.of(Modality.derivedInputs(model.capabilities(), model.tags()),
          Modality.derivedOutputs(model.capabilities()), RequestParameters.derivedFrom(model.capabilities()));
      for (java.util.concurrent.Future<Object> answer : asked) {
        assertEquals(expected, answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertSame(model.inputModalities(), model.inputModalities());
    assertTrue(model.inputModalities().contains(Modality.PDF), model.inputModalities().toString());
    ModelDefinition stated = model.toBuilder().inputModalities(model.inputModalities())
        .supportedParameters(model.supportedParameters()).build();
    assertEquals(Optional.empty(), stated.statedInputModalities());
    assertEquals(Optional.empty(), stated.statedSupportedParameters());
    assertEquals(model, stated);
    ModelDefinition narrower = model.toBuilder().inputModalities(Modality.TEXT).build();
    assertEquals(Optional.of(java.util.Set.of(Modality.TEXT)), narrower.statedInputModalities());
    assertEquals(java.util.Set.of(Modality.TEXT), narrower.inputModalities());
    assertNotEquals(model, narrower);
  }

  @Test
  void tags_equalListsAreOneSharedList_inTheOrderGiven() {
    ModelDefinition a = ModelDefinition.builder("share/ta").contextWindow(4096).tags("chat", "open-weights").build();
    ModelDefinition b = ModelDefinition.builder("share/tb").contextWindow(4096)
        .tags(new java.util.ArrayList<>(List.of("chat", "open-weights"))).build();
    ModelDefinition reordered = ModelDefinition.builder("share/tc").contextWindow(4096)
        .tags("open-weights", "chat").build();
    assertSame(a.tags(), b.tags());
    assertEquals(List.of("open-weights", "chat"), reordered.tags());
    assertThrows(UnsupportedOperationException.class, () -> a.tags().add("x"));
  }

  @Test
  void lineageDatesAndLinks_eachTellDefinitionsApart_andSurviveToBuilder() {
    ModelDefinition plain = ModelDefinition.builder("refs/m").contextWindow(8192).build();
    List<ModelDefinition> stating = List.of(
        plain.toBuilder().baseModel("refs/base").build(),
        plain.toBuilder().parent("refs/parent").build(),
        plain.toBuilder().root("refs/root").build(),
        plain.toBuilder().deprecationDate("2025-01-31").build(),
        plain.toBuilder().replacement("refs/next").build(),
        plain.toBuilder().releaseDate("2024-05-13").build(),
        plain.toBuilder().lastUpdated("2024-08-06").build(),
        plain.toBuilder().paperUrl("https://example.com/paper").build(),
        plain.toBuilder().docsUrl("https://example.com/docs").build());
    for (int i = 0; i < stating.size(); i++) {
      ModelDefinition m = stating.get(i);
      assertFalse(m.equals(plain) || plain.equals(m), m.toString());
      assertEquals(m, m.toBuilder().build());
      for (int j = i + 1; j < stating.size(); j++) {
        assertNotEquals(m, stating.get(j), i + " vs " + j);
      }
    }
    assertEquals(Optional.of("refs/base"), stating.get(0).baseModel());
    assertTrue(stating.get(0).isFineTuned());
    assertEquals(Optional.of("https://example.com/docs"), stating.get(8).docsUrl());
    assertEquals(Optional.empty(), plain.releaseDate());
    assertEquals(plain, ModelDefinition.builder("refs/m").contextWindow(8192).build());
  }

  @Test
  void builder_unstatedValues_takeDocumentedDefaults() {
    ModelDefinition model = ModelDefinition.builder("my-model").contextWindow(8192).build();
    assertEquals("my-model", model.name());
    assertEquals(ModelDefinition.DEFAULT_OWNER, model.ownedBy());
    assertEquals(8192, model.maxOutputTokens());
    assertEquals(CapabilityPreset.CHAT, model.preset());
    assertEquals(Presets.capabilities(CapabilityPreset.CHAT), model.capabilities());
    assertEquals(Presets.latency(LatencyPreset.MEDIUM), model.latency());
    assertEquals(Optional.empty(), model.pricing());
    assertEquals(Optional.empty(), model.moe());
    assertFalse(model.isFineTuned());
  }

  @Test
  void builder_ownerDefaultsToProvider() {
    ModelDefinition model = ModelDefinition.builder("m").provider("acme").contextWindow(10).build();
    assertEquals("acme", model.ownedBy());
    assertEquals(Optional.of("acme"), model.provider());
  }

  @Test
  void moe_setsMoeCapability() {
    ModelDefinition model = ModelDefinition.builder("mixtral-8x7b").contextWindow(32_768)
        .moe(MoEConfig.sparse(46_700_000_000L, 12_900_000_000L, 8, 2)).build();
    assertTrue(model.has(Capability.MOE));
    assertEquals(12.9 / 46.7, model.moe().orElseThrow().activationRatio(), 1e-9);
    assertEquals(46_700_000_000L / 8, model.moe().orElseThrow().expertSizeParams());
  }

  @Test
  void capability_overridesOnTopOfPreset() {
    ModelDefinition model = ModelDefinition.builder("r").preset(CapabilityPreset.REASONING)
        .capability(Capability.VISION, true).capability(Capability.TOOL_CALLING, false).contextWindow(100).build();
    assertTrue(model.has(Capability.REASONING));
    assertTrue(model.has(Capability.VISION));
    assertFalse(model.has(Capability.TOOL_CALLING));
  }

  @Test
  void preset_startsTheCapabilitiesOver_andStatedCapabilitiesKeepThePresetAsALabel() {
    Capabilities stated = Capabilities.of(Capability.CHAT, Capability.AUDIO_INPUT);
    ModelDefinition startedOver = ModelDefinition.builder("p").contextWindow(100)
        .capabilities(stated).capability(Capability.VISION, true).preset(CapabilityPreset.EMBEDDINGS).build();
    assertEquals(Presets.capabilities(CapabilityPreset.EMBEDDINGS), startedOver.capabilities());

    ModelDefinition labelled = ModelDefinition.builder("q").contextWindow(100)
        .preset(CapabilityPreset.REASONING).capabilities(stated).build();
    assertEquals(CapabilityPreset.REASONING, labelled.preset());
    assertEquals(stated, labelled.capabilities());
    assertEquals(stated.with(Capability.VISION),
        ModelDefinition.builder("r").contextWindow(100).preset(CapabilityPreset.REASONING).capabilities(stated)
            .capability(Capability.VISION, true).build().capabilities());
  }

  @Test
  void toBuilder_roundTripsEveryValue() {
    ModelDefinition model = ModelDefinition.builder("gpt-4o").name("GPT-4o").ownedBy("openai").provider("openai")
        .created(1_715_558_400L).description("flagship").version("2024-08-06").contextWindow(128_000)
        .maxOutputTokens(16_384).trainingCutoff("2023-10").tags("flagship", "multimodal")
        .aliases("gpt-4o-2024-08-06").license("proprietary").preset(CapabilityPreset.VISION)
        .latency(LatencyPreset.LARGE).pricing(Pricing.builder().inputPerMillion(2.5).outputPerMillion(10)
            .cachedInputPerMillion(1.25).build())
        .deprecated(true).deprecationDate("2026-01-01").replacement("gpt-5").build();
    ModelDefinition copy = model.toBuilder().build();
    assertEquals(model, copy);
    assertNotEquals(model, model.toBuilder().contextWindow(64_000).build());
  }

  @Test
  void build_invalidValues_throwListingEveryProblem() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelDefinition.builder("bad id")
        .contextWindow(0).pricing(-1, 2).build());
    List<String> codes = e.problems().stream().map(Problem::code).toList();
    assertTrue(codes.contains("id-whitespace"), codes.toString());
    assertTrue(codes.contains("context-window-not-positive"), codes.toString());
    assertTrue(codes.contains("price-negative"), codes.toString());
    assertTrue(e.getMessage().contains("pricing.inputPerMillion"), e.getMessage());
    assertEquals("bad id", e.modelId());
  }

  @Test
  void build_nullAliasOrTag_throwsNamingTheField() {
    InvalidModelException alias = assertThrows(InvalidModelException.class,
        () -> ModelDefinition.builder("x").contextWindow(10).aliases("a", null).build());
    assertEquals("aliases[1]", alias.problems().get(0).field(), alias.getMessage());
    InvalidModelException tag = assertThrows(InvalidModelException.class,
        () -> ModelDefinition.builder("x").contextWindow(10).tags("ok", null).build());
    assertEquals("[tag-blank] tags[1]: is null; give a word such as \"long-context\", or leave the tag out",
        tag.problems().get(0).toString(), tag.getMessage());
    List<Problem> blank = ModelDefinition.builder("x").contextWindow(10).tags(" ", "ok").problems();
    assertEquals(List.of("tag-blank@tags[0]"), ModelRulesTest.codesAtFields(blank));
  }

  @Test
  void problems_reportsWarningsWithoutThrowing() {
    ModelDefinition.Builder builder = ModelDefinition.builder("old").contextWindow(10).deprecated(true);
    List<Problem> problems = builder.problems();
    assertEquals(List.of("deprecated-without-replacement"), problems.stream().map(Problem::code).toList());
    assertTrue(builder.build().deprecated());
  }

  @Test
  void supportsEndpoint_followsCapabilities() {
    ModelDefinition chat = ModelDefinition.builder("c").contextWindow(10).build();
    ModelDefinition embed = ModelDefinition.builder("e").preset(CapabilityPreset.EMBEDDINGS).contextWindow(10)
        .build();
    assertTrue(chat.supportsEndpoint("chat"));
    assertTrue(chat.supportsEndpoint("/v1/chat/completions"));
    assertFalse(chat.supportsEndpoint("embeddings"));
    assertTrue(embed.supportsEndpoint("embeddings"));
    assertFalse(embed.supportsEndpoint("chat"));
    assertFalse(chat.supportsEndpoint("no-such-endpoint"));
  }

  @Test
  void lists_areImmutable() {
    ModelDefinition model = ModelDefinition.builder("m").contextWindow(1).tags("a").build();
    assertThrows(UnsupportedOperationException.class, () -> model.tags().add("b"));
  }
}
