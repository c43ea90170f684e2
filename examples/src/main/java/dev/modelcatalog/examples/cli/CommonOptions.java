package dev.modelcatalog.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.catalog.IoFailures;
import dev.modelcatalog.examples.catalog.Resolved;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.UnknownModelException;
import dev.modelcatalog.runtime.json.CustomModels;
import dev.modelcatalog.runtime.json.ModelJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command shares: {@code --json} and {@code --models FILE}, and the registry they select. */
final class CommonOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--models", paramLabel = "FILE",
      description = "Also load the models of this JSON document (an array of models, or a list response as the "
          + "registry API writes them); it is checked as a whole, problems named by JSON path.")
  Path models;

  /**
   * The registry: the built-in catalogs (or the ones the tests chose) plus {@code --models}, registered all or
   * nothing by the runtime's {@link CustomModels}.
   *
   * @throws dev.modelcatalog.runtime.json.InvalidCatalogDocumentException when the document is invalid (the
   *     tool prints its problems and exits 1)
   */
  ModelRegistry registry() {
    CatalogCli root = (CatalogCli) spec.root().userObject();
    ModelRegistry registry = root.registrySource.get();
    if (models != null) {
      if (!Files.isRegularFile(models)) {
        throw new ParameterException(spec.commandLine(), "--models: cannot read " + models);
      }
      try {
        CustomModels.register(registry, CustomModels.fromFile(models));
      } catch (IOException e) {
        String why = IoFailures.describe(e);
        throw new ParameterException(spec.commandLine(), "--models: cannot read "
            + (why.startsWith(models.toString()) ? why : models + ": " + why));
      }
    }
    return registry;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints a JSON tree, indented, as the runtime writes files. */
  void printJson(JsonNode tree) {
    out().print(ModelJson.writePretty(tree));
    out().flush();
  }

  /** The model the query resolves to; when none, tells the user (with suggestions) and returns empty. */
  Optional<Resolved> resolveOrReport(ModelRegistry registry, String id) {
    Optional<Resolved> resolved = Resolved.of(registry, id);
    if (resolved.isEmpty()) {
      unknownModel(registry, id);
    }
    return resolved;
  }

  /**
   * Tells the user a model is unknown, with the registry's suggestions, in the runtime's words: the id clipped and
   * its control characters escaped, so a pasted escape sequence is shown, not run by the terminal.
   */
  void unknownModel(ModelRegistry registry, String id) {
    err().println(new UnknownModelException(id, registry.suggest(id, 3)).getMessage());
  }
}
