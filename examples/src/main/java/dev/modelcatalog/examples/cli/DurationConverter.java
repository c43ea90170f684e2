package dev.modelcatalog.examples.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A duration as people type it on a command line ({@code 500ms}, {@code 5s}, {@code 1.5s}, {@code 2m}, {@code 1h})
 * or as ISO-8601 ({@code PT5S}), which is what {@link Duration#parse} alone would accept.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

  private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    Matcher shortForm = SHORT.matcher(text);
    try {
      if (shortForm.matches()) {
        BigDecimal nanosPerUnit = BigDecimal.valueOf(switch (shortForm.group(2)) {
          case "ms" -> 1_000_000L;
          case "s" -> 1_000_000_000L;
          case "m" -> 60_000_000_000L;
          default -> 3_600_000_000_000L;
        });
        return Duration.ofNanos(new BigDecimal(shortForm.group(1)).multiply(nanosPerUnit).longValueExact());
      }
      return Duration.parse(text.toUpperCase(Locale.ROOT));
    } catch (ArithmeticException | DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a duration: write 500ms, 5s, 2m, 1h or"
          + " ISO-8601 (PT5S)");
    }
  }
}
