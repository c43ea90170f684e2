package dev.modelcatalog.processor.write;

import com.palantir.javapoet.CodeBlock;

/**
 * String literals for generated code that JavaPoet would break. Writers pass every string that comes from an
 * annotation through here, never straight to {@code $S}.
 *
 * <p>Text of ASCII only is written with {@code $S}, which escapes control characters and keeps the text readable.
 * Any other text is written here with every character outside printable ASCII as a Unicode escape, which javac
 * reads back as the same character. That matters twice over:
 *
 * <ul>
 *   <li>javac writes generated sources in its output encoding, and an encoder replaces what it cannot represent
 *       with {@code ?}: an {@code é} under {@code US-ASCII}, and a lone surrogate under every encoding, UTF-8
 *       included. An escape is ASCII, so it survives any encoding.</li>
 *   <li>{@code $S} writes U+2028 and U+2029 (line and paragraph separator) as they are, and JavaPoet then splits
 *       the emitted text at every Unicode line break, cutting the literal over two lines.</li>
 * </ul>
 */
final class StringLiterals {

  private StringLiterals() {}

  /** The value as a Java string literal, ready for {@code $L}; its text is ASCII. */
  static CodeBlock of(String value) {
    if (value.chars().allMatch(c -> c < 0x80)) {
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
          // Control characters as $S writes them; beyond ASCII each UTF-16 unit alone, so a surrogate pair
          // becomes two escapes and a lone surrogate one.
          if (c < 0x20 || c >= 0x7f) {
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
