package dev.modelcatalog.examples.cli;

import picocli.CommandLine;

/**
 * A token count or a limit: a whole number of at least 0. Checked as picocli converts it, so a wrong value is a
 * usage error that names the option ({@code --input}), not the runtime's field behind it ({@code inputTokens}).
 */
final class CountConverter implements CommandLine.ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    long count;
    try {
      count = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      // Digits past long's range are a whole number, only too large: say so, as OfInt does past int's.
      throw new CommandLine.TypeConversionException(value.strip().matches("\\+?[0-9]+")
          ? value.strip() + " is too large; at most " + Long.MAX_VALUE
          : "'" + value + "' is not a whole number");
    }
    if (count < 0) {
      throw new CommandLine.TypeConversionException(count + " is negative; give a count of at least 0");
    }
    return count;
  }

  /** The same for options held in an {@code int}: a context window, a result limit. */
  static final class OfInt implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
      long count = new CountConverter().convert(value);
      if (count > Integer.MAX_VALUE) {
        throw new CommandLine.TypeConversionException(count + " is too large; at most " + Integer.MAX_VALUE);
      }
      return (int) count;
    }
  }

  /** A limit on results: a whole number of at least 1, since a limit of 0 could only ever show nothing. */
  static final class Limit implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
      int count = new OfInt().convert(value);
      if (count == 0) {
        throw new CommandLine.TypeConversionException("0 shows nothing; give a limit of at least 1");
      }
      return count;
    }
  }
}
