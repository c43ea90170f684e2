package dev.modelcatalog.examples.cli;

import dev.modelcatalog.runtime.ModelRegistry;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool. A first argument that is no command is looked up as a model, so
 * {@code java -jar modelcatalog-examples.jar gpt4o} is {@code ... get gpt4o}.
 *
 * <pre>
 * modelcatalog get gpt4o meta-llama/Llama-3.1-8B-Instruct
 * modelcatalog list --capability reasoning --max-input-price 1 --json
 * modelcatalog cheapest --input 10000 --output 500 --capability vision
 * modelcatalog import models-dev.json --output src/main/java --package com.example.models
 * modelcatalog serve --port 8080
 * modelcatalog generate-completion &gt; modelcatalog_completion
 * </pre>
 */
@Command(name = "modelcatalog", mixinStandardHelpOptions = true, version = "modelcatalog 0.1.0",
    description = "Look up, compare and serve AI models from the compiled catalog.",
    subcommands = {GetCommand.class, ResolveCommand.class, SearchCommand.class, ListCommand.class,
        StatsCommand.class, CapabilitiesCommand.class, CostCommand.class, CheapestCommand.class,
        RoutesCommand.class, ImportCommand.class, ServeCommand.class, AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:found", "1:usage error or invalid input", "2:not found"})
public final class CatalogCli implements Runnable {

  /** The registry commands start from; {@code --models} adds to it. */
  final Supplier<ModelRegistry> registrySource;

  CatalogCli(Supplier<ModelRegistry> registrySource) {
    this.registrySource = registrySource;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "name a command or a model id");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(() -> ModelRegistry.builder().addClassPathCatalogs().build(), args, out, err);
    if (status != ServeCommand.SERVING) {
      System.exit(status);
    }
  }

  /** Runs the tool on this registry; returns the exit status. */
  static int run(Supplier<ModelRegistry> registrySource, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new CatalogCli(registrySource))
        .setOut(out).setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(new UsageErrors())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          // Invalid input and files that cannot be read or written: a message, no stack trace.
          if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
              || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            cmd.getErr().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
          }
          throw e;
        });
    return commandLine.execute(withDefaultCommand(commandLine, args));
  }

  /** Puts {@code get} in front when the first argument is neither a command nor a top-level option. */
  static String[] withDefaultCommand(CommandLine commandLine, String[] args) {
    Set<String> topLevel = Set.of("-h", "--help", "-V", "--version");
    if (args.length == 0 || commandLine.getSubcommands().containsKey(args[0]) || topLevel.contains(args[0])) {
      return args;
    }
    List<String> out = new ArrayList<>(args.length + 1);
    out.add("get");
    out.addAll(List.of(args));
    return out.toArray(new String[0]);
  }
}
