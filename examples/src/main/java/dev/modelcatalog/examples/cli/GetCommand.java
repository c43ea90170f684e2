package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.catalog.Resolved;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.json.ModelJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code get ID...}: what the catalog knows about each model, found as {@link ModelRegistry#get} finds it. */
@Command(name = "get", mixinStandardHelpOptions = true,
    description = "Show models by id, alias or any close spelling (gpt4o, GPT_4O, gpt-4o-2024-08-06).")
final class GetCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Model ids to look up.")
  List<String> ids;

  @Override
  public Integer call() {
    ModelRegistry registry = common.registry();
    int status = ExitCodes.FOUND;
    // Only --json needs Jackson (ModelJson); a table does not pay for starting it (about a third of the time).
    List<ModelDefinition> found = new ArrayList<>();
    for (String id : ids) {
      Optional<Resolved> resolved = Resolved.of(registry, id);
      if (resolved.isEmpty()) {
        common.unknownModel(registry, id);
        status = ExitCodes.NOT_FOUND;
      } else if (common.json) {
        found.add(resolved.get().model());
      } else {
        common.out().print(ModelDescription.describe(registry, id, resolved.get().model()));
      }
    }
    if (common.json) {
      // The list shape of `list --json` and the registry API, each model in its detailed JSON.
      common.printJson(ModelJson.list(found, ModelJson::toDetailedJson));
    }
    common.out().flush();
    return status;
  }
}
