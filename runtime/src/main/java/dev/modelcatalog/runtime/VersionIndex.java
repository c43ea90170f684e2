package dev.modelcatalog.runtime;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Families of dated snapshots, built once from the compiled catalogs' {@link ModelCatalog#snapshots()}: for a
 * family, its snapshots by date and the latest one; for a snapshot id, its family. It holds ids only; whether a
 * snapshot is still visible (not removed) is the registry's question.
 */
final class VersionIndex {

  static final VersionIndex EMPTY = new VersionIndex(List.of());

  /** Family id to its snapshots' ids by date, oldest first. */
  private final Map<String, NavigableMap<LocalDate, Snapshot>> families = new HashMap<>();
  /** Snapshot id to its snapshot. */
  private final Map<String, Snapshot> byId = new HashMap<>();

  /**
   * @throws IllegalStateException when two snapshots of a family share a date, a snapshot id is declared twice,
   *     or a family id is also a snapshot id; the processor rejects these at compile time, so this only fires for
   *     catalogs from separate compilations
   */
  VersionIndex(Collection<Snapshot> snapshots) {
    for (Snapshot snapshot : snapshots) {
      Snapshot previous = byId.putIfAbsent(snapshot.id(), snapshot);
      if (previous != null) {
        throw new IllegalStateException("snapshot '" + snapshot.id() + "' is declared twice (families '"
            + previous.family() + "' and '" + snapshot.family() + "')");
      }
      NavigableMap<LocalDate, Snapshot> family = families.computeIfAbsent(snapshot.family(), f -> new TreeMap<>());
      Snapshot sameDate = family.putIfAbsent(snapshot.date(), snapshot);
      if (sameDate != null) {
        throw new IllegalStateException("family '" + snapshot.family() + "' has two snapshots dated "
            + snapshot.date() + ": '" + sameDate.id() + "' and '" + snapshot.id() + "'");
      }
    }
    for (String family : families.keySet()) {
      if (byId.containsKey(family)) {
        throw new IllegalStateException("'" + family + "' is both a family id and a snapshot id");
      }
    }
  }

  /** The family of this canonical model id: its own when it is a snapshot, or itself when it is a family. */
  String familyOf(String id) {
    Snapshot snapshot = byId.get(id);
    if (snapshot != null) {
      return snapshot.family();
    }
    return families.containsKey(id) ? id : null;
  }

  /** The snapshot this canonical model id is, or null. */
  Snapshot snapshotOf(String id) {
    return byId.get(id);
  }

  /** The family's snapshots, oldest first; empty for an unknown family. */
  List<Snapshot> snapshots(String family) {
    NavigableMap<LocalDate, Snapshot> snapshots = families.get(family);
    return snapshots == null ? List.of() : List.copyOf(snapshots.values());
  }

  /** The family's snapshot of exactly this date, or null: never a neighbouring date. */
  Snapshot at(String family, LocalDate date) {
    NavigableMap<LocalDate, Snapshot> snapshots = families.get(family);
    return snapshots == null ? null : snapshots.get(date);
  }

  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

  /**
   * A snapshot date as providers write it: {@code 2024-08-06} or {@code 20240806}.
   *
   * @throws IllegalArgumentException naming the field when it is neither
   */
  static LocalDate parseDate(String date) {
    if (date == null) {
      throw new IllegalArgumentException("date: is null; give YYYY-MM-DD or YYYYMMDD");
    }
    try {
      return date.length() == 8 ? LocalDate.parse(date, COMPACT) : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date: '" + date + "' is not a date; give YYYY-MM-DD or YYYYMMDD", e);
    }
  }
}
