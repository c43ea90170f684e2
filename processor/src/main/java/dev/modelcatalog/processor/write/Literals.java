package dev.modelcatalog.processor.write;

/** Java literals for generated code: numbers grouped by thousands where that helps a reader. */
final class Literals {

  private Literals() {}

  /** {@code 128_000}; numbers below 10,000 stay ungrouped. */
  static String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    if (digits.length() <= 4) {
      return Long.toString(value);
    }
    StringBuilder out = new StringBuilder();
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      out.append('_').append(digits, i, i + 3);
    }
    return value < 0 ? "-" + out : out.toString();
  }

  /** A {@code long} literal, grouped: {@code 117_000_000_000L}. */
  static String groupedLong(long value) {
    return grouped(value) + "L";
  }

  /** A {@code double} literal as Java prints it: {@code 2.5}, {@code 1.0E-4}. Values are finite (validated). */
  static String decimal(double value) {
    return Double.toString(value);
  }

  /** Capability bits as a hexadecimal {@code long}: {@code 0x2a0bL}. */
  static String bits(long bits) {
    return "0x" + Long.toHexString(bits) + "L";
  }
}
