package dev.modelcatalog.processor.importer;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one catalog format into {@link SourceEntry source entries}. A reader maps the format's own fields onto
 * this project's vocabulary (capabilities, limits, prices) and nothing more: checking limits, dates and ids
 * against the catalog's rules is the importer's job and is the same for every format. Supporting a new format
 * means one new reader and one new {@link Format} constant.
 */
public interface SourceReader {

  /**
   * Reads a whole catalog.
   *
   * @throws CatalogFormatException when the input is not this format, naming where it went wrong
   * @throws IOException when the input cannot be read
   */
  SourceCatalog read(InputStream in) throws IOException;
}
