package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.catalog.CatalogService;
import dev.modelcatalog.examples.catalog.Resolution;
import dev.modelcatalog.examples.catalog.RouteView;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code routes ID}: the ways to reach a model, in priority order. */
@Command(name = "routes", mixinStandardHelpOptions = true, description = "List the routes to a model.")
final class RoutesCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "ID", description = "The model.")
  String id;

  @Override
  public Integer call() {
    CatalogService catalog = common.catalog();
    Optional<Resolution> resolution = catalog.resolve(id);
    if (resolution.isEmpty()) {
      common.err().println("unknown model '" + id + "'");
      return ExitCodes.NOT_FOUND;
    }
    List<RouteView> routes = catalog.routes(resolution.get().model());
    if (common.json) {
      common.printJson(routes);
    } else {
      Table table = new Table("PRIORITY>", "PLATFORM", "PROVIDER", "MODEL STRING", "STATUS", "INPUT/M>", "OUTPUT/M>");
      routes.forEach(r -> table.row(r.priority(), r.platform(), r.provider(), r.modelString(), r.status(),
          r.inputPerMillion(), r.outputPerMillion()));
      table.print(common.out());
    }
    return routes.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
  }
}
