package dev.modelcatalog.processor.importer;

import dev.modelcatalog.runtime.Capabilities;
import java.util.List;
import java.util.Set;

/**
 * One source entry after the importer's checks: values the catalog accepts, ready to be written as a stub or a
 * route, and every report line about the entry.
 *
 * @param provider the source provider's id
 * @param sourceId the id as written in the source
 * @param id the id to declare: the source id, unless it had characters outside the allowed set
 * @param name display name; null when none
 * @param capabilities what the model can do; never empty
 * @param contextWindow at least 1
 * @param maxOutputTokens from 1 to the context window, or 0 when not stated
 * @param pricing null when the source states no cost
 * @param trainingCutoff {@code YYYY-MM}, or null
 * @param created epoch seconds of the release date, or 0
 * @param tags lower-case tags
 * @param deprecated whether the source marks the model deprecated
 * @param status the source's lifecycle status as written, or null
 * @param suppressedWarnings processor warning codes the stub silences, each explained by a report line
 * @param lines every report line about this entry
 */
record ModelFacts(String provider, String sourceId, String id, String name, Capabilities capabilities,
    int contextWindow, int maxOutputTokens, Prices pricing, String trainingCutoff, long created, List<String> tags,
    boolean deprecated, String status, Set<String> suppressedWarnings, List<ReportLine> lines) {

  ModelFacts {
    tags = List.copyOf(tags);
    suppressedWarnings = Set.copyOf(suppressedWarnings);
    lines = List.copyOf(lines);
  }

  /** {@code provider/sourceId}. */
  String entry() {
    return provider + "/" + sourceId;
  }

  /**
   * Checked prices per million tokens; optional components are null when not stated.
   *
   * @param input input tokens
   * @param output output tokens
   * @param cachedInput cached input tokens
   * @param cacheWrite tokens written to the prompt cache
   */
  record Prices(double input, double output, Double cachedInput, Double cacheWrite) {}
}
