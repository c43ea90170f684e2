package dev.modelcatalog.examples.cli;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRules;
import dev.modelcatalog.runtime.json.ModelJson;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search WORD...}: models matching every word, best first
 * ({@link dev.modelcatalog.runtime.ModelRegistry#search}).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Find models whose id, name, description, tags or capabilities hold every word.")
final class SearchCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "WORD", description = "Words to find, e.g. llama reasoning.")
  List<String> words;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "COUNT", converter = CountConverter.Limit.class,
      description = "At most this many results (default ${DEFAULT-VALUE}).")
  int limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String query = String.join(" ", words).strip();
    if (query.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "WORD: is blank; give at least one word to find");
    }
    List<ModelDefinition> hits = common.registry().search(query, limit);
    if (common.json) {
      common.printJson(ModelJson.list(hits, ModelJson::toOpenAiModel));
    } else if (hits.isEmpty()) {
      common.err().println("no model holds every word of: " + ModelRules.printable(query));
    } else {
      Table table = new Table("MODEL", "OWNER", "NAME");
      hits.forEach(model -> table.row(model.id(), model.ownedBy(), model.name()));
      table.print(common.out());
    }
    return hits.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
  }
}
