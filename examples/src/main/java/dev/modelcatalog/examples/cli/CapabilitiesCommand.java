package dev.modelcatalog.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.CatalogService;
import dev.modelcatalog.examples.catalog.Resolution;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
    CatalogService catalog = common.catalog();
    Optional<Resolution> resolution = catalog.resolve(id);
    if (resolution.isEmpty()) {
      common.err().println("unknown model '" + id + "'");
      return ExitCodes.NOT_FOUND;
    }
    ObjectNode response = catalog.capabilitiesResponse(resolution.get().model());
    if (common.json) {
      common.printJson(response);
      return ExitCodes.FOUND;
    }
    common.out().println(response.get("model").asText() + "  context " + response.get("context_window")
        + ", max output " + response.get("max_completion_tokens") + ", modalities "
        + response.get("modalities"));
    Table table = new Table("CAPABILITY", "SUPPORTED");
    for (Iterator<Map.Entry<String, JsonNode>> it = response.get("capabilities").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      table.row(entry.getKey(), entry.getValue().asBoolean() ? "yes" : "no");
    }
    table.print(common.out());
    return ExitCodes.FOUND;
  }
}
