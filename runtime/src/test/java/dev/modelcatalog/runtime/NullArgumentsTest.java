package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A null where a registry takes a collection, an array or a query is a {@link NullPointerException} that names the
 * argument, or the element with its index, and the registry is unchanged; a null id finds nothing, as a lookup.
 */
class NullArgumentsTest {

  private static final ModelDefinition FRESH = ModelDefinition.builder("acme/fresh").contextWindow(4096).build();

  private ModelRegistry registry;
  private List<ModelDefinition> before;

  @BeforeEach
  void setUp() {
    registry = ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("openai", ModelRegistryTest.GPT_4O, ModelRegistryTest.GPT_4O_MINI))
        .build();
    before = registry.all();
  }

  private static void assertNamed(String expected, Executable call) {
    assertEquals(expected, assertThrows(NullPointerException.class, call).getMessage());
  }

  @Test
  void writes_nullCollection_namesTheArgument_andChangeNothing() {
    assertNamed("models", () -> registry.registerAll(null));
    assertNamed("models", () -> registry.putAll(null));
    assertNamed("models", () -> registry.checkPutAll(null));
    assertNamed("put", () -> registry.applyChanges(null, List.of()));
    assertNamed("remove", () -> registry.applyChanges(List.of(FRESH), null));
    assertEquals(before, registry.all());
  }

  @Test
  void writes_nullElement_namesItsIndex_andChangeNothing() {
    List<ModelDefinition> withNull = Arrays.asList(FRESH, null);
    assertNamed("models[1]", () -> registry.registerAll(withNull));
    assertNamed("models[1]", () -> registry.putAll(withNull));
    assertNamed("models[1]", () -> registry.checkPutAll(withNull));
    assertNamed("put[1]", () -> registry.applyChanges(withNull, List.of("gpt-4o")));
    assertNamed("remove[0]", () -> registry.applyChanges(List.of(FRESH), Arrays.asList(null, "gpt-4o")));
    assertEquals(before, registry.all(), "FRESH is not registered, gpt-4o not removed");
    assertEquals(Optional.empty(), registry.find("acme/fresh"));
  }

  @Test
  void capabilityArguments_nullArrayOrElement_nameTheArgumentOrTheElement() {
    assertNamed("required", () -> registry.cheapestModel(1_000, 500, (Capability[]) null));
    assertNamed("required[1]", () -> registry.cheapestModel(1_000, 500, Capability.CHAT, null));
    assertNamed("required[0]", () -> registry.cheapestRoute(1_000, 500, (Capability) null));
    assertNamed("required", () -> registry.cheapestRoute(1_000, 500, null, "USD"));
    assertNamed("capabilities[1]", () -> ModelQuery.builder().require(Capability.CHAT, null));
    assertNamed("capabilities[0]", () -> ModelQuery.builder().exclude((Capability) null));
    assertNamed("capabilities[0]", () -> ModelQuery.builder().prefer((Capability) null));
    assertNamed("capabilities[1]", () -> ModelQuery.builder().require(Arrays.asList(Capability.CHAT, null)));
    assertNamed("capabilities", () -> Capabilities.of((Capability[]) null));
    assertNamed("capability", () -> ModelDefinition.builder("a/b").capability(null, true));
  }

  @Test
  void valueArguments_null_nameTheArgument() {
    LatencyProfile latency = ModelRegistryTest.GPT_4O.latency();
    assertNamed("features", () -> latency.ttft(null));
    assertNamed("modalities", () -> latency.itl(null, java.util.Set.of()));
    assertNamed("minutes", () -> Pricing.of(1, 1).audioCost(null));
  }

  @Test
  void queryBuilder_nullTags_nameTheArgumentOrTheElement() {
    assertNamed("tags", () -> ModelQuery.builder().tags((String[]) null));
    assertNamed("tags[1]", () -> ModelQuery.builder().tags("fast", null));
  }

  @Test
  void queries_nullQuery_namesIt() {
    assertNamed("query", () -> registry.listModels(null));
    assertNamed("query", () -> registry.listModelIds(null));
    assertNamed("query", () -> registry.cheapestModel(null, 10, 10));
  }

  @Test
  void building_nullCatalogOrDefinition_namesIt() {
    FixtureCatalog openai = new FixtureCatalog("openai", ModelRegistryTest.GPT_4O);
    assertNamed("catalogs[1]", () -> ModelRegistry.of(openai, null));
    assertNamed("catalogs", () -> ModelRegistry.of((ModelCatalog[]) null));
    assertNamed("catalogs[0]", () -> ModelRegistry.builder().addCatalogs((ModelCatalog) null));
    assertNamed("catalogs", () -> ModelRegistry.builder().addCatalogs((ModelCatalog[]) null));
    assertNamed("definitions", () -> ModelRegistry.builder().addDefinitions((List<ModelDefinition>) null));
    assertNamed("definitions[1]", () -> ModelRegistry.builder().addDefinitions(FRESH, null));
  }

  @Test
  void definitionBuilder_nullList_namesIt() {
    assertNamed("tags", () -> ModelDefinition.builder("x").tags((String[]) null));
    assertNamed("tags", () -> ModelDefinition.builder("x").tags((List<String>) null));
    assertNamed("aliases", () -> ModelDefinition.builder("x").aliases((String[]) null));
    assertNamed("aliases", () -> ModelDefinition.builder("x").aliases((List<String>) null));
  }

  @Test
  void platform_nullId_findsNothing() {
    assertEquals(Optional.empty(), registry.platform(null));
    assertEquals(Optional.empty(), registry.find(null), "as a null model id");
  }
}
