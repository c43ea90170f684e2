package dev.modelcatalog.examples.cli;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Modality;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelStatus;
import dev.modelcatalog.runtime.json.ModelJson;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code list [filters]}: every model meeting all the filters given, as one {@link ModelQuery}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List models meeting every filter given.")
final class ListCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = {"-c", "--capability"}, split = ",", paramLabel = "CAPABILITY",
      converter = NameConverters.OfCapability.class,
      description = "Required capabilities (tool_calling, vision, reasoning, ...).")
  List<Capability> required = new ArrayList<>();

  @Option(names = {"-x", "--exclude"}, split = ",", paramLabel = "CAPABILITY",
      converter = NameConverters.OfCapability.class, description = "Capabilities the models must not have.")
  List<Capability> excluded = new ArrayList<>();

  @Option(names = "--prefer", split = ",", paramLabel = "CAPABILITY", converter = NameConverters.OfCapability.class,
      description = "Nice-to-have capabilities: models with more of them are listed first.")
  List<Capability> preferred = new ArrayList<>();

  @Option(names = "--owned-by", paramLabel = "OWNER", description = "Owner, e.g. openai.")
  String ownedBy;

  @Option(names = "--provider", paramLabel = "PROVIDER", description = "Provider whose catalog declares the model.")
  String provider;

  @Option(names = "--tag", split = ",", paramLabel = "TAG", description = "Tags the models carry (all of them).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--min-context", paramLabel = "TOKENS", converter = CountConverter.OfInt.class,
      description = "Smallest context window.")
  Integer minContext;

  @Option(names = "--max-input-price", paramLabel = "PRICE", converter = PriceConverter.class,
      description = "Highest price per million input tokens, in --currency.")
  Double maxInputPrice;

  @Option(names = "--max-output-price", paramLabel = "PRICE", converter = PriceConverter.class,
      description = "Highest price per million output tokens, in --currency.")
  Double maxOutputPrice;

  @Option(names = "--currency", defaultValue = "USD", paramLabel = "CODE", converter = CurrencyConverter.class,
      description = "Currency of the price limits, e.g. EUR (default ${DEFAULT-VALUE}).")
  String currency;

  @Option(names = "--input-modality", split = ",", paramLabel = "MODALITY", converter = NameConverters.OfModality.class,
      description = "Modalities the models take in (text, image, audio, video, pdf).")
  List<Modality> inputModalities = new ArrayList<>();

  @Option(names = "--output-modality", split = ",", paramLabel = "MODALITY",
      converter = NameConverters.OfModality.class, description = "Modalities the models put out.")
  List<Modality> outputModalities = new ArrayList<>();

  @Option(names = "--status", paramLabel = "STATUS", description = "Lifecycle status: ${COMPLETION-CANDIDATES}.")
  ModelStatus status;

  @Option(names = "--moe", negatable = true, description = "Only mixture-of-experts models (--no-moe: dense only).")
  Boolean moe;

  @Override
  public Integer call() {
    for (Capability capability : required) {
      if (excluded.contains(capability)) {
        // No model can have and lack a capability: the answer would be empty whatever the catalog holds.
        throw new picocli.CommandLine.ParameterException(common.spec.commandLine(), "--capability and --exclude"
            + " both name " + capability.jsonName() + "; no model can have it and lack it");
      }
    }
    ModelQuery.Builder query = ModelQuery.builder()
        .require(capabilities(required))
        .exclude(excluded.toArray(new Capability[0]))
        .prefer(preferred.toArray(new Capability[0]))
        .tags(tags.toArray(new String[0]))
        .priceCurrency(currency)
        .inputModalities(inputModalities.toArray(new Modality[0]))
        .outputModalities(outputModalities.toArray(new Modality[0]));
    if (ownedBy != null) {
      query.ownedBy(ownedBy);
    }
    if (provider != null) {
      query.provider(provider);
    }
    if (minContext != null) {
      query.minContextWindow(minContext);
    }
    if (maxInputPrice != null) {
      query.maxInputPricePerMillion(maxInputPrice);
    }
    if (maxOutputPrice != null) {
      query.maxOutputPricePerMillion(maxOutputPrice);
    }
    if (status != null) {
      query.status(status);
    }
    if (moe != null) {
      if (moe) {
        query.moe();
      } else {
        query.dense();
      }
    }
    List<ModelDefinition> models = common.registry().listModels(query.build());
    if (common.json) {
      common.printJson(ModelJson.list(models, ModelJson::toDetailedJson));
    } else if (models.isEmpty()) {
      common.err().println("no model meets every filter given");
    } else {
      Table table = new Table("MODEL", "PROVIDER", "CONTEXT>", "INPUT/M>", "OUTPUT/M>");
      for (ModelDefinition m : models) {
        table.row(m.id(), m.provider().orElse(m.ownedBy()), String.format(Locale.ROOT, "%,d", m.contextWindow()),
            m.pricing().map(p -> p.inputPerMillion()).orElse(null),
            m.pricing().map(p -> p.outputPerMillion()).orElse(null));
      }
      table.print(common.out());
    }
    return models.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
  }

  /** The capabilities as a set, as {@link ModelQuery.Builder#require} takes them. */
  static EnumSet<Capability> capabilities(List<Capability> names) {
    return names.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(names);
  }
}
