package dev.modelcatalog.examples.cli;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Modality;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Capability and modality names as a user types them ({@code tool-calling}, {@code Vision}), read by the runtime's
 * own parsers. A name they refuse is a usage error of the option that took it, with the names expected.
 */
final class NameConverters {

  private NameConverters() {}

  /** A capability name, as {@link Capability#parse} reads it. */
  static final class OfCapability implements ITypeConverter<Capability> {
    @Override
    public Capability convert(String value) {
      return parsed(Capability::parse, value);
    }
  }

  /** A modality name, as {@link Modality#parse} reads it. */
  static final class OfModality implements ITypeConverter<Modality> {
    @Override
    public Modality convert(String value) {
      return parsed(Modality::parse, value);
    }
  }

  private static <T> T parsed(Function<String, T> parse, String value) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException refused) {
      // The runtime's message starts with its field ("capability: "); picocli starts it with the option instead.
      String message = refused.getMessage();
      throw new TypeConversionException(message.substring(message.indexOf(": ") + 2));
    }
  }
}
