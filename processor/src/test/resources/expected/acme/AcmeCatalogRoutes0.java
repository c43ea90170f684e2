package test.acme;

import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.runtime.Route;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Routes of models 0 to 2 of {@link AcmeCatalog}, built when routes are first asked for.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class AcmeCatalogRoutes0 {
  /**
   * The catalog indexes of the models with routes, ascending.
   */
  private static final int[] MODELS = {0, 1};

  /**
   * Their routes, in the same order.
   */
  private static final List<List<Route>> ROUTES = List.of(rocket20240513(), rocket20240806());

  private AcmeCatalogRoutes0() {
  }

  /**
   * The routes of the model at this catalog index; none when it has none.
   */
  static List<Route> routes(int index) {
    int at = Arrays.binarySearch(MODELS, index);
    return at < 0 ? List.of() : ROUTES.get(at);
  }

  private static List<Route> rocket20240513() {
    return List.of(
        Route.builder("acme-edge").model(AcmeCatalog.Ids.ROCKET_20240513).build());
  }

  private static List<Route> rocket20240806() {
    return List.of(
        Route.builder("direct").model(AcmeCatalog.Ids.ROCKET_20240806).build(),
        Route.builder("openrouter").model(AcmeCatalog.Ids.ROCKET_20240806)
            .modelString("acme/rocket").priority(2).outputPerMillion(11.0).build(),
        Route.builder("acme-cloud").model(AcmeCatalog.Ids.ROCKET_20240806)
            .modelString("rocket-eu").priority(3).status(RouteStatus.BETA).inputPerMillion(2.75).contextWindow(32_768).maxOutputTokens(4096).endpoint("https://eu.acme.example/v1").build());
  }
}
