package dev.modelcatalog.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.modelcatalog.examples.catalog.CatalogService;
import dev.modelcatalog.examples.catalog.ModelJson;
import dev.modelcatalog.examples.catalog.Resolution;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code get ID...}: what the catalog knows about each model. */
@Command(name = "get", mixinStandardHelpOptions = true,
    description = "Show models by id, alias or any close spelling (gpt4o, GPT_4O, gpt-4o-2024-08-06).")
final class GetCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Model ids to look up.")
  List<String> ids;

  @Override
  public Integer call() {
    CatalogService catalog = common.catalog();
    int status = ExitCodes.FOUND;
    ArrayNode found = ModelJson.MAPPER.createArrayNode();
    for (String id : ids) {
      Optional<Resolution> resolution = catalog.resolve(id);
      if (resolution.isEmpty()) {
        List<String> suggestions = catalog.suggest(id, 3);
        common.err().println("unknown model '" + id + "'" + (suggestions.isEmpty() ? ""
            : "; did you mean " + String.join(", ", suggestions) + "?"));
        status = ExitCodes.NOT_FOUND;
      } else if (common.json) {
        found.add(ModelJson.toDetailedJson(resolution.get().model()));
      } else {
        common.out().print(ModelDescription.describe(id, resolution.get().model()));
      }
    }
    if (common.json) {
      common.printJson(found);
    }
    common.out().flush();
    return status;
  }
}
