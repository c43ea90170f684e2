package dev.modelcatalog.processor.importer;

import java.io.IOException;
import java.io.InputStream;

/**
 * The catalog formats the importer reads. A foreign format names its {@link SourceReader}, whose entries pass the
 * importer's checks and identity resolution; adding one means adding a reader and a constant here. This project's
 * own export is already checked by the catalog's rules and holds one entry per model, so it is written as declared
 * ({@code ModelJsonImport}).
 */
public enum Format {
  /**
   * The models.dev catalog ({@code https://models.dev}, MIT): {@code {"providers": {id: {name, models: {id:
   * {...}}}}}}.
   */
  MODELS_DEV("models.dev") {
    @Override
    ImportResult convert(InputStream in, ImportOptions options) throws IOException {
      return CatalogImporter.convert(new ModelsDevReader().read(in), this, options);
    }
  },

  /**
   * This project's detailed JSON export ({@code ModelJson.toDetailedJson}): a list response {@code
   * {"object":"list","data":[...]}} or a bare array of models, each optionally with its {@code routes}. Read and
   * checked by the runtime's {@code ModelDocumentReader}; an invalid document is reported problem by problem,
   * under JSON paths, and nothing is written.
   */
  MODEL_JSON("model catalog JSON export") {
    @Override
    ImportResult convert(InputStream in, ImportOptions options) throws IOException {
      return ModelJsonImport.convert(in, this, options);
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

  /** Imports a catalog in this format, in memory. */
  abstract ImportResult convert(InputStream in, ImportOptions options) throws IOException;
}
