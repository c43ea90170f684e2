package dev.modelcatalog.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a usage error, the options picocli would suggest, and where to get help. A misspelt option is named
 * first: picocli reports the required options still missing before options it does not know, so
 * {@code cost gpt-4o --input-tokens 1000 --output-tokens 500} would otherwise read as if no token count had been
 * given.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    List<String> unknown = unknownOptions(command.getCommandSpec(), args);
    CommandLine.ParameterException shown = e instanceof CommandLine.MissingParameterException && !unknown.isEmpty()
        ? new CommandLine.UnmatchedArgumentException(command, unknown)
        : e;
    err.println("error: " + shown.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(shown, err);
    err.println("try: " + command.getCommandSpec().qualifiedName() + " --help");
    return ExitCodes.USAGE;
  }

  /** The arguments that look like options and are none of this command's (negative numbers are values). */
  static List<String> unknownOptions(CommandSpec spec, String[] args) {
    List<String> unknown = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      if (!arg.startsWith("-") || arg.length() == 1 || isNumber(arg)) {
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      // A short option may carry its value or other short options with it: -cvision, -hV.
      boolean shortWithMore = !arg.startsWith("--") && spec.findOption(arg.substring(0, 2)) != null;
      // Every command has -h and -V of its own (help_everyCommandHasIt), so the tool's options need no lookup.
      if (spec.findOption(name) == null && !shortWithMore) {
        unknown.add(name);
      }
    }
    return unknown;
  }

  private static boolean isNumber(String arg) {
    try {
      Double.parseDouble(arg);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
