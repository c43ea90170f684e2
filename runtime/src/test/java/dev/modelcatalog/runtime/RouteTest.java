package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.annotations.RouteStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Routes, best route, fallback chains, availability, cheapest route, and routes added at run time. */
class RouteTest {

  private final ModelRegistry registry = Fixtures.registry();

  private static List<String> platforms(List<Route> routes) {
    return routes.stream().map(Route::platform).collect(Collectors.toList());
  }

  @Test
  void routes_listEveryRouteByPriority() {
    assertEquals(List.of("direct", "openrouter", "azure"), platforms(registry.routes("gpt-4o")));
    assertEquals("openai/gpt-4o", registry.routes("gpt-4o").get(1).modelString());
    assertEquals("gpt-4o", registry.routes("gpt-4o").get(0).modelString());
  }

  @Test
  void routes_resolveTheModelThroughFind() {
    assertEquals(registry.routes("gpt-4o"), registry.routes("GPT_4O"));
    assertEquals(registry.routes("gpt-4o"), registry.routes("gpt-4o-2024-08-06"));
  }

  @Test
  void routes_unknownModelOrNone_isEmpty() {
    assertEquals(List.of(), registry.routes("no-such-model"));
    assertEquals(List.of(), registry.routes("o1"));
    assertEquals(Optional.empty(), registry.bestRoute("o1"));
  }

  @Test
  void fallbackChain_skipsMaintenanceAndInactive() {
    assertEquals(List.of("together", "direct"), platforms(registry.fallbackChain("mixtral-8x7b")));
    assertEquals(List.of("bedrock", "vertex"), platforms(registry.fallbackChain("claude-3-5-sonnet")));
  }

  @Test
  void fallbackChain_activeBeforeBeta_whateverThePriority() {
    registry.addRoute(Route.builder("openrouter").model("claude-3-5-sonnet")
        .modelString("anthropic/claude-3.5-sonnet").priority(4).build());
    // vertex (beta, priority 3) now comes after openrouter (active, priority 4)
    assertEquals(List.of("bedrock", "openrouter", "vertex"), platforms(registry.fallbackChain("claude-3-5-sonnet")));
  }

  @Test
  void bestRoute_isTheFirstUsableRoute() {
    assertEquals("direct", registry.bestRoute("gpt-4o").orElseThrow().platform());
    assertEquals("bedrock", registry.bestRoute("claude-3-5-sonnet").orElseThrow().platform());
  }

  @Test
  void bestRoute_platformUnderMaintenance_fallsBack() {
    Platform direct = registry.platform("direct").orElseThrow();
    registry.registerPlatform(new Platform(direct.id(), direct.name(), direct.baseUrl(), direct.docsUrl(),
        direct.authType(), RouteStatus.MAINTENANCE));
    assertEquals("openrouter", registry.bestRoute("gpt-4o").orElseThrow().platform());
    assertEquals(List.of("together"), platforms(registry.fallbackChain("mixtral-8x7b")));
  }

  @Test
  void availability_groupsUsableRoutesByPlatform() {
    Map<String, List<Route>> availability = registry.availability("mixtral-8x7b");
    assertEquals(List.of("together", "direct"), List.copyOf(availability.keySet()));
    assertEquals("mistralai/Mixtral-8x7B-Instruct-v0.1", availability.get("together").get(0).modelString());
    assertThrows(UnsupportedOperationException.class, () -> availability.get("together").clear());
    assertThrows(UnsupportedOperationException.class, () -> availability.remove("together"));
  }

  @Test
  void findByRoute_resolvesPlatformModelStrings() {
    assertEquals("gpt-4o", registry.findByRoute("openrouter", "openai/gpt-4o").orElseThrow().id());
    assertEquals("mixtral-8x7b",
        registry.findByRoute("together", "mistralai/Mixtral-8x7B-Instruct-v0.1").orElseThrow().id());
    // no route with that string: falls back to find, which strips the path segment
    assertEquals("o1", registry.findByRoute("openrouter", "openai/o1").orElseThrow().id());
  }

  @Test
  void cheapestRoute_chat_usesRoutePriceOverrides() {
    // mixtral via together at 0.60/0.60: 1000*0.6 + 500*0.6 = 900 per million = 0.0009
    RouteQuote quote = registry.cheapestRoute(1_000, 500, Capability.CHAT).orElseThrow();
    assertEquals("mixtral-8x7b", quote.model().id());
    assertEquals("together", quote.route().platform());
    assertEquals(new BigDecimal("0.00090000"), quote.cost());
  }

  @Test
  void cheapestRoute_currencyInAnyCase_isTheIsoCode_andNoCodeIsRefused() {
    RouteQuote usd = registry.cheapestRoute(1_000, 500, Capability.CHAT).orElseThrow();
    RouteQuote lower = registry.cheapestRoute(1_000, 500, Set.of(Capability.CHAT), "usd").orElseThrow();
    assertEquals(usd.route(), lower.route());
    assertEquals("USD", lower.currency());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> registry.cheapestRoute(1_000, 500, Set.of(Capability.CHAT), "dollars"));
    assertEquals(true, e.getMessage().startsWith("currency: 'dollars' is no currency code"), e.getMessage());
  }

  @Test
  void cheapestRoute_equalCost_prefersLowerPriority() {
    // gpt-4o direct and openrouter both cost 1000*2.5 + 500*10 = 0.0075; azure costs 0.00825; claude 0.0105
    RouteQuote quote = registry.cheapestRoute(1_000, 500, Capability.VISION).orElseThrow();
    assertEquals("gpt-4o", quote.model().id());
    assertEquals("direct", quote.route().platform());
    assertEquals(new BigDecimal("0.00750000"), quote.cost());
  }

  @Test
  void cheapestRoute_routeContextOverride_excludesTheRoute() {
    registry.addRoute(Route.builder("groq").model("gpt-4o-mini").priority(1).contextWindow(8_192)
        .inputPerMillion(0.01).outputPerMillion(0.01).build());
    assertEquals("groq", registry.cheapestRoute(1_000, 500, Capability.VISION).orElseThrow().route().platform());
    // 10,000 + 500 tokens do not fit groq's 8,192-token window: back to gpt-4o direct
    assertEquals("gpt-4o", registry.cheapestRoute(10_000, 500, Capability.VISION).orElseThrow().model().id());
  }

  @Test
  void cheapestRoute_requestFillingTheRoutesLimitsExactly_fits_oneTokenMoreDoesNot() {
    registry.addRoute(Route.builder("groq").model("gpt-4o-mini").priority(1).contextWindow(8_192)
        .maxOutputTokens(1_000).inputPerMillion(0.01).outputPerMillion(0.01).build());
    assertEquals("groq", registry.cheapestRoute(7_192, 1_000, Capability.VISION).orElseThrow().route().platform());
    assertEquals("direct", registry.cheapestRoute(7_193, 1_000, Capability.VISION).orElseThrow().route().platform());
    assertEquals("direct", registry.cheapestRoute(1_000, 1_001, Capability.VISION).orElseThrow().route().platform());
  }

  @Test
  void cheapestRoute_equalCostAndPriority_prefersTheModelIdFirstInOrder() {
    registry.addRoute(Route.builder("groq").model("gpt-4o-mini").priority(7).inputPerMillion(0.01)
        .outputPerMillion(0.01).build());
    registry.addRoute(Route.builder("groq").model("gpt-4o").priority(7).inputPerMillion(0.01)
        .outputPerMillion(0.01).build());
    RouteQuote quote = registry.cheapestRoute(1_000, 500, Capability.VISION).orElseThrow();
    assertEquals("gpt-4o", quote.model().id());
    assertEquals("groq", quote.route().platform());
  }

  /** Priority decides between models too, not only between one model's routes: here the later model's wins. */
  @Test
  void cheapestRoute_equalCost_ofTwoModels_prefersTheLowerPriority() {
    registry.addRoute(Route.builder("groq").model("gpt-4o").priority(9).inputPerMillion(0.01)
        .outputPerMillion(0.01).build());
    registry.addRoute(Route.builder("groq").model("gpt-4o-mini").priority(8).inputPerMillion(0.01)
        .outputPerMillion(0.01).build());
    RouteQuote quote = registry.cheapestRoute(1_000, 500, Capability.VISION).orElseThrow();
    assertEquals("gpt-4o-mini", quote.model().id());
    assertEquals(8, quote.route().priority());
  }

  @Test
  void cheapestRoute_removedModel_isSkipped() {
    registry.remove("mixtral-8x7b");
    assertEquals("gpt-4o", registry.cheapestRoute(1_000, 500, Capability.CHAT).orElseThrow().model().id());
  }

  @Test
  void cheapestRoute_otherCurrency_isEmpty() {
    assertEquals(Optional.empty(), registry.cheapestRoute(1_000, 500, Set.of(Capability.CHAT), "EUR"));
  }

  @Test
  void addRoute_modelStringOnly_resolvesThroughFind() {
    Route stored = registry.addRoute(Route.builder("openrouter").modelString("openai/gpt-4o-mini").priority(2)
        .build());
    assertEquals(Optional.of("gpt-4o-mini"), stored.model());
    assertEquals(List.of(stored), registry.routes("gpt-4o-mini"));
    assertEquals("gpt-4o-mini", registry.findByRoute("openrouter", "openai/gpt-4o-mini").orElseThrow().id());
  }

  @Test
  void addRoute_unknownModel_throwsAndChangesNothing() {
    assertThrows(UnknownModelException.class,
        () -> registry.addRoute(Route.builder("openrouter").modelString("acme/unknown").build()));
  }

  @Test
  void addRoute_unknownPlatform_isRejected() {
    InvalidRouteException e = assertThrows(InvalidRouteException.class,
        () -> registry.addRoute(Route.builder("acme-cloud").model("o1").build()));
    assertEquals("route-unknown-platform", e.problems().get(0).code());
    assertEquals("routes[0].platform", e.problems().get(0).field());
    assertEquals(List.of(), registry.routes("o1"));
  }

  @Test
  void addRoute_declaredPlatform_isAccepted() {
    registry.registerPlatform(new Platform("acme-cloud", "Acme Cloud", "https://api.acme.example/v1", "",
        AuthType.API_KEY, RouteStatus.ACTIVE));
    registry.addRoute(Route.builder("acme-cloud").model("o1").build());
    assertEquals(List.of("acme-cloud"), platforms(registry.fallbackChain("o1")));
  }

  @Test
  void addRoute_duplicatePriority_isRejectedAndTableUnchanged() {
    InvalidRouteException e = assertThrows(InvalidRouteException.class,
        () -> registry.addRoute(Route.builder("groq").model("gpt-4o").priority(2).build()));
    assertEquals("route-duplicate-priority", e.problems().get(0).code());
    assertEquals("routes[3].priority", e.problems().get(0).field());
    assertEquals(3, registry.routes("gpt-4o").size());
  }

  @Test
  void addRoute_contextAboveModel_isRejected() {
    InvalidRouteException e = assertThrows(InvalidRouteException.class,
        () -> registry.addRoute(Route.builder("groq").model("mixtral-8x7b").priority(4).contextWindow(65_536)
            .build()));
    assertEquals("route-context-exceeds-model", e.problems().get(0).code());
  }

  @Test
  void routeBuilder_badValues_listsEveryProblem() {
    InvalidRouteException e = assertThrows(InvalidRouteException.class, () -> Route.builder("Open Router")
        .model("gpt-4o").priority(0).inputPerMillion(-1).outputPerMillion(Double.NaN).build());
    assertEquals(List.of("route-platform-invalid", "route-priority-not-positive", "route-price-negative",
        "route-price-not-finite"), e.problems().stream().map(Problem::code).collect(Collectors.toList()));
    assertEquals(List.of("platform", "priority", "inputPerMillion", "outputPerMillion"),
        e.problems().stream().map(Problem::field).collect(Collectors.toList()));
  }

  /** Each rule on one route at its edge: the last value accepted builds, the first refused names its field. */
  @Test
  void routeBuilder_eachRuleAtItsEdge() {
    assertEquals(List.of(), problems(Route.builder("openrouter").model("gpt-4o").priority(1).contextWindow(1)
        .maxOutputTokens(1).inputPerMillion(0).outputPerMillion(0).endpoint("http://localhost:8080/v1")));
    assertEquals(List.of("route-context-window-not-positive@contextWindow"),
        problems(Route.builder("openrouter").model("gpt-4o").contextWindow(0)));
    assertEquals(List.of("route-max-output-not-positive@maxOutputTokens"),
        problems(Route.builder("openrouter").model("gpt-4o").maxOutputTokens(0)));
    assertEquals(List.of(), problems(Route.builder("openrouter").model("gpt-4o").contextWindow(4096)
        .maxOutputTokens(4096)));
    assertEquals(List.of("route-max-output-exceeds-context@maxOutputTokens"),
        problems(Route.builder("openrouter").model("gpt-4o").contextWindow(4096).maxOutputTokens(4097)));
    assertEquals(List.of("route-endpoint-invalid@endpoint"),
        problems(Route.builder("openrouter").model("gpt-4o").endpoint("ftp://example.com")));
    assertEquals(List.of("id-whitespace@modelString"),
        problems(Route.builder("openrouter").model("gpt-4o").modelString("openai/gpt 4o")));
    assertEquals(List.of("id-invalid-char@model"), problems(Route.builder("openrouter").model("gpt#4o")
        .modelString("openai/gpt-4o")));
  }

  @Test
  void addRoute_samePlatformAndModelStringTwice_isRejected() {
    registry.registerPlatform(new Platform("acme-cloud", "Acme Cloud", "https://api.acme.example/v1", "",
        AuthType.API_KEY, RouteStatus.ACTIVE));
    registry.addRoute(Route.builder("acme-cloud").model("o1").modelString("acme/o1").priority(5).build());
    InvalidRouteException e = assertThrows(InvalidRouteException.class, () -> registry.addRoute(
        Route.builder("acme-cloud").model("o1").modelString("acme/o1").priority(6).build()));
    assertEquals("route-duplicate", e.problems().get(0).code());
    assertEquals(1, registry.routes("o1").stream().filter(r -> r.platform().equals("acme-cloud")).count());
  }

  /** As the processor refuses: another model's id or alias as a model string makes find and findByRoute disagree. */
  @Test
  void addRoute_modelStringOfAnotherModel_isRejected() {
    InvalidRouteException id = assertThrows(InvalidRouteException.class, () -> registry.addRoute(
        Route.builder("groq").model("gpt-4o").modelString("gpt-4o-mini").priority(9).build()));
    assertEquals("[route-model-string-clash] modelString: is 'gpt-4o-mini', the id of model 'gpt-4o-mini'; a route's"
        + " model string may not be another model's id or alias, since find() and findByRoute() would disagree",
        id.problems().get(0).toString());
    InvalidRouteException alias = assertThrows(InvalidRouteException.class, () -> registry.addRoute(
        Route.builder("groq").model("o1").modelString("gpt-4o-2024-08-06").priority(9).build()));
    assertTrue(alias.problems().get(0).message().contains("an alias of model 'gpt-4o'"), alias.getMessage());
    assertEquals("gpt-4o-mini", registry.findByRoute("groq", "gpt-4o-mini").orElseThrow().id(), "not gpt-4o");
    registry.addRoute(Route.builder("groq").model("gpt-4o").modelString("gpt-4o-2024-08-06").priority(9).build());
    assertEquals("gpt-4o", registry.findByRoute("groq", "gpt-4o-2024-08-06").orElseThrow().id(), "its own alias");
  }

  @Test
  void addRoute_platformAndModelStringOfAnotherModelsRoute_isRejected() {
    // openrouter serves openai/gpt-4o for gpt-4o already.
    InvalidRouteException e = assertThrows(InvalidRouteException.class, () -> registry.addRoute(
        Route.builder("openrouter").model("o1").modelString("openai/gpt-4o").priority(9).build()));
    assertEquals("duplicate-route-target", e.problems().get(0).code());
    assertEquals("gpt-4o", registry.findByRoute("openrouter", "openai/gpt-4o").orElseThrow().id());
    assertEquals(List.of(), registry.routes("o1"));
  }

  @Test
  void registerPlatform_urlThatIsNotHttp_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.registerPlatform(
        new Platform("acme-2", "Acme", "ftp://x", "", null, null)));
    assertEquals("platform.baseUrl: 'ftp://x' is no http or https URL; give one, or leave it empty", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> registry.registerPlatform(
        new Platform("acme-2", "Acme", "", "docs.acme.example", null, null)));
    assertEquals(Optional.empty(), registry.platform("acme-2"));
    registry.registerPlatform(new Platform("acme-2", "Acme", "", "", null, null));
    assertTrue(registry.platform("acme-2").isPresent());
  }

  @Test
  void addRoute_contextEqualToTheModels_isAccepted() {
    int window = registry.find("mixtral-8x7b").orElseThrow().contextWindow();
    registry.addRoute(Route.builder("groq").model("mixtral-8x7b").priority(4).contextWindow(window).build());
    List<Route> routes = registry.routes("mixtral-8x7b");
    assertEquals(window, routes.get(routes.size() - 1).contextWindow().orElseThrow());
  }

  private static List<String> problems(Route.Builder route) {
    try {
      route.build();
      return List.of();
    } catch (InvalidRouteException e) {
      return ModelRulesTest.codesAtFields(e.problems());
    }
  }

  @Test
  void effectivePricing_overridesOnlyWhatTheRouteStates() {
    Route azure = registry.routes("gpt-4o").get(2);
    Pricing pricing = azure.effectivePricing(Fixtures.GPT_4O).orElseThrow();
    assertEquals(2.75, pricing.inputPerMillion());
    assertEquals(11.00, pricing.outputPerMillion());
    assertEquals(1.25, pricing.cachedInputPerMillion().orElseThrow());
  }

  @Test
  void effectivePricing_ofAnUnpricedModel_needsBothTokenPrices() {
    ModelDefinition unpriced = ModelDefinition.builder("unpriced").contextWindow(8_192).build();
    Pricing both = Route.builder("groq").model("unpriced").inputPerMillion(0.5).outputPerMillion(1.5).build()
        .effectivePricing(unpriced).orElseThrow();
    assertEquals(0.5, both.inputPerMillion());
    assertEquals(1.5, both.outputPerMillion());
    assertEquals("USD", both.currency());
    assertEquals(Optional.empty(),
        Route.builder("groq").model("unpriced").inputPerMillion(0.5).build().effectivePricing(unpriced));
    assertEquals(Optional.empty(),
        Route.builder("groq").model("unpriced").outputPerMillion(1.5).build().effectivePricing(unpriced));
    assertEquals(Optional.empty(), Route.builder("groq").model("unpriced").build().effectivePricing(unpriced));
  }

  @Test
  void effectivePricing_withoutOverrides_isTheModelsOwn_andOneOverrideKeepsTheOtherPrice() {
    Pricing own = Fixtures.GPT_4O.pricing().orElseThrow();
    assertEquals(own, Route.builder("groq").model("gpt-4o").build().effectivePricing(Fixtures.GPT_4O).orElseThrow());
    Pricing output = Route.builder("groq").model("gpt-4o").outputPerMillion(12.0).build()
        .effectivePricing(Fixtures.GPT_4O).orElseThrow();
    assertEquals(own.inputPerMillion(), output.inputPerMillion());
    assertEquals(12.0, output.outputPerMillion());
  }

  @Test
  void platforms_includeTheBuiltInOnes() {
    List<String> ids = registry.platforms().stream().map(Platform::id).collect(Collectors.toList());
    assertEquals(List.of("azure", "bedrock", "direct", "groq", "local", "nvidia-nim", "openrouter", "together",
        "vertex"), ids);
    assertEquals(AuthType.AWS_SIGV4, registry.platform("bedrock").orElseThrow().authType());
  }

  @Test
  void providers_comeFromTheCatalogs() {
    assertEquals(List.of("anthropic", "mistral", "openai"),
        registry.providers().stream().map(ProviderInfo::id).collect(Collectors.toList()));
    assertEquals("Openai", registry.providers().get(2).name());
  }
}
