package dev.modelcatalog.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.catalog.CatalogService;
import dev.modelcatalog.examples.catalog.ModelJson;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Options every command shares: {@code --json} and {@code --models FILE}, and the catalog they select. */
final class CommonOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--models", paramLabel = "FILE",
      description = "Also load the models of this JSON file (an array of models, as the registry API writes "
          + "them).")
  Path models;

  /** The catalog: the built-in one (or the one the tests chose) plus {@code --models}. */
  CatalogService catalog() {
    CatalogCli root = (CatalogCli) spec.root().userObject();
    ModelRegistry.Builder builder = root.registrySource.get();
    if (models != null) {
      builder.addDefinitions(readModels());
    }
    return new CatalogService(builder.build());
  }

  private List<ModelDefinition> readModels() {
    JsonNode array;
    try {
      array = ModelJson.MAPPER.readTree(models.toFile());
    } catch (JsonProcessingException e) {
      throw new ParameterException(spec.commandLine(), "--models: " + models + " is not valid JSON (line "
          + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "--models: cannot read " + models);
    }
    if (!array.isArray()) {
      throw new ParameterException(spec.commandLine(), "--models: " + models + " must hold a JSON array");
    }
    List<ModelDefinition> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      try {
        out.add(ModelJson.fromJson(array.get(i)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--models: " + models + "[" + i + "]: " + e.getMessage());
      }
    }
    return out;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints a JSON tree, indented. */
  void printJson(Object tree) {
    try {
      out().println(ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
      out().flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
