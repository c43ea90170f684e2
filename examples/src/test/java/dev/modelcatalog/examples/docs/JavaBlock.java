package dev.modelcatalog.examples.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced {@code java} block of a Markdown page: its lines and where they start, so a compiler's complaint about
 * the block can be reported at the page's own line.
 *
 * @param page the page, as the reader knows it ({@code README.md}, {@code docs/registry.md})
 * @param firstLine the page's line number of the block's first line (the line after the fence)
 * @param lines the block's lines
 * @param excerpt whether the line above the fence says {@code <!-- excerpt -->}: a part of a larger source (of
 *     generated code, for example) that does not compile alone
 */
record JavaBlock(String page, int firstLine, List<String> lines, boolean excerpt) {

  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;");

  JavaBlock {
    lines = List.copyOf(lines);
  }

  /** Every {@code java} block of the page at {@code path}, read as {@code page}, in page order. */
  static List<JavaBlock> read(Path path, String page) throws IOException {
    List<String> text = Files.readAllLines(path);
    List<JavaBlock> blocks = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (!text.get(i).strip().equals("```java")) {
        continue;
      }
      int end = i + 1;
      while (end < text.size() && !text.get(end).strip().equals("```")) {
        end++;
      }
      if (end == text.size()) {
        throw new IllegalStateException(page + ":" + (i + 1) + ": a java block that is never closed");
      }
      boolean excerpt = i > 0 && text.get(i - 1).strip().equals("<!-- excerpt -->");
      blocks.add(new JavaBlock(page, i + 2, text.subList(i + 1, end), excerpt));
      i = end;
    }
    return blocks;
  }

  /**
   * Whether the block declares (stubs, a {@code package-info}) rather than states: its first line of code is an
   * annotation or a package declaration.
   */
  boolean declares() {
    for (String line : lines) {
      String code = line.strip();
      if (!code.isEmpty() && !code.startsWith("//")) {
        return code.startsWith("@") || code.startsWith("package ");
      }
    }
    return false;
  }

  /** The package the block declares, when it is a {@code package-info}. */
  Optional<String> packageName() {
    for (String line : lines) {
      Matcher m = PACKAGE.matcher(line.strip());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** {@code README.md:131}: where the block starts, as a reader finds it. */
  String where() {
    return page + ":" + firstLine;
  }

  @Override
  public String toString() {
    return where();
  }
}
