package dev.modelcatalog.processor.importer;

/**
 * The catalog formats the importer reads. Each names its {@link SourceReader}; adding a format means adding a
 * reader and a constant here.
 */
public enum Format {
  /**
   * The models.dev catalog ({@code https://models.dev}, MIT): {@code {"providers": {id: {name, models: {id:
   * {...}}}}}}.
   */
  MODELS_DEV("models.dev") {
    @Override
    SourceReader reader() {
      return new ModelsDevReader();
    }
  };

  private final String displayName;

  Format(String displayName) {
    this.displayName = displayName;
  }

  /** The name the report and the stubs' Javadoc use, e.g. {@code models.dev}. */
  public String displayName() {
    return displayName;
  }

  /** A new reader for this format. */
  abstract SourceReader reader();
}
