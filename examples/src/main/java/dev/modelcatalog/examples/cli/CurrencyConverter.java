package dev.modelcatalog.examples.cli;

import dev.modelcatalog.runtime.ModelQuery;
import picocli.CommandLine;

/**
 * A currency as a user types it ({@code eur}), as the registry reads it ({@code EUR}). The rule is the query's own;
 * this only names the option when a value breaks it.
 */
final class CurrencyConverter implements CommandLine.ITypeConverter<String> {

  @Override
  public String convert(String value) {
    try {
      return ModelQuery.builder().priceCurrency(value).build().priceCurrency();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is no currency code; give ISO 4217's three"
          + " letters, e.g. USD");
    }
  }
}
