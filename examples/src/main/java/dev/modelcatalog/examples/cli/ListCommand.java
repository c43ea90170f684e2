package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.catalog.ModelFilter;
import dev.modelcatalog.examples.catalog.ModelJson;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code list [filters]}: every model meeting all the filters given. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List models meeting every filter given.")
final class ListCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = {"-c", "--capability"}, split = ",", paramLabel = "CAPABILITY",
      description = "Required capabilities (tool_calling, vision, reasoning, ...).")
  List<String> required = new ArrayList<>();

  @Option(names = {"-x", "--exclude"}, split = ",", paramLabel = "CAPABILITY",
      description = "Capabilities the models must not have.")
  List<String> excluded = new ArrayList<>();

  @Option(names = "--owned-by", description = "Owner, e.g. openai.")
  String ownedBy;

  @Option(names = "--provider", description = "Provider whose catalog declares the model.")
  String provider;

  @Option(names = "--tag", split = ",", description = "Tags the models carry (all of them).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--min-context", paramLabel = "TOKENS", description = "Smallest context window.")
  Integer minContext;

  @Option(names = "--max-input-price", paramLabel = "USD", description = "Highest price per million input tokens.")
  Double maxInputPrice;

  @Option(names = "--max-output-price", paramLabel = "USD",
      description = "Highest price per million output tokens.")
  Double maxOutputPrice;

  @Option(names = "--status", description = "active or deprecated.")
  String status;

  @Option(names = "--moe", negatable = true, description = "Only mixture-of-experts models (--no-moe: dense only).")
  Boolean moe;

  @Override
  public Integer call() {
    ModelFilter filter = new ModelFilter(parse(required), parse(excluded), ownedBy, provider, tags, minContext,
        maxInputPrice, maxOutputPrice, status, moe);
    List<ModelDefinition> models = common.catalog().list(filter);
    if (common.json) {
      common.printJson(ModelJson.list(models.stream().map(ModelJson::toDetailedJson).toList()));
    } else {
      Table table = new Table("MODEL", "PROVIDER", "CONTEXT>", "INPUT/M>", "OUTPUT/M>");
      for (ModelDefinition m : models) {
        table.row(m.id(), m.provider().orElse(m.ownedBy()), String.format("%,d", m.contextWindow()),
            m.pricing().map(p -> p.inputPerMillion()).orElse(null),
            m.pricing().map(p -> p.outputPerMillion()).orElse(null));
      }
      table.print(common.out());
    }
    return models.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
  }

  static EnumSet<Capability> parse(List<String> names) {
    EnumSet<Capability> out = EnumSet.noneOf(Capability.class);
    names.forEach(name -> out.add(Capability.parse(name)));
    return out;
  }
}
