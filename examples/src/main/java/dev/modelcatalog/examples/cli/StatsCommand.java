package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.runtime.RegistryStats;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stats}: how many models, aliases and catalogs, and counts per capability and owner. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count models per capability and owner.")
final class StatsCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    RegistryStats stats = common.registry().stats();
    if (common.json) {
      common.printJson(RegistryJson.stats(stats));
    } else {
      new Table("WHAT", "COUNT>").row("models", stats.totalModels()).row("compiled", stats.compiledModels())
          .row("run-time", stats.runtimeModels()).row("aliases", stats.totalAliases())
          .row("catalogs", stats.catalogs()).print(common.out());
      common.out().println();
      Table owners = new Table("OWNER", "MODELS>");
      stats.owners().forEach(owners::row);
      owners.print(common.out());
      common.out().println();
      Table capabilities = new Table("CAPABILITY", "MODELS>");
      stats.capabilities().forEach((c, n) -> capabilities.row(c.jsonName(), n));
      capabilities.print(common.out());
    }
    return ExitCodes.FOUND;
  }
}
