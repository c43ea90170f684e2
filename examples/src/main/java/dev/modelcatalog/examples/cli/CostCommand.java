package dev.modelcatalog.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.examples.catalog.Resolved;
import dev.modelcatalog.runtime.CostBreakdown;
import dev.modelcatalog.runtime.CostCalculator;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Usage;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cost ID --input N --output M [--cached K]}: the exact cost of one request, by {@link CostCalculator}. */
@Command(name = "cost", mixinStandardHelpOptions = true, description = "Compute the exact cost of a request.")
final class CostCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "ID", description = "The model.")
  String id;

  @Option(names = "--input", required = true, paramLabel = "TOKENS", converter = CountConverter.class,
      description = "Input (prompt) tokens.")
  long input;

  @Option(names = "--output", required = true, paramLabel = "TOKENS", converter = CountConverter.class,
      description = "Output tokens.")
  long output;

  @Option(names = "--cached", defaultValue = "0", paramLabel = "TOKENS", converter = CountConverter.class,
      description = "Of the input tokens, how many hit the prompt cache.")
  long cached;

  @Override
  public Integer call() {
    ModelRegistry registry = common.registry();
    Optional<Resolved> resolved = common.resolveOrReport(registry, id);
    if (resolved.isEmpty()) {
      return ExitCodes.NOT_FOUND;
    }
    ModelDefinition model = resolved.get().model();
    if (model.pricing().isEmpty()) {
      common.err().println("model '" + model.id() + "' has no pricing");
      return ExitCodes.NOT_FOUND;
    }
    // The converter refused negative counts; what is left to check is how the options relate, named as options.
    if (cached > input) {
      throw new IllegalArgumentException("--cached: " + cached + " exceeds --input " + input
          + "; the cached tokens are part of the input");
    }
    CostBreakdown cost = CostCalculator.cost(model, Usage.tokens(input, output).withCachedInputTokens(cached));
    if (common.json) {
      ObjectNode node = RegistryJson.object();
      node.put("model", model.id());
      node.put("input_tokens", input);
      node.put("output_tokens", output);
      node.put("cached_input_tokens", cached);
      node.put("cost", cost.total().toPlainString());
      node.put("currency", cost.currency());
      node.set("breakdown", RegistryJson.cost(cost));
      common.printJson(node);
    } else {
      common.out().println(model.id() + ": " + cost.total().toPlainString() + " " + cost.currency() + "  (input "
          + cost.input().toPlainString() + ", cached " + cost.cachedInput().toPlainString() + ", output "
          + cost.output().toPlainString() + ")");
      common.out().flush();
    }
    return ExitCodes.FOUND;
  }
}
