package dev.modelcatalog.runtime;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated snapshot of a model family, such as {@code gpt-4o-2024-08-06} of {@code gpt-4o}: the snapshot is a
 * model of its own (its own id, prices and limits); the family id is what callers say when any snapshot will do,
 * and it finds the family's latest snapshot.
 *
 * @param family the undated id callers use, e.g. {@code gpt-4o}
 * @param id the snapshot model's canonical id, e.g. {@code gpt-4o-2024-08-06}
 * @param date the snapshot's publication date
 */
public record Snapshot(String family, String id, LocalDate date) {

  public Snapshot {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
  }
}
