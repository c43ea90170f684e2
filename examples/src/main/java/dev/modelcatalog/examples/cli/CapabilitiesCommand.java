package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.catalog.Resolved;
import dev.modelcatalog.runtime.CapabilityReport;
import dev.modelcatalog.runtime.Modality;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.json.ModelJson;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code capabilities ID}: the capabilities response of the server's {@code /v1/models/{id}/capabilities}. */
@Command(name = "capabilities", mixinStandardHelpOptions = true,
    description = "Show what a model supports: capabilities, modalities, request features.")
final class CapabilitiesCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "ID", description = "The model.")
  String id;

  @Override
  public Integer call() {
    ModelRegistry registry = common.registry();
    Optional<Resolved> resolved = common.resolveOrReport(registry, id);
    if (resolved.isEmpty()) {
      return ExitCodes.NOT_FOUND;
    }
    // Of the resolved definition rather than registry.capabilities(id), which finds by id only: a fine-tuned id
    // resolves to a definition derived from its base model that find does not know.
    CapabilityReport report = CapabilityReport.of(resolved.get().model());
    if (common.json) {
      common.printJson(ModelJson.capabilities(report));
      return ExitCodes.FOUND;
    }
    // Token counts grouped as `get` shows them.
    common.out().println(String.format(Locale.ROOT, "%s  context %,d, max output %,d, input %s, output %s",
        report.model(), report.contextWindow(), report.maxCompletionTokens(),
        names(report.inputModalities().stream().map(Modality::jsonName)),
        names(report.outputModalities().stream().map(Modality::jsonName))));
    common.out().println("features: " + String.join(", ", report.supportedFeatures()));
    Table table = new Table("CAPABILITY", "SUPPORTED");
    report.capabilities().forEach((name, supported) -> table.row(name, supported ? "yes" : "no"));
    table.print(common.out());
    return ExitCodes.FOUND;
  }

  private static String names(Stream<String> names) {
    return names.collect(Collectors.joining("+"));
  }
}
