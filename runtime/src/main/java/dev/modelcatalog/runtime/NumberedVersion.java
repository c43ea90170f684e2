package dev.modelcatalog.runtime;

/**
 * A model id with a numbered version at its end, as Google names its stable versions: {@code gemini-2.0-flash-001}
 * is {@code gemini-2.0-flash}, version 1. Only three digits with a leading zero count ({@code -001} to {@code -099}):
 * {@code -0613} is a short date, and a number without the zero ({@code -405}) is a size or part of the name.
 */
final class NumberedVersion {

  private NumberedVersion() {}

  /** The dash and three digits. */
  private static final int SUFFIX_LENGTH = 4;
  /** The highest version number looked for among declared siblings. */
  private static final int MAX_VERSION = 99;

  /** The normalized id without its numbered version, or null when it ends in none. */
  static String base(String normalized) {
    int n = normalized.length();
    if (n <= SUFFIX_LENGTH || normalized.charAt(n - 4) != '-' || normalized.charAt(n - 3) != '0'
        || !isDigit(normalized.charAt(n - 2)) || !isDigit(normalized.charAt(n - 1))
        || normalized.charAt(n - 2) == '0' && normalized.charAt(n - 1) == '0') {
      return null;
    }
    return normalized.substring(0, n - SUFFIX_LENGTH);
  }

  /** Whether the registry finds a numbered version of this base ({@code -001} to {@code -099}). */
  static boolean anyDeclared(ModelRegistry registry, String base) {
    StringBuilder id = new StringBuilder(base.length() + SUFFIX_LENGTH).append(base).append("-0");
    for (int version = 1; version <= MAX_VERSION; version++) {
      id.setLength(base.length() + 2);
      id.append((char) ('0' + version / 10)).append((char) ('0' + version % 10));
      if (registry.lookup(id.toString()) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
