package dev.modelcatalog.runtime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry's dated snapshots, read against what it shows: the families the compiled catalogs declare
 * ({@link VersionIndex}), with a snapshot that was removed or replaced under another id left out. Answers the
 * registry's version queries and the resolver's date checks, which never let a date find another date's snapshot.
 */
final class DatedSnapshots {

  private final ModelRegistry registry;
  private final CompiledIndex base;

  /**
   * Built on first use from the compiled catalogs, which never change (two threads may both build it; the
   * copies are equal). Conflicting snapshots of separately compiled catalogs surface on that first use.
   */
  private volatile VersionIndex versionIndex;

  DatedSnapshots(ModelRegistry registry, CompiledIndex base) {
    this.registry = registry;
    this.base = base;
  }

  /** Builds the index of snapshot families now, rather than on the first query that needs it. */
  void prepare() {
    versionIndex();
  }

  private VersionIndex versionIndex() {
    VersionIndex index = versionIndex;
    if (index == null) {
      List<Snapshot> snapshots = new ArrayList<>();
      for (ModelCatalog catalog : base.catalogs()) {
        snapshots.addAll(catalog.snapshots());
      }
      index = snapshots.isEmpty() ? VersionIndex.EMPTY : new VersionIndex(snapshots);
      versionIndex = index;
    }
    return index;
  }

  /**
   * The family of the model this id finds (a family id finds its latest snapshot), or, when it finds none, the
   * family this exact id names (its latest snapshot may have been removed, taking the alias with it); or null.
   */
  private String familyOf(String id) {
    ModelDefinition model = registry.lookup(id);
    String family = model == null ? null : versionIndex().familyOf(model.id());
    return family != null || id == null ? family : versionIndex().familyOf(id);
  }

  /** Whether the snapshot's model is visible: not removed, not replaced under another id. */
  private ModelDefinition visible(Snapshot snapshot) {
    ModelDefinition model = registry.lookup(snapshot.id());
    return model != null && model.id().equals(snapshot.id()) ? model : null;
  }

  /** {@link ModelRegistry#versions}. */
  List<Snapshot> versions(String id) {
    String family = familyOf(id);
    if (family == null) {
      return List.of();
    }
    List<Snapshot> visible = new ArrayList<>();
    for (Snapshot snapshot : versionIndex().snapshots(family)) {
      if (visible(snapshot) != null) {
        visible.add(snapshot);
      }
    }
    return List.copyOf(visible);
  }

  /** {@link ModelRegistry#get(String, String)}. */
  Optional<ModelDefinition> at(String id, String date) {
    LocalDate day = VersionIndex.parseDate(date);
    String family = familyOf(id);
    Snapshot snapshot = family == null ? null : versionIndex().at(family, day);
    ModelDefinition model = snapshot == null ? null : visible(snapshot);
    return model == null ? Optional.empty() : model.asOptional();
  }

  /** {@link ModelRegistry#missingSnapshot}. */
  Optional<MissingSnapshot> missing(String query) {
    if (query == null || query.isBlank() || registry.lookup(query) != null) {
      return Optional.empty();
    }
    String routed = ModelIdForms.of(query).routed;
    Matcher dated = DatedId.PATTERN.matcher(routed);
    if (!dated.matches()) {
      return Optional.empty();
    }
    LocalDate day = DatedId.day(dated);
    if (day == null) {
      return Optional.empty();
    }
    String family = familyOf(dated.group(1));
    if (family == null || versionIndex().at(family, day) != null && visible(versionIndex().at(family, day)) != null) {
      return Optional.empty();
    }
    List<LocalDate> known = new ArrayList<>();
    versions(family).forEach(snapshot -> known.add(snapshot.date()));
    return Optional.of(new MissingSnapshot(query, family, day, known));
  }

  /**
   * Whether a fuzzy answer would give a dated query another date's snapshot: the query's routed form ends in a full
   * date (before an optional {@code -latest}) and the model is a declared snapshot of another date. A step that
   * reorders words or mends a typo must not do what {@link #missing} refuses for the family's own spelling.
   */
  boolean isOtherSnapshot(String routed, ModelDefinition model) {
    Snapshot snapshot = versionIndex().snapshotOf(model.id());
    if (snapshot == null) {
      return false;
    }
    String undated = routed.endsWith("-latest") ? routed.substring(0, routed.length() - "-latest".length()) : routed;
    Matcher dated = DatedId.PATTERN.matcher(undated);
    LocalDate day = dated.matches() ? DatedId.day(dated) : null;
    if (day != null) {
      return !snapshot.date().equals(day);
    }
    MonthDay shortDate = ShortDatedId.monthDay(undated);
    return shortDate != null && !shortDate.equals(MonthDay.from(snapshot.date()));
  }

  /**
   * What a query ending in a short date ({@code gpt-4-0613}: month and day, as OpenAI names its snapshots) names:
   * null when that does not apply (no short date, or its undated part names no family with snapshots), else the
   * family's one visible snapshot of that month and day, or {@link Optional#empty()} when there is none or more
   * than one (the same day of two years): never a snapshot of another day, whose prices may differ.
   */
  Optional<ModelDefinition> shortDated(String routed) {
    MonthDay day = ShortDatedId.monthDay(routed);
    if (day == null) {
      return null;
    }
    String family = familyOf(routed.substring(0, routed.length() - ShortDatedId.SUFFIX_LENGTH));
    if (family == null) {
      return null;
    }
    ModelDefinition found = null;
    for (Snapshot snapshot : versionIndex().snapshots(family)) {
      ModelDefinition model = MonthDay.from(snapshot.date()).equals(day) ? visible(snapshot) : null;
      if (model != null) {
        if (found != null) {
          return Optional.empty();
        }
        found = model;
      }
    }
    return Optional.ofNullable(found);
  }

  /** A normalized id ending in a short date: {@code -MMDD}, a month and a day of it, after at least one character. */
  private static final class ShortDatedId {
    /** The dash and four digits. */
    static final int SUFFIX_LENGTH = 5;

    /**
     * The month and day the id ends with, or null when it ends in no short date. A full date never reads as one: its
     * last five characters are {@code MM-DD} or eight digits' last five, never a dash and four digits.
     */
    static MonthDay monthDay(String id) {
      int n = id.length();
      if (n <= SUFFIX_LENGTH || id.charAt(n - SUFFIX_LENGTH) != '-') {
        return null;
      }
      for (int i = n - 4; i < n; i++) {
        if (id.charAt(i) < '0' || id.charAt(i) > '9') {
          return null;
        }
      }
      int month = Integer.parseInt(id, n - 4, n - 2, 10);
      int day = Integer.parseInt(id, n - 2, n, 10);
      try {
        return MonthDay.of(month, day);
      } catch (DateTimeException notADay) {
        return null;
      }
    }
  }

  /**
   * A normalized id ending in a date: the undated rest, then {@code YYYY-MM-DD} or {@code YYYYMMDD}. In a holder
   * class, compiled on first use rather than with the rest.
   */
  private static final class DatedId {
    static final Pattern PATTERN = Pattern.compile("(.+)-(\\d{4}-\\d{2}-\\d{2}|\\d{8})");

    /** The calendar day a matched id ends with, or null when its digits name no day ({@code 2024-02-30}). */
    static LocalDate day(Matcher dated) {
      try {
        return VersionIndex.parseDate(dated.group(2).replace("-", ""));
      } catch (IllegalArgumentException notADate) {
        return null;
      }
    }
  }
}
