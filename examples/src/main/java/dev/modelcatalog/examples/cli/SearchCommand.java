package dev.modelcatalog.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.ModelJson;
import dev.modelcatalog.examples.catalog.SearchHit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search WORD...}: models matching every word, best first. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Find models whose id, name, tags, capabilities, owner or description hold every word.")
final class SearchCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "WORD", description = "Words to find, e.g. llama reasoning.")
  List<String> words;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many results (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    List<SearchHit> hits = common.catalog().search(String.join(" ", words), limit);
    if (common.json) {
      ArrayNode array = ModelJson.MAPPER.createArrayNode();
      for (SearchHit hit : hits) {
        ObjectNode item = ModelJson.toOpenAiModel(hit.model());
        item.put("score", hit.score());
        array.add(item);
      }
      common.printJson(array);
    } else {
      Table table = new Table("MODEL", "OWNER", "SCORE>");
      hits.forEach(hit -> table.row(hit.model().id(), hit.model().ownedBy(), hit.score()));
      table.print(common.out());
    }
    return hits.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
  }
}
