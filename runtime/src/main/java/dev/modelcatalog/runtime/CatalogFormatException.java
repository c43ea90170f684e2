package dev.modelcatalog.runtime;

/**
 * A generated catalog is newer than this runtime: the processor that generated it writes a catalog format this
 * runtime does not read ({@link ModelCatalog#FORMAT}). Thrown when the catalog is created, by
 * {@code ServiceLoader} (wrapped in a {@link java.util.ServiceConfigurationError}) or by {@code new}, instead of a
 * {@link NoSuchMethodError} on the first lookup that reaches code the runtime lacks. It happens when a build
 * resolves an older {@code modelcatalog-runtime} than the one a catalog jar was compiled against.
 */
public final class CatalogFormatException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String catalogClass;
  private final int format;
  private final int supportedFormat;

  public CatalogFormatException(String catalogClass, int format, int supportedFormat) {
    super("catalog " + catalogClass + " was generated in catalog format " + format + ", and this modelcatalog-runtime"
        + " reads formats up to " + supportedFormat + ": use a modelcatalog-runtime at least as new as the"
        + " modelcatalog-processor that generated the catalog");
    this.catalogClass = catalogClass;
    this.format = format;
    this.supportedFormat = supportedFormat;
  }

  /** The generated catalog's class name. */
  public String catalogClass() {
    return catalogClass;
  }

  /** The format the catalog was generated in. */
  public int format() {
    return format;
  }

  /** The newest format this runtime reads. */
  public int supportedFormat() {
    return supportedFormat;
  }
}
