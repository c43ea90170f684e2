package dev.modelcatalog.processor.importer;

import java.util.Objects;

/**
 * One thing the importer did not take as is: which entry, why, and what it did instead.
 *
 * @param provider the source provider's id
 * @param sourceId the entry's id in the source, exactly as written there
 * @param category what kind of change this is
 * @param reason what was wrong or could not be represented, with the source's value
 * @param action what the importer did about it
 */
public record ReportLine(String provider, String sourceId, Category category, String reason, String action) {

  public ReportLine {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(action, "action");
  }

  /** {@code provider/sourceId}, the way the report names an entry. */
  public String entry() {
    return provider + "/" + sourceId;
  }
}
