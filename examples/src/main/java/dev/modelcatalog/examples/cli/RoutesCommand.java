package dev.modelcatalog.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.examples.catalog.Resolved;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code routes ID}: the model's declared routes by priority ({@link ModelRegistry#routes}), with their place in
 * the {@link ModelRegistry#fallbackChain}. A model without declared routes has none: exit status 2.
 */
@Command(name = "routes", mixinStandardHelpOptions = true,
    description = "List the routes to a model, with the order the fallback chain tries them in.")
final class RoutesCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "ID", description = "The model.")
  String id;

  @Override
  public Integer call() {
    ModelRegistry registry = common.registry();
    Optional<Resolved> resolved = common.resolveOrReport(registry, id);
    if (resolved.isEmpty()) {
      return ExitCodes.NOT_FOUND;
    }
    ModelDefinition model = resolved.get().model();
    List<Route> routes = registry.routes(model.id());
    List<Route> chain = registry.fallbackChain(model.id());
    if (common.json) {
      List<ObjectNode> data = new ArrayList<>();
      routes.forEach(r -> data.add(RegistryJson.route(r, model, chain.indexOf(r) + 1)));
      common.printJson(RegistryJson.list(data).put("model", model.id()));
    } else if (routes.isEmpty()) {
      common.err().println("model '" + model.id() + "' has no declared routes");
    } else {
      Table table = new Table("PRIORITY>", "PLATFORM", "MODEL STRING", "STATUS", "FALLBACK>", "INPUT/M>",
          "OUTPUT/M>");
      for (Route r : routes) {
        Optional<Pricing> pricing = r.effectivePricing(model);
        int position = chain.indexOf(r) + 1;
        table.row(r.priority(), r.platform(), r.modelString(), r.status().name().toLowerCase(Locale.ROOT),
            position > 0 ? position : null, pricing.map(Pricing::inputPerMillion).orElse(null),
            pricing.map(Pricing::outputPerMillion).orElse(null));
      }
      table.print(common.out());
    }
    return routes.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
  }
}
