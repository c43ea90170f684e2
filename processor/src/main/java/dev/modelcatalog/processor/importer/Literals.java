package dev.modelcatalog.processor.importer;

import java.math.BigDecimal;

/** Java literals for the values stubs declare, written the way a person would. */
final class Literals {

  private Literals() {}

  /** {@code 131_072}: thousands grouped from 10,000 up. */
  static String tokens(int value) {
    String digits = Integer.toString(value);
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

  /** Text safe inside a Javadoc comment and a JavaPoet format string's argument. */
  static String javadoc(String text) {
    return text.replace("*/", "*&#47;").replace("@", "{@literal @}");
  }
}
