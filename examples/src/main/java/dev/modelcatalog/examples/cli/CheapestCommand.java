package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.catalog.PricedModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cheapest --input N --output M [--capability C]}: the cheapest model that can serve a request. */
@Command(name = "cheapest", mixinStandardHelpOptions = true,
    description = "Find the cheapest active model with these capabilities whose context holds the request.")
final class CheapestCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = "--input", required = true, paramLabel = "TOKENS", description = "Input (prompt) tokens.")
  long input;

  @Option(names = "--output", required = true, paramLabel = "TOKENS", description = "Output tokens.")
  long output;

  @Option(names = {"-c", "--capability"}, split = ",", paramLabel = "CAPABILITY",
      description = "Required capabilities.")
  List<String> required = new ArrayList<>();

  @Override
  public Integer call() {
    Optional<PricedModel> cheapest = common.catalog().cheapest(input, output, ListCommand.parse(required));
    if (cheapest.isEmpty()) {
      common.err().println("no priced model meets these requirements");
      return ExitCodes.NOT_FOUND;
    }
    PricedModel found = cheapest.get();
    if (common.json) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("model", found.model().id());
      node.put("cost", found.cost().toPlainString());
      node.put("currency", found.currency());
      common.printJson(node);
    } else {
      new Table("MODEL", "COST>", "CURRENCY").row(found.model().id(), found.cost().toPlainString(), found.currency())
          .print(common.out());
    }
    return ExitCodes.FOUND;
  }
}
