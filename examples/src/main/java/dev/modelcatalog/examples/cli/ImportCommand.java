package dev.modelcatalog.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.processor.importer.CatalogFormatException;
import dev.modelcatalog.processor.importer.CatalogImporter;
import dev.modelcatalog.processor.importer.Format;
import dev.modelcatalog.processor.importer.ImportOptions;
import dev.modelcatalog.processor.importer.ImportReport;
import dev.modelcatalog.runtime.json.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code import FILE --output DIR}: turns a catalog file (models.dev) into annotated stub sources with the
 * processor module's {@link CatalogImporter}, and writes its report beside them. Compile the output with the
 * annotation processor to get a catalog the registry loads.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a catalog file (models.dev) as annotated stub sources, with a report of everything not "
        + "taken as is.")
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the summary as JSON instead of a table.")
  boolean json;

  @Parameters(paramLabel = "FILE", description = "The catalog file to import.")
  Path source;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Source root to write the stubs under (packages become directories) and the report into.")
  Path output;

  @Option(names = "--format", defaultValue = "models.dev", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "Format of FILE: models.dev (default).")
  Format format;

  @Option(names = "--package", paramLabel = "PACKAGE",
      description = "Base package; each provider gets its own package below it (default "
          + "dev.modelcatalog.imported).")
  String basePackage;

  @Option(names = "--routes", description = "Write routes as @Route annotations on the stubs (default: listed in "
      + "the report only).")
  boolean routes;

  @Option(names = "--report", paramLabel = "NAME", description = "File name of the report in DIR (default "
      + "import-report.md).")
  String reportFileName;

  @Option(names = "--now", paramLabel = "EPOCH_SECONDS",
      description = "The present, for rejecting future release dates; fixes it for reproducible imports.")
  Long now;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(source)) {
      throw new IllegalArgumentException("FILE: cannot read " + source);
    }
    if (now != null && now < 0) {
      throw new IllegalArgumentException("--now: " + now + " is before 1970; give the present in epoch seconds, e.g."
          + " 1767225600");
    }
    // Writing under a file fails with an exception whose message is the bare path, which explains nothing.
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new IllegalArgumentException("--output: " + output + " is a file; name a directory to write the stubs "
          + "under");
    }
    ImportOptions options = ImportOptions.defaults().routes(routes);
    if (basePackage != null) {
      options = options.basePackage(basePackage);
    }
    if (reportFileName != null) {
      options = options.reportFileName(reportFileName);
    }
    if (now != null) {
      options = options.now(now);
    }
    ImportReport report;
    try {
      report = CatalogImporter.importFile(source, format, output, options);
    } catch (CatalogFormatException e) {
      // Invalid input: the message names the place in the file.
      throw new IllegalArgumentException(source + " is not a " + format.displayName() + " catalog: "
          + e.getMessage(), e);
    }
    Path reportFile = output.resolve(options.reportFileName());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = RegistryJson.object();
      node.put("format", report.format());
      node.put("source_entries", report.sourceEntries());
      node.put("models", report.stubs().size());
      node.put("routes", report.routes().size());
      node.put("routes_written", report.routesAnnotated());
      node.put("report_lines", report.lines().size());
      node.put("report", reportFile.toString());
      ObjectNode stubs = node.putObject("stubs");
      report.stubs().forEach(stubs::put);
      out.print(ModelJson.writePretty(node));
    } else {
      out.printf(Locale.ROOT, "%s: %d entries -> %d models, %d routes (%d as @Route), %d report lines%n",
          report.format(), report.sourceEntries(), report.stubs().size(), report.routes().size(),
          report.routesAnnotated(), report.lines().size());
      out.println("stubs under " + output + "; report " + reportFile);
      Table table = new Table("MODEL", "STUB");
      for (Map.Entry<String, String> stub : report.stubs().entrySet()) {
        table.row(stub.getKey(), stub.getValue());
      }
      table.print(out);
    }
    out.flush();
    return report.stubs().isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
  }

  /** Accepts a format by its display name ({@code models.dev}) or constant name ({@code MODELS_DEV}). */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format candidate : Format.values()) {
        if (candidate.displayName().equalsIgnoreCase(value) || candidate.name().equalsIgnoreCase(value)) {
          return candidate;
        }
      }
      throw new TypeConversionException("'" + value + "' is no catalog format; expected models.dev");
    }
  }
}
