package dev.modelcatalog.examples.cli;

import dev.modelcatalog.runtime.ModelRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;

/** Runs the tool in this JVM and keeps what it printed. */
record CliRunner(int status, String out, String err) {

  static CliRunner run(Supplier<ModelRegistry> registry, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CatalogCli.run(registry, args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRunner(status, out.toString(), err.toString());
  }
}
