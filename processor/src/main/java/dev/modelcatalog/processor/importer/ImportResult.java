package dev.modelcatalog.processor.importer;

import java.util.List;

/**
 * What an import produced, in memory: the sources (stubs and package-infos, sorted by name) and the report.
 *
 * @param sources the generated sources
 * @param report what was imported and what was not taken as is
 */
public record ImportResult(List<GeneratedSource> sources, ImportReport report) {

  public ImportResult {
    sources = List.copyOf(sources);
  }
}
