package dev.modelcatalog.processor.write;

import com.palantir.javapoet.CodeBlock;

/**
 * String literals for generated code that JavaPoet would break. JavaPoet's {@code $S} escapes control characters
 * but writes U+2028 and U+2029 (line and paragraph separator) as they are, and then splits the emitted text at
 * every Unicode line break, so a description holding one becomes a string literal cut over two lines that does not
 * compile. Values with either are written here as a literal with those two as Unicode escapes (which javac reads
 * back as the same characters, and which JavaPoet leaves alone); every other value stays {@code $S}, so generated
 * files do not change. Writers pass every string that comes from an annotation through here, never straight to
 * {@code $S}.
 */
final class StringLiterals {

  private StringLiterals() {}

  /** The value as a Java string literal, ready for {@code $L}. */
  static CodeBlock of(String value) {
    if (value.indexOf('\u2028') < 0 && value.indexOf('\u2029') < 0) {
      return CodeBlock.of("$S", value);
    }
    StringBuilder literal = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\b' -> literal.append("\\b");
        case '\t' -> literal.append("\\t");
        case '\n' -> literal.append("\\n");
        case '\f' -> literal.append("\\f");
        case '\r' -> literal.append("\\r");
        default -> {
          // Separators and control characters as Unicode escapes, the way $S writes control characters.
          if (c == '\u2028' || c == '\u2029' || Character.isISOControl(c)) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return CodeBlock.of("$L", literal.append('"').toString());
  }
}
