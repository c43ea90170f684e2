package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.read.Location;
import javax.tools.Diagnostic;

/**
 * One diagnostic waiting to be printed.
 *
 * @param kind error or warning
 * @param code the stable code
 * @param text the message without its code
 * @param location where to print it
 */
public record Finding(Diagnostic.Kind kind, String code, String text, Location location) {

  /** A processor message. */
  public static Finding of(Message message, Location location, Object... args) {
    return new Finding(message.kind(), message.code(), message.format(args), location);
  }

  public boolean isError() {
    return kind == Diagnostic.Kind.ERROR;
  }
}
