package dev.modelcatalog.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.examples.catalog.Resolved;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code resolve QUERY}: which model a model string means, with the strategy and confidence of
 * {@link ModelRegistry#match}, or the registry's suggestions.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = "Show which model a query resolves to, with the strategy and confidence.")
final class ResolveCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "QUERY", description = "A model string as a client would send it.")
  String query;

  @Override
  public Integer call() {
    ModelRegistry registry = common.registry();
    Optional<Resolved> resolved = Resolved.of(registry, query);
    if (common.json) {
      ObjectNode node;
      if (resolved.isPresent()) {
        node = RegistryJson.match(query, resolved.get());
      } else {
        node = RegistryJson.object().put("query", query).putNull("id");
        List<String> suggestions = registry.suggest(query, 3);
        suggestions.forEach(node.putArray("did_you_mean")::add);
      }
      common.printJson(node);
    } else if (resolved.isPresent()) {
      new Table("QUERY", "MODEL", "STRATEGY", "CONFIDENCE>")
          .row(query, resolved.get().model().id(), resolved.get().strategy(),
              String.format(Locale.ROOT, "%.3f", resolved.get().confidence()))
          .print(common.out());
    } else {
      common.unknownModel(registry, query);
    }
    return resolved.isPresent() ? ExitCodes.FOUND : ExitCodes.NOT_FOUND;
  }
}
