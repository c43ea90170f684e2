package dev.modelcatalog.processor.importer;

import java.math.BigDecimal;

/** Java literals for the values stubs declare, written the way a person would. */
final class Literals {

  private Literals() {}

  /** {@code 131_072}: thousands grouped from 10,000 up. */
  static String tokens(int value) {
    return grouped(value);
  }

  /** {@code 46_700_000_000}: thousands grouped from 10,000 up (add the {@code L} suffix for a long). */
  static String grouped(long value) {
    String digits = Long.toString(value);
    if (value < 10_000) {
      return digits;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('_');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /** A price as a plain decimal literal: {@code 0.075}, {@code 2.0}, never an exponent. */
  static String price(double value) {
    String plain = BigDecimal.valueOf(value).toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }

  /**
   * Text safe as prose in a Javadoc comment and as a JavaPoet format string's argument: {@link #javadocCode}, with
   * {@code &}, {@code <} and {@code >} written as entities first, so that text such as {@code replacement = "<id>"}
   * reads as written instead of as an HTML tag (which a build with {@code -Xdoclint} refuses).
   */
  static String javadoc(String text) {
    return javadocCode(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  }

  /**
   * Text that cannot end a Javadoc comment or start a tag in it, for ids inside {@code {@code ...}} too, where
   * {@code <} and {@code &} need no entity (and an entity would show as written). javac decodes backslash-u escapes before it looks for the end of a comment, so an escaped star and slash would
   * end the comment as surely as written ones and turn the rest of the text into code. Every backslash is
   * therefore written as the entity {@code &#92;}, which reads as a backslash, and no escape can form.
   */
  static String javadocCode(String text) {
    return text.replace("\\", "&#92;").replace("*/", "*&#47;").replace("@", "{@literal @}");
  }
}
