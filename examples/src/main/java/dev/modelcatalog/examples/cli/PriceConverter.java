package dev.modelcatalog.examples.cli;

import picocli.CommandLine;

/**
 * A price per million tokens: a finite decimal number of at least 0. Checked as picocli converts it, so
 * {@code --max-input-price NaN} is a usage error naming the option, not the query field behind it.
 */
final class PriceConverter implements CommandLine.ITypeConverter<Double> {

  @Override
  public Double convert(String value) {
    double price;
    try {
      price = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a number");
    }
    if (!Double.isFinite(price)) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a finite number, e.g. 2.50");
    }
    if (price < 0) {
      throw new CommandLine.TypeConversionException(value.strip() + " is negative; give a price of at least 0");
    }
    return price;
  }
}
