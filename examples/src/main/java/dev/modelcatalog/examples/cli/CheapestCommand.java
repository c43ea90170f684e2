package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelStatus;
import dev.modelcatalog.runtime.PricedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cheapest --input N --output M [--capability C]}: the cheapest active model that can serve a request,
 * from {@link dev.modelcatalog.runtime.ModelRegistry#cheapestModel(ModelQuery, long, long)}.
 */
@Command(name = "cheapest", mixinStandardHelpOptions = true,
    description = "Find the cheapest active model with these capabilities whose limits hold the request.")
final class CheapestCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = "--input", required = true, paramLabel = "TOKENS", converter = CountConverter.class,
      description = "Input (prompt) tokens.")
  long input;

  @Option(names = "--output", required = true, paramLabel = "TOKENS", converter = CountConverter.class,
      description = "Output tokens.")
  long output;

  @Option(names = {"-c", "--capability"}, split = ",", paramLabel = "CAPABILITY",
      converter = NameConverters.OfCapability.class,
      description = "Required capabilities (default: chat, since a request with output tokens wants text back).")
  List<Capability> required = new ArrayList<>();

  @Option(names = "--currency", defaultValue = "USD", paramLabel = "CODE", converter = CurrencyConverter.class,
      description = "Compare prices in this currency, e.g. EUR (default ${DEFAULT-VALUE}).")
  String currency;

  @Override
  public Integer call() {
    // Without a capability every active model would compete, and a moderation model, which costs nothing and
    // answers with a verdict rather than text, would win every time.
    List<Capability> needed = required.isEmpty() ? List.of(Capability.CHAT) : required;
    ModelQuery query = ModelQuery.builder().require(ListCommand.capabilities(needed)).status(ModelStatus.ACTIVE)
        .priceCurrency(currency).build();
    Optional<PricedModel> cheapest = common.registry().cheapestModel(query, input, output);
    if (cheapest.isEmpty()) {
      common.err().println("no model priced in " + currency + " meets these requirements");
      return ExitCodes.NOT_FOUND;
    }
    PricedModel found = cheapest.get();
    if (common.json) {
      common.printJson(RegistryJson.object().put("model", found.model().id())
          .put("cost", found.cost().toPlainString()).put("currency", found.currency()));
    } else {
      new Table("MODEL", "COST>", "CURRENCY").row(found.model().id(), found.cost().toPlainString(), found.currency())
          .print(common.out());
    }
    return ExitCodes.FOUND;
  }
}
