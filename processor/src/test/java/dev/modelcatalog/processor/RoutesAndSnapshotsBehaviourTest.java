package dev.modelcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.ProviderInfo;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.Snapshot;
import dev.modelcatalog.runtime.UnknownSnapshotException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Compiles the routed, dated stubs of {@code valid/acme} and uses the generated catalog through a registry. */
class RoutesAndSnapshotsBehaviourTest {

  private static final String[] ACME =
      {"package-info.java", "Rocket20240806.java", "Rocket20240513.java", "Spark.java"};

  private Compilations.RecordingClassLoader loader;
  private ModelCatalog catalog;
  private ModelRegistry registry;

  @BeforeEach
  void compile() throws ReflectiveOperationException {
    Compilation compilation = Compilations.compile(Compilations.resources("valid/acme", ACME));
    loader = Compilations.classLoader(compilation);
    catalog = CatalogBehaviourTest.load(compilation, loader, "test.acme.AcmeCatalog");
    registry = ModelRegistry.builder().addCatalogs(catalog).autoCreate(false).build();
  }

  @Test
  void providerInfo_statesWhatProviderSays() {
    assertThat(catalog.providerInfo())
        .isEqualTo(new ProviderInfo("acme", "Acme AI", "https://docs.acme.example", AuthType.OAUTH));
    assertThat(registry.providers()).contains(catalog.providerInfo());
  }

  @Test
  void platforms_declaredOnes_sortedById_andKnownToTheRegistry() {
    assertThat(catalog.platforms().stream().map(Platform::id).toList())
        .containsExactly("acme-cloud", "acme-edge").inOrder();
    Platform edge = registry.platform("acme-edge").orElseThrow();
    assertThat(edge.status()).isEqualTo(RouteStatus.BETA);
    assertThat(edge.baseUrl()).isEqualTo("https://edge.acme.example/v1");
    assertThat(registry.platform("openrouter")).isPresent();
  }

  @Test
  void routes_byPriority_withOverrides() {
    List<Route> routes = registry.routes("rocket-2024-08-06");
    assertThat(routes.stream().map(Route::platform).toList())
        .containsExactly("direct", "openrouter", "acme-cloud").inOrder();
    Route cloud = routes.get(2);
    assertThat(cloud.model()).hasValue("rocket-2024-08-06");
    assertThat(cloud.modelString()).isEqualTo("rocket-eu");
    assertThat(cloud.status()).isEqualTo(RouteStatus.BETA);
    assertThat(cloud.inputPerMillion().getAsDouble()).isEqualTo(2.75);
    assertThat(cloud.outputPerMillion().isPresent()).isFalse();
    assertThat(cloud.contextWindow().getAsInt()).isEqualTo(32_768);
    assertThat(cloud.endpoint()).hasValue("https://eu.acme.example/v1");
    assertThat(routes.get(0).modelString()).isEqualTo("rocket-2024-08-06");
    assertThat(registry.routes("spark")).isEmpty();
  }

  @Test
  void routes_areReadWithoutBuildingDefinitions() {
    assertThat(catalog.routes(0)).hasSize(1);
    assertThat(catalog.routes(2)).isEmpty();
    assertThat(loader.hasLoaded("test.acme.AcmeCatalogRoutes0")).isTrue();
    assertThat(loader.hasLoaded("test.acme.AcmeCatalogShard0")).isFalse();
  }

  @Test
  void fallbackChain_activeBeforeBeta_andFindByRoute() {
    assertThat(registry.bestRoute("rocket").orElseThrow().platform()).isEqualTo("direct");
    assertThat(registry.fallbackChain("rocket").stream().map(Route::platform).toList())
        .containsExactly("direct", "openrouter", "acme-cloud").inOrder();
    assertThat(registry.findByRoute("openrouter", "acme/rocket").orElseThrow().id())
        .isEqualTo("rocket-2024-08-06");
    assertThat(registry.findByRoute("acme-edge", "rocket-2024-05-13").orElseThrow().id())
        .isEqualTo("rocket-2024-05-13");
  }

  @Test
  void snapshots_sortedByDate_familyFindsTheLatest() {
    assertThat(catalog.snapshots()).containsExactly(
        new Snapshot("rocket", "rocket-2024-05-13", LocalDate.of(2024, 5, 13)),
        new Snapshot("rocket", "rocket-2024-08-06", LocalDate.of(2024, 8, 6))).inOrder();
    assertThat(registry.find("rocket").orElseThrow().id()).isEqualTo("rocket-2024-08-06");
    assertThat(registry.find("ROCKET").orElseThrow().id()).isEqualTo("rocket-2024-08-06");
    assertThat(registry.latest("rocket-2024-05-13").orElseThrow().id()).isEqualTo("rocket-2024-08-06");
    assertThat(registry.versions("rocket")).isEqualTo(catalog.snapshots());
  }

  @Test
  void get_byFamilyAndDate_isThatSnapshotOrNothing() {
    assertThat(registry.get("rocket", "2024-05-13").orElseThrow().pricing().orElseThrow().inputPerMillion())
        .isEqualTo(5.0);
    assertThat(registry.get("rocket", "2024-11-20")).isEmpty();
    assertThat(registry.get("rocket-2024-11-20")).isEmpty();
    assertThat(registry.match("rocket-2024-11-20")).isEmpty();
    UnknownSnapshotException e = assertThrows(UnknownSnapshotException.class,
        () -> registry.require("rocket-2024-11-20"));
    assertThat(e).hasMessageThat().contains("no snapshot of rocket dated 2024-11-20; known: 2024-05-13, 2024-08-06");
  }
}
