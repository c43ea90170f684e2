package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.catalog.CatalogService;
import dev.modelcatalog.examples.catalog.Resolution;
import dev.modelcatalog.runtime.ModelDefinition;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cost ID --input N --output M}: the exact cost of one request. */
@Command(name = "cost", mixinStandardHelpOptions = true, description = "Compute the exact cost of a request.")
final class CostCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "ID", description = "The model.")
  String id;

  @Option(names = "--input", required = true, paramLabel = "TOKENS", description = "Input (prompt) tokens.")
  long input;

  @Option(names = "--output", required = true, paramLabel = "TOKENS", description = "Output tokens.")
  long output;

  @Option(names = "--cached", defaultValue = "0", paramLabel = "TOKENS",
      description = "Of the input tokens, how many hit the prompt cache.")
  long cached;

  @Override
  public Integer call() {
    CatalogService catalog = common.catalog();
    Optional<Resolution> resolution = catalog.resolve(id);
    if (resolution.isEmpty()) {
      common.err().println("unknown model '" + id + "'");
      return ExitCodes.NOT_FOUND;
    }
    ModelDefinition model = resolution.get().model();
    Optional<BigDecimal> cost = catalog.cost(model, input, output, cached);
    if (cost.isEmpty()) {
      common.err().println("model '" + model.id() + "' has no pricing");
      return ExitCodes.NOT_FOUND;
    }
    String currency = model.pricing().orElseThrow().currency();
    if (common.json) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("model", model.id());
      node.put("input_tokens", input);
      node.put("output_tokens", output);
      node.put("cached_input_tokens", cached);
      node.put("cost", cost.get().toPlainString());
      node.put("currency", currency);
      common.printJson(node);
    } else {
      common.out().println(model.id() + ": " + cost.get().toPlainString() + " " + currency);
      common.out().flush();
    }
    return ExitCodes.FOUND;
  }
}
