package dev.modelcatalog.examples.cli;

import dev.modelcatalog.examples.catalog.IoFailures;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

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
@Command(name = "modelcatalog", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
    description = "Look up, compare and serve AI models from the compiled catalog.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:found", "1:usage error or invalid input", "2:not found"})
public final class CatalogCli implements Runnable {

  /**
   * The commands, in the order help lists them, each made when a command line holds it. picocli builds a
   * command's model by reflection over its options, a few milliseconds each, so a run that names one command
   * builds that one only ({@link #commandLine}).
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  /** The tool's own options, which the tool and not a command answers. */
  private static final Set<String> TOOL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

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
    String[] full = withDefaultCommand(args);
    CommandLine commandLine = commandLine(registrySource, full)
        .setOut(out).setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(new UsageErrors())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          // Invalid input and files that cannot be read or written: a message, no stack trace.
          if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            cmd.getErr().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
          }
          if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            cmd.getErr().println("error: " + IoFailures.describe(e));
            return ExitCodes.USAGE;
          }
          throw e;
        });
    return commandLine.execute(full);
  }

  /**
   * The command line these arguments need (after {@link #withDefaultCommand}): the command they name, alone, or
   * every command when they name none (help, the version) or ask for shell completion, which lists them all.
   */
  static CommandLine commandLine(Supplier<ModelRegistry> registrySource, String[] args) {
    CommandLine commandLine = new CommandLine(new CatalogCli(registrySource));
    String first = args.length == 0 ? null : args[0];
    if (first != null && COMMANDS.containsKey(first) && !first.equals("generate-completion")
        && !first.equals("help")) {
      commandLine.addSubcommand(first, COMMANDS.get(first).get());
    } else {
      COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
    }
    // Each command takes -V as the tool does (mixinStandardHelpOptions); without the provider it printed nothing.
    IVersionProvider version = new BuildVersion();
    commandLine.getSubcommands().values().forEach(command -> command.getCommandSpec().versionProvider(version));
    // The server answers in JSON over HTTP and prints no table: the shared --json would do nothing there.
    CommandLine serve = commandLine.getSubcommands().get("serve");
    if (serve != null) {
      serve.getCommandSpec().remove(serve.getCommandSpec().findOption("--json"));
    }
    return commandLine;
  }

  /** Every command: what help and completion show. */
  static CommandLine allCommands(Supplier<ModelRegistry> registrySource) {
    return commandLine(registrySource, new String[0]);
  }

  /** Puts {@code get} in front when the first argument is neither a command nor one of the tool's options. */
  static String[] withDefaultCommand(String[] args) {
    if (args.length == 0 || COMMANDS.containsKey(args[0]) || TOOL_OPTIONS.contains(args[0])) {
      return args;
    }
    List<String> out = new ArrayList<>(args.length + 1);
    out.add("get");
    out.addAll(List.of(args));
    return out.toArray(new String[0]);
  }

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("get", GetCommand::new);
    commands.put("resolve", ResolveCommand::new);
    commands.put("search", SearchCommand::new);
    commands.put("list", ListCommand::new);
    commands.put("stats", StatsCommand::new);
    commands.put("capabilities", CapabilitiesCommand::new);
    commands.put("cost", CostCommand::new);
    commands.put("cheapest", CheapestCommand::new);
    commands.put("routes", RoutesCommand::new);
    commands.put("import", ImportCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("generate-completion", AutoComplete.GenerateCompletion::new);
    // "help" and "help search", as git and many tools take them; no model is called help.
    commands.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(commands);
  }
}
