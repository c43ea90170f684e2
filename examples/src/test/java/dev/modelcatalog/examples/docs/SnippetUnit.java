package dev.modelcatalog.examples.docs;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A compilation unit holding one block: header lines the page leaves out (package, imports, an enclosing class),
 * the block's lines unchanged, then a footer. A diagnostic on the unit's line {@code n} is on the page's line
 * {@code n - header + firstLine - 1}.
 */
final class SnippetUnit {

  private final JavaBlock block;
  private final int headerLines;
  private final JavaFileObject source;

  private SnippetUnit(JavaBlock block, String qualifiedName, List<String> header, List<String> footer) {
    this.block = block;
    this.headerLines = header.size();
    List<String> lines = new ArrayList<>(header);
    lines.addAll(block.lines());
    lines.addAll(footer);
    this.source = JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** The block, with {@code header} above it and {@code footer} below, as the source {@code qualifiedName}. */
  static SnippetUnit of(JavaBlock block, String qualifiedName, List<String> header, List<String> footer) {
    return new SnippetUnit(block, qualifiedName, header, footer);
  }

  JavaBlock block() {
    return block;
  }

  JavaFileObject source() {
    return source;
  }

  /** Whether the diagnostic is about this unit. */
  boolean holds(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getSource() != null && diagnostic.getSource().toUri().equals(source.toUri());
  }

  /** {@code README.md:352: error: cannot find symbol ...}: the diagnostic at the page's line. */
  String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    long unitLine = diagnostic.getLineNumber();
    String where = unitLine > headerLines && unitLine <= headerLines + block.lines().size()
        ? block.page() + ":" + (block.firstLine() + unitLine - headerLines - 1)
        : block.where() + " (in the lines around the block, line " + unitLine + " of " + source.getName() + ")";
    return where + ": " + diagnostic.getKind().name().toLowerCase(Locale.ROOT) + ": "
        + diagnostic.getMessage(Locale.ROOT);
  }
}
