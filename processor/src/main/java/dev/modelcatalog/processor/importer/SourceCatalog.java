package dev.modelcatalog.processor.importer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A source catalog as a {@link SourceReader} read it: its providers in source order, what the reader itself had
 * to report (duplicate keys, entries it could not read), and the source fields it has no place for.
 *
 * @param providers the providers with their entries
 * @param readerLines report lines about entries the reader skipped
 * @param fieldsNotImported source fields the catalog has no place for, with the number of entries that have them
 */
public record SourceCatalog(List<SourceProvider> providers, List<ReportLine> readerLines,
    Map<String, Integer> fieldsNotImported) {

  public SourceCatalog {
    providers = List.copyOf(providers);
    readerLines = List.copyOf(readerLines);
    fieldsNotImported = Map.copyOf(new TreeMap<>(fieldsNotImported));
  }

  /** Number of entries read, over all providers. */
  public int entryCount() {
    int count = 0;
    for (SourceProvider provider : providers) {
      count += provider.entries().size();
    }
    return count;
  }
}
