package dev.modelcatalog.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a dated id finds nothing: it names a known family of dated snapshots ({@code gpt-4o-2024-11-20} of
 * {@code gpt-4o}), but the family has no snapshot of that date. The registry does not answer such an id with
 * another snapshot, whose prices and limits may differ; {@link ModelRegistry#missingSnapshot} reports it instead.
 *
 * @param query the id as asked for
 * @param family the family the id names
 * @param date the date the id carries
 * @param known the dates of the family's visible snapshots, oldest first
 */
public record MissingSnapshot(String query, String family, LocalDate date, List<LocalDate> known) {

  public MissingSnapshot {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(date, "date");
    known = List.copyOf(known);
  }

  /** {@code no snapshot of gpt-4o dated 2024-11-20; known: 2024-05-13, 2024-08-06}. */
  public String message() {
    return "no snapshot of " + family + " dated " + date + "; known: "
        + (known.isEmpty() ? "none" : known.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
  }
}
