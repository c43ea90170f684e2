package dev.modelcatalog.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.CatalogService;
import dev.modelcatalog.examples.catalog.ModelJson;
import dev.modelcatalog.examples.catalog.Resolution;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code resolve QUERY}: which model a model string means, how it was matched, and how sure that is. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = "Show which model a query resolves to, with the strategy and confidence.")
final class ResolveCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "QUERY", description = "A model string as a client would send it.")
  String query;

  @Override
  public Integer call() {
    CatalogService catalog = common.catalog();
    Optional<Resolution> resolution = catalog.resolve(query);
    List<String> suggestions = catalog.suggest(query, 3);
    if (common.json) {
      ObjectNode node = ModelJson.MAPPER.createObjectNode();
      node.put("query", query);
      if (resolution.isPresent()) {
        node.put("id", resolution.get().model().id());
        node.put("strategy", resolution.get().strategy());
        node.put("confidence", resolution.get().confidence());
      } else {
        node.putNull("id");
        suggestions.forEach(node.putArray("did_you_mean")::add);
      }
      common.printJson(node);
    } else if (resolution.isPresent()) {
      new Table("QUERY", "MODEL", "STRATEGY", "CONFIDENCE>")
          .row(query, resolution.get().model().id(), resolution.get().strategy(), resolution.get().confidence())
          .print(common.out());
    } else {
      common.err().println("unknown model '" + query + "'" + (suggestions.isEmpty() ? ""
          : "; did you mean " + String.join(", ", suggestions) + "?"));
    }
    return resolution.isPresent() ? ExitCodes.FOUND : ExitCodes.NOT_FOUND;
  }
}
