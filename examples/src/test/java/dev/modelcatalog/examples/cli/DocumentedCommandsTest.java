package dev.modelcatalog.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.docs.Pages;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command line of the tool that the pages show ({@code java -jar .../modelcatalog-examples.jar ...} or
 * {@code java -jar $JAR ...}, in a block or inline) parses: its command, options and values exist and have the
 * right types. Parsing only: nothing runs, no server starts, no file is written.
 */
class DocumentedCommandsTest {

  private static final Pattern INVOCATION = Pattern.compile("-jar\\s+(?:\\S*modelcatalog-examples\\.jar|\\$JAR)\\b");

  /** Where a shell line stops being the tool's arguments. */
  private static final Set<String> SHELL_ENDS = Set.of(">", ">>", "|", "&&", "||", ";");

  /** A command line on a page. */
  record Documented(String where, List<String> args) {}

  @TestFactory
  Stream<DynamicTest> everyDocumentedCommandParses() throws IOException {
    return documented().stream().map(command -> DynamicTest.dynamicTest(command.where() + " " + command.args(),
        () -> parse(command)));
  }

  /** The pages show the tool often enough that finding none means the search is broken, not the pages. */
  @Test
  void thePagesShowTheTool() throws IOException {
    List<Documented> all = documented();
    assertTrue(all.size() >= 20, all.toString());
    assertTrue(all.stream().anyMatch(c -> c.where().startsWith("README.md:") && c.args().equals(List.of("gpt4o"))),
        all.toString());
    assertTrue(all.stream().anyMatch(c -> c.args().contains("--refresh")), "continued lines: " + all);
  }

  @Test
  void anOptionTheToolDoesNotHave_failsAtItsPageLine() {
    Documented wrong = new Documented("docs/example.md:7", List.of("cost", "gpt-4o", "--input-tokens", "1000"));
    AssertionError e = assertThrows(AssertionError.class, () -> parse(wrong));
    assertTrue(e.getMessage().startsWith("docs/example.md:7: "), e.getMessage());
  }

  @Test
  void shellAroundTheTool_isNotTakenForItsArguments() {
    assertEquals(List.of("generate-completion"),
        arguments("java -jar $JAR generate-completion > completion && . completion"));
    assertEquals(List.of("import", "a.json", "--routes"), arguments("java -jar $JAR import a.json [--routes]"));
    assertEquals(List.of("get", "gpt 4o"), arguments("`java -jar x/modelcatalog-examples.jar get 'gpt 4o'` # ok"));
  }

  private static void parse(Documented command) {
    Supplier<ModelRegistry> none = () -> {
      throw new AssertionError("parsing needs no registry");
    };
    String[] args = CatalogCli.withDefaultCommand(command.args().toArray(new String[0]));
    CommandLine cli = CatalogCli.commandLine(none, args).setCaseInsensitiveEnumValuesAllowed(true);
    try {
      cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new AssertionError(command.where() + ": " + e.getMessage() + " in " + command.args(), e);
    }
  }

  private static List<Documented> documented() throws IOException {
    List<Documented> found = new ArrayList<>();
    for (Path page : Pages.all()) {
      List<String> lines = Files.readAllLines(page);
      for (int i = 0; i < lines.size(); i++) {
        if (!INVOCATION.matcher(lines.get(i)).find()) {
          continue;
        }
        StringBuilder text = new StringBuilder(lines.get(i));
        // A shell line continued with a trailing backslash.
        for (int next = i + 1; text.toString().stripTrailing().endsWith("\\") && next < lines.size(); next++) {
          text.setLength(text.toString().stripTrailing().length() - 1);
          text.append(' ').append(lines.get(next));
        }
        found.add(new Documented(Pages.name(page) + ":" + (i + 1), arguments(text.toString())));
      }
    }
    return found;
  }

  /**
   * The tool's arguments in a shell line: the words after the jar, up to a closing backtick (inline code), a
   * comment or a redirection; an optional flag written {@code [--routes]} is taken as given.
   */
  static List<String> arguments(String line) {
    Matcher jar = INVOCATION.matcher(line);
    if (!jar.find()) {
      throw new IllegalArgumentException("no invocation of the tool in: " + line);
    }
    String rest = line.substring(jar.end());
    int tick = rest.indexOf('`');
    if (tick >= 0) {
      rest = rest.substring(0, tick);
    }
    List<String> args = new ArrayList<>();
    for (String word : words(rest)) {
      if (SHELL_ENDS.contains(word) || word.startsWith("#")) {
        break;
      }
      args.add(word.startsWith("[") && word.endsWith("]") ? word.substring(1, word.length() - 1) : word);
    }
    return args;
  }

  /** Splits on spaces, keeping what single or double quotes enclose as one word. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
