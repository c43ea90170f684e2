package dev.modelcatalog.processor.importer;

import java.io.IOException;

/** The source is not in the format it was read as; the message names the place (JSON path) and the problem. */
public final class CatalogFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  public CatalogFormatException(String message) {
    super(message);
  }

  public CatalogFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
