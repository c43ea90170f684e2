package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every query dimension and some combinations, against expectations worked out by hand from {@link Fixtures}. */
class ModelQueryTest {

  private final ModelRegistry registry = Fixtures.registry();

  private List<String> ids(ModelQuery.Builder query) {
    return registry.listModelIds(query.build());
  }

  @Test
  void all_listsEveryModelInIdOrder() {
    assertEquals(List.of("claude-3-5-sonnet", "dall-e-3", "gpt-3.5-turbo", "gpt-4o", "gpt-4o-mini", "mixtral-8x7b",
        "o1", "text-embedding-3-small", "tts-1", "whisper-1"), registry.listModelIds(ModelQuery.ALL));
  }

  @Test
  void required_listsModelsWithEveryCapability() {
    assertEquals(List.of("claude-3-5-sonnet", "gpt-4o", "gpt-4o-mini", "o1"),
        ids(ModelQuery.builder().require(Capability.VISION)));
    assertEquals(List.of("o1"), ids(ModelQuery.builder().require(Capability.VISION, Capability.REASONING)));
  }

  @Test
  void excluded_dropsModelsWithAnyOfThem() {
    assertEquals(List.of("claude-3-5-sonnet", "gpt-4o", "gpt-4o-mini"),
        ids(ModelQuery.builder().require(Capability.VISION).exclude(Capability.REASONING)));
  }

  @Test
  void ownedBy_keepsThatOwner() {
    assertEquals(List.of("gpt-3.5-turbo", "gpt-4o", "gpt-4o-mini", "o1"),
        ids(ModelQuery.builder().ownedBy("openai").require(Capability.CHAT)));
    assertEquals(List.of(), ids(ModelQuery.builder().ownedBy("nobody")));
  }

  @Test
  void provider_keepsThatProvidersModels() {
    assertEquals(List.of("claude-3-5-sonnet"), ids(ModelQuery.builder().provider("anthropic")));
    assertEquals(List.of("mixtral-8x7b"), ids(ModelQuery.builder().provider("mistral")));
  }

  @Test
  void tags_requireEveryTag() {
    assertEquals(List.of("claude-3-5-sonnet", "gpt-4o"), ids(ModelQuery.builder().tags("flagship")));
    assertEquals(List.of("gpt-4o"), ids(ModelQuery.builder().tags("flagship", "multimodal")));
  }

  @Test
  void minContextWindow_dropsSmallerWindows() {
    assertEquals(List.of("claude-3-5-sonnet", "o1"), ids(ModelQuery.builder().minContextWindow(150_000)));
  }

  @Test
  void minContextWindow_negative_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ModelQuery.builder().minContextWindow(-1));
    assertEquals(true, e.getMessage().startsWith("minContextWindow"));
  }

  @Test
  void maxInputPrice_keepsCheaperOrEqualModels() {
    assertEquals(List.of("dall-e-3", "gpt-3.5-turbo", "gpt-4o-mini", "mixtral-8x7b", "text-embedding-3-small",
        "whisper-1"), ids(ModelQuery.builder().maxInputPricePerMillion(1.0)));
    // 2.50 is exactly gpt-4o's price: the limit is inclusive.
    assertEquals(true, ids(ModelQuery.builder().maxInputPricePerMillion(2.50)).contains("gpt-4o"));
  }

  @Test
  void zeroFloorsAndCeilings_areValid() {
    assertEquals(registry.listModelIds(ModelQuery.ALL), ids(ModelQuery.builder().minContextWindow(0)));
    // dall-e-3 and whisper-1 charge per image and per minute, nothing per token; the embedding model and tts-1
    // charge for input only.
    assertEquals(List.of("dall-e-3", "whisper-1"), ids(ModelQuery.builder().maxInputPricePerMillion(0)));
    assertEquals(List.of("dall-e-3", "text-embedding-3-small", "tts-1", "whisper-1"),
        ids(ModelQuery.builder().maxOutputPricePerMillion(0)));
  }

  /**
   * Conditions that no bit set answers still filter when a capability narrows the candidates on bits first: each
   * query below keeps fewer models than the capability alone.
   */
  @Test
  void conditionsBeyondTheBitSets_filterTheCapabilityCandidates() {
    List<String> chat = ids(ModelQuery.builder().require(Capability.CHAT));
    assertEquals(List.of("claude-3-5-sonnet", "gpt-3.5-turbo", "gpt-4o", "gpt-4o-mini", "mixtral-8x7b", "o1"), chat);
    assertEquals(List.of("gpt-3.5-turbo", "gpt-4o", "gpt-4o-mini", "o1"),
        ids(ModelQuery.builder().require(Capability.CHAT).ownedBy("openai")));
    assertEquals(List.of("claude-3-5-sonnet"), ids(ModelQuery.builder().require(Capability.CHAT)
        .provider("anthropic")));
    assertEquals(List.of("claude-3-5-sonnet", "gpt-4o"), ids(ModelQuery.builder().require(Capability.CHAT)
        .tags("flagship")));
    assertEquals(List.of("claude-3-5-sonnet"), ids(ModelQuery.builder().require(Capability.CHAT)
        .inputModalities(Modality.PDF)));
    assertEquals(List.of(), ids(ModelQuery.builder().require(Capability.CHAT).outputModalities(Modality.AUDIO)));
    assertEquals(List.of("gpt-3.5-turbo", "gpt-4o-mini", "mixtral-8x7b"), ids(ModelQuery.builder()
        .require(Capability.CHAT).maxInputPricePerMillion(1.0)));
    assertEquals(List.of("gpt-4o-mini", "mixtral-8x7b"), ids(ModelQuery.builder().require(Capability.CHAT)
        .maxOutputPricePerMillion(1.0)));
    List<String> active = ids(ModelQuery.builder().require(Capability.CHAT).status(ModelStatus.ACTIVE));
    assertEquals(false, active.contains("gpt-3.5-turbo"), "deprecated: " + active);
    assertEquals(chat.size() - 1, active.size(), active.toString());
  }

  @Test
  void toString_showsEveryConditionSet_andOnlyThose() {
    assertEquals("ModelQuery[required=[], excluded=[], ownedBy=null, tags=[]]", ModelQuery.ALL.toString());
    ModelQuery every = ModelQuery.builder().require(Capability.CHAT).exclude(Capability.VISION).ownedBy("openai")
        .tags("fast").prefer(Capability.TOOL_CALLING).provider("azure").minContextWindow(8192)
        .maxInputPricePerMillion(1.5).maxOutputPricePerMillion(3).inputModalities(Modality.TEXT)
        .outputModalities(Modality.AUDIO).moe().status(ModelStatus.ACTIVE).build();
    String shown = every.toString();
    for (String part : List.of("ownedBy=openai", "tags=[fast]", "preferred=", "provider=azure",
        "minContextWindow=8192", "maxInputPrice=1.5", "maxOutputPrice=3", "input=", "output=", "architecture=",
        "status=ACTIVE")) {
      assertTrue(shown.contains(part), part + " in " + shown);
    }
    assertEquals(Set.of(Modality.TEXT), every.inputModalities());
    assertEquals(Set.of(Modality.AUDIO), every.outputModalities());
    assertEquals(List.of("fast"), every.tags());
    assertEquals(ModelStatus.ACTIVE, every.status());
    assertEquals(0, new BigDecimal("1.5").compareTo(every.maxInputPricePerMillion()));
    assertEquals(0, new BigDecimal("3").compareTo(every.maxOutputPricePerMillion()));
  }

  @Test
  void maxOutputPrice_keepsCheaperOrEqualModels() {
    assertEquals(List.of("dall-e-3", "gpt-4o-mini", "mixtral-8x7b", "text-embedding-3-small", "tts-1", "whisper-1"),
        ids(ModelQuery.builder().maxOutputPricePerMillion(1.0)));
  }

  @Test
  void maxPrice_otherCurrency_matchesNoUsdModel() {
    assertEquals(List.of(), ids(ModelQuery.builder().maxInputPricePerMillion(100).priceCurrency("EUR")));
  }

  @Test
  void ownerProviderAndTags_matchInAnyCase_asAUserTypesThem() {
    List<String> owner = ids(ModelQuery.builder().ownedBy("openai"));
    assertEquals(false, owner.isEmpty());
    assertEquals(owner, ids(ModelQuery.builder().ownedBy("OpenAI")));
    String tag = registry.find("gpt-4o").orElseThrow().tags().get(0);
    List<String> tagged = ids(ModelQuery.builder().tags(tag));
    assertEquals(false, tagged.isEmpty());
    assertEquals(tagged, ids(ModelQuery.builder().tags(tag.toUpperCase(java.util.Locale.ROOT))));
    String provider = registry.find("gpt-4o").orElseThrow().provider().orElseThrow();
    List<String> provided = ids(ModelQuery.builder().provider(provider));
    assertEquals(false, provided.isEmpty());
    assertEquals(provided, ids(ModelQuery.builder().provider(provider.toUpperCase(java.util.Locale.ROOT))));
    // A run-time model, matched by the query itself rather than the compiled columns.
    registry.register(ModelDefinition.builder("acme/tiny").ownedBy("Acme").tags("edge").contextWindow(4096).build());
    assertEquals(List.of("acme/tiny"), ids(ModelQuery.builder().ownedBy("ACME")));
    assertEquals(List.of("acme/tiny"), ids(ModelQuery.builder().ownedBy("acme").tags("EDGE")));
  }

  @Test
  void priceCurrency_anyCase_isTheIsoCode_soALowerCaseQueryStillMatches() {
    List<String> upper = ids(ModelQuery.builder().maxInputPricePerMillion(1.0));
    assertEquals(upper, ids(ModelQuery.builder().maxInputPricePerMillion(1.0).priceCurrency("usd")));
    assertEquals(upper, ids(ModelQuery.builder().maxInputPricePerMillion(1.0).priceCurrency(" Usd ")));
    assertEquals(false, upper.isEmpty(), "the USD limit lists models, so equal lists mean matches, not none");
    assertEquals("EUR", ModelQuery.builder().priceCurrency("eur").build().priceCurrency());
    assertEquals(ModelQuery.builder().priceCurrency("USD").build(), ModelQuery.builder().priceCurrency("usd").build());
  }

  @Test
  void priceCurrency_notThreeLetters_isRefusedNamingTheField() {
    for (String bad : List.of("", "US", "USDT", "U$D", "\u00dcSD", "12a")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ModelQuery.builder().priceCurrency(bad), bad);
      assertEquals(true, e.getMessage().startsWith("priceCurrency: '"), e.getMessage());
    }
    assertThrows(NullPointerException.class, () -> ModelQuery.builder().priceCurrency(null));
  }

  @Test
  void maxPrice_unpricedModel_isNotListed() {
    registry.register(ModelDefinition.builder("unpriced").contextWindow(1000).build());
    assertEquals(false, ids(ModelQuery.builder().maxInputPricePerMillion(100)).contains("unpriced"));
    assertEquals(true, ids(ModelQuery.builder()).contains("unpriced"));
  }

  @Test
  void inputModalities_followCapabilities() {
    assertEquals(List.of("claude-3-5-sonnet", "gpt-4o", "gpt-4o-mini", "o1"),
        ids(ModelQuery.builder().inputModalities(Modality.IMAGE)));
    assertEquals(List.of("whisper-1"), ids(ModelQuery.builder().inputModalities(Modality.AUDIO)));
    assertEquals(List.of("claude-3-5-sonnet"), ids(ModelQuery.builder().inputModalities(Modality.PDF)));
    assertEquals(List.of(), ids(ModelQuery.builder().inputModalities(Modality.VIDEO)));
    List<String> text = ids(ModelQuery.builder().inputModalities(Modality.TEXT));
    assertEquals(9, text.size());
    assertEquals(false, text.contains("whisper-1"));
  }

  @Test
  void outputModalities_followCapabilities() {
    assertEquals(List.of("dall-e-3"), ids(ModelQuery.builder().outputModalities(Modality.IMAGE)));
    assertEquals(List.of("tts-1"), ids(ModelQuery.builder().outputModalities(Modality.AUDIO)));
    assertEquals(List.of("claude-3-5-sonnet", "gpt-3.5-turbo", "gpt-4o", "gpt-4o-mini", "mixtral-8x7b", "o1",
        "whisper-1"), ids(ModelQuery.builder().outputModalities(Modality.TEXT)));
  }

  @Test
  void architecture_separatesMoeFromDense() {
    assertEquals(List.of("mixtral-8x7b"), ids(ModelQuery.builder().moe()));
    List<String> dense = ids(ModelQuery.builder().dense());
    assertEquals(9, dense.size());
    assertEquals(false, dense.contains("mixtral-8x7b"));
  }

  @Test
  void status_separatesDeprecatedFromActive() {
    assertEquals(List.of("gpt-3.5-turbo"), ids(ModelQuery.builder().status(ModelStatus.DEPRECATED)));
    assertEquals(false, ids(ModelQuery.builder().status(ModelStatus.ACTIVE)).contains("gpt-3.5-turbo"));
    assertEquals(9, ids(ModelQuery.builder().status(ModelStatus.ACTIVE)).size());
  }

  @Test
  void combination_toolsImagesPriceStatusDense() {
    assertEquals(List.of("claude-3-5-sonnet", "gpt-4o", "gpt-4o-mini"), ids(ModelQuery.builder()
        .require(Capability.TOOL_CALLING).inputModalities(Modality.IMAGE).maxInputPricePerMillion(5)
        .status(ModelStatus.ACTIVE).dense()));
  }

  @Test
  void combination_ownerContextAndOutputPrice() {
    assertEquals(List.of("gpt-4o-mini"), ids(ModelQuery.builder().ownedBy("openai").minContextWindow(100_000)
        .maxOutputPricePerMillion(5)));
  }

  @Test
  void preferred_ranksWithoutFiltering() {
    assertEquals(List.of("o1", "claude-3-5-sonnet", "gpt-4o", "gpt-4o-mini", "gpt-3.5-turbo", "mixtral-8x7b"),
        ids(ModelQuery.builder().require(Capability.CHAT).prefer(Capability.REASONING, Capability.VISION)));
  }

  @Test
  void runtimeModels_areQueriedAndRemovedModelsAreNot() {
    registry.register(Fixtures.acmeVision());
    registry.remove("gpt-4o");
    assertEquals(List.of("acme-vision", "claude-3-5-sonnet", "gpt-4o-mini", "o1"),
        ids(ModelQuery.builder().require(Capability.VISION)));
    assertEquals(List.of("acme-vision"), ids(ModelQuery.builder().ownedBy("acme")));
  }

  @Test
  void bitSetStage_agreesWithCheckingEveryModel() {
    registry.register(Fixtures.acmeVision());
    List<ModelQuery> queries = new ArrayList<>();
    for (Capability capability : Capability.values()) {
      queries.add(ModelQuery.builder().require(capability).build());
      queries.add(ModelQuery.builder().exclude(capability).build());
    }
    for (Modality modality : Modality.values()) {
      queries.add(ModelQuery.builder().inputModalities(modality).build());
      queries.add(ModelQuery.builder().outputModalities(modality).build());
    }
    queries.add(ModelQuery.builder().provider("openai").dense().build());
    queries.add(ModelQuery.builder().ownedBy("mistral").moe().build());
    List<ModelDefinition> everything = registry.all();
    for (ModelQuery query : queries) {
      List<String> expected = everything.stream().filter(query::matches).map(ModelDefinition::id)
          .collect(Collectors.toList());
      assertEquals(expected, registry.listModelIds(query), query.toString());
    }
  }

  /**
   * A compiled catalog whose order is not id order: a query with few candidates sorts their ranks, one with many
   * walks the whole id order; both list exactly the matching models, in id order.
   */
  @Test
  void fewAndManyCandidates_bothListInIdOrder() {
    List<ModelDefinition> models = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // Ids count down while ordinals count up; every 100th model has vision, every model but every 10th tools.
      ModelDefinition.Builder model = ModelDefinition.builder(String.format("m-%03d", 299 - i)).contextWindow(8192);
      model.capabilities(i % 10 == 0 ? Capabilities.of(Capability.CHAT) : Capabilities.of(Capability.CHAT,
          Capability.TOOL_CALLING));
      if (i % 100 == 0) {
        model.capability(Capability.VISION, true);
      }
      models.add(model.build());
    }
    ModelRegistry catalog = ModelRegistry.of(TestCatalogs.of("test", models));
    ModelQuery few = ModelQuery.builder().require(Capability.VISION).minContextWindow(1).build();
    ModelQuery many = ModelQuery.builder().require(Capability.TOOL_CALLING).minContextWindow(1).build();
    for (ModelQuery query : List.of(few, many)) {
      List<String> expected = models.stream().filter(query::matches).map(ModelDefinition::id).sorted()
          .collect(Collectors.toList());
      assertEquals(expected, catalog.listModelIds(query), query.toString());
    }
    assertEquals(List.of("m-099", "m-199", "m-299"), catalog.listModelIds(few));
    assertEquals(270, catalog.listModelIds(many).size());
  }

  @Test
  void contextFloor_buildsOnlyTheModelsListed() {
    List<ModelDefinition> models = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      models.add(ModelDefinition.builder(String.format("m-%02d", i)).contextWindow(1_000 * (i + 1)).build());
    }
    FixtureCatalog catalog = new FixtureCatalog("test", models);
    ModelRegistry registry = ModelRegistry.of(catalog);
    List<String> listed = registry.listModelIds(ModelQuery.builder().require(Capability.CHAT)
        .minContextWindow(36_000).build());
    assertEquals(List.of("m-35", "m-36", "m-37", "m-38", "m-39"), listed, "a window equal to the floor is kept");
    // The floor is judged on the catalog's context column: the 35 models under it are never built.
    assertEquals(5, catalog.modelCalls);
  }

  /**
   * Random queries over compiled models (some hidden by removal or shadowed by a replacement) and run-time ones,
   * against filtering every visible model with {@link ModelQuery#matches}: whether the candidates alone decide a
   * query or its definitions are read, the answer is the same, in id order. The compiled models are in two
   * catalogs whose ids interleave, some in upper case, so that id order is far from the catalogs' order.
   */
  @Test
  void randomQueries_answerAsMatchingEveryModelDoes() {
    java.util.Random random = new java.util.Random(20_261_207);
    Capability[] capabilities = {Capability.CHAT, Capability.VISION, Capability.TOOL_CALLING, Capability.REASONING,
        Capability.MOE, Capability.STREAMING};
    List<ModelDefinition> compiled = new ArrayList<>();
    List<List<ModelDefinition>> byCatalog = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < 200; i++) {
      ModelDefinition model = randomModel(random, (i % 3 == 0 ? "C-" : "c-") + i, i % 2 == 0 ? "alpha" : "beta",
          capabilities);
      compiled.add(model);
      byCatalog.get(i % 2).add(model);
    }
    ModelRegistry registry = ModelRegistry.of(new FixtureCatalog("alpha", byCatalog.get(0)),
        TestCatalogs.of("beta", byCatalog.get(1)));
    // What should be visible, kept apart from the registry: its own listing is what is under test.
    Map<String, ModelDefinition> visibleById = new java.util.TreeMap<>();
    compiled.forEach(model -> visibleById.put(model.id(), model));
    for (int i = 0; i < 200; i += 7) {
      String id = (i % 3 == 0 ? "C-" : "c-") + i;
      registry.remove(id);
      visibleById.remove(id);
    }
    ModelDefinition replacement = randomModel(random, "C-3", "beta", capabilities);
    registry.replace(replacement);
    visibleById.put(replacement.id(), replacement);
    for (int i = 0; i < 30; i++) {
      ModelDefinition model = randomModel(random, "r-" + i, i % 2 == 0 ? "alpha" : "gamma", capabilities);
      registry.register(model);
      visibleById.put(model.id(), model);
    }
    List<ModelDefinition> visible = List.copyOf(visibleById.values());
    assertEquals(200 - 29 + 30, visible.size());
    int nonEmpty = 0;
    for (int q = 0; q < 500; q++) {
      ModelQuery.Builder builder = ModelQuery.builder();
      for (Capability capability : capabilities) {
        int pick = random.nextInt(6);
        if (pick == 0) {
          builder.require(capability);
        } else if (pick == 1) {
          builder.exclude(capability);
        }
      }
      int floorPick = random.nextInt(3);
      if (floorPick == 1) {
        builder.minContextWindow(1 + random.nextInt(140_000));
      } else if (floorPick == 2) {
        // A floor equal to some model's window: that model is kept.
        builder.minContextWindow(compiled.get(random.nextInt(compiled.size())).contextWindow());
      }
      if (random.nextInt(4) == 0) {
        if (random.nextBoolean()) {
          builder.moe();
        } else {
          builder.dense();
        }
      }
      if (random.nextInt(4) == 0) {
        builder.ownedBy(random.nextBoolean() ? "acme" : "ACME");
      }
      if (random.nextInt(4) == 0) {
        builder.tags("fast");
      }
      if (random.nextInt(5) == 0) {
        builder.provider(random.nextBoolean() ? "alpha" : "BETA");
      }
      ModelQuery query = builder.build();
      List<String> expected = visible.stream().filter(query::matches).map(ModelDefinition::id).sorted()
          .collect(Collectors.toList());
      assertEquals(expected, registry.listModelIds(query), query.toString());
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(nonEmpty > 250, "most queries list something: " + nonEmpty);
  }

  private static ModelDefinition randomModel(java.util.Random random, String id, String provider,
      Capability[] capabilities) {
    ModelDefinition.Builder model = ModelDefinition.builder(id).provider(provider)
        .contextWindow(1 + random.nextInt(131_072))
        .ownedBy(random.nextBoolean() ? "acme" : "other");
    List<Capability> has = new ArrayList<>();
    for (Capability capability : capabilities) {
      if (random.nextBoolean()) {
        has.add(capability);
      }
    }
    // Every model serves a task (chat or else completion), and a mixture of experts states its configuration.
    if (!has.contains(Capability.CHAT)) {
      has.add(Capability.COMPLETION);
    }
    if (has.contains(Capability.MOE)) {
      model.moe(MoEConfig.sparse(47_000_000_000L, 13_000_000_000L, 8, 2));
    }
    model.capabilities(Capabilities.of(has.toArray(new Capability[0])));
    if (random.nextBoolean()) {
      model.tags("fast");
    }
    return model.build();
  }

  @Test
  void capabilityMatrix_listsIdsPerCapability() {
    Map<Capability, List<String>> matrix = registry.capabilityMatrix();
    assertEquals(Capability.values().length, matrix.size());
    assertEquals(List.of("claude-3-5-sonnet", "gpt-4o", "gpt-4o-mini", "o1"), matrix.get(Capability.VISION));
    assertEquals(List.of("mixtral-8x7b"), matrix.get(Capability.MOE));
    assertEquals(List.of(), matrix.get(Capability.RERANKING));
  }

  @Test
  void capabilityMatrix_reflectsRemovalsAndRuntimeModels() {
    registry.remove("o1");
    registry.register(Fixtures.acmeVision());
    assertEquals(List.of("acme-vision", "claude-3-5-sonnet", "gpt-4o", "gpt-4o-mini"),
        registry.capabilityMatrix().get(Capability.VISION));
  }

  @Test
  void priceCeiling_atTheBoundary_comparesTheDecimalsExactly() {
    ModelRegistry priced = ModelRegistry.builder().addDefinitions(
        ModelDefinition.builder("tenth").contextWindow(8192).pricing(0.1, 0.3).build(),
        ModelDefinition.builder("just-above").contextWindow(8192).pricing(Math.nextUp(0.1), 0.3).build()).build();
    assertEquals(List.of("tenth"), priced.listModelIds(ModelQuery.builder().maxInputPricePerMillion(0.1).build()));
    assertEquals(List.of(), priced.listModelIds(ModelQuery.builder().maxInputPricePerMillion(0.0999).build()));
    assertEquals(List.of("just-above", "tenth"),
        priced.listModelIds(ModelQuery.builder().maxOutputPricePerMillion(0.3).build()));
  }

  @Test
  void repeatedQuery_isAnsweredAgainAfterEveryWrite() {
    ModelRegistry changing = Fixtures.registry();
    ModelQuery vision = ModelQuery.builder().require(Capability.VISION).build();
    List<ModelDefinition> before = changing.listModels(vision);
    assertEquals(before, changing.listModels(ModelQuery.builder().require(Capability.VISION).build()));
    changing.register(ModelDefinition.builder("acme/seer").preset(dev.modelcatalog.annotations.CapabilityPreset.VISION)
        .contextWindow(8192).build());
    List<ModelDefinition> after = changing.listModels(vision);
    assertEquals(before.size() + 1, after.size());
    assertEquals(true, after.stream().anyMatch(m -> m.id().equals("acme/seer")));
    changing.remove("acme/seer");
    assertEquals(before, changing.listModels(vision));
  }

  @Test
  void equalQueries_areEqualAndHashAlike() {
    ModelQuery a = ModelQuery.builder().require(Capability.CHAT).maxInputPricePerMillion(1).tags("x").build();
    ModelQuery b = ModelQuery.builder().tags("x").maxInputPricePerMillion(1).require(Capability.CHAT).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(false, a.equals(ModelQuery.builder().require(Capability.CHAT).build()));
  }
}
