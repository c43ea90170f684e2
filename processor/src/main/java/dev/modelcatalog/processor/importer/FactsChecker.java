package dev.modelcatalog.processor.importer;

import dev.modelcatalog.runtime.ModelRules;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one source entry against the catalog's rules and fixes what it can, reporting every fix: ids with
 * characters outside the allowed set, impossible limits, cutoffs with a day, unreadable or out-of-range release
 * dates, prices the rules reject or warn about, and lifecycle statuses. Format-independent: every
 * {@link SourceReader}'s entries pass through here.
 */
final class FactsChecker {

  /** The processor's warning codes that imported stubs may need to silence. */
  static final String CACHED_PRICE_WARNING = "cached-price-above-input";
  static final String DEPRECATED_WARNING = "deprecated-without-replacement";
  /** Tag given to models whose source states no token limit at all. */
  static final String LIMITS_UNKNOWN_TAG = "limits-unknown";

  private static final Pattern YEAR_MONTH = Pattern.compile("(19|20)\\d\\d-(0[1-9]|1[0-2])");
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile("((19|20)\\d\\d-(0[1-9]|1[0-2]))-\\d\\d");
  private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9._:+-]*");

  private final long now;

  /** @param nowEpochSeconds the present, for rejecting release dates in the future */
  FactsChecker(long nowEpochSeconds) {
    this.now = nowEpochSeconds;
  }

  /** The checked facts, or empty when the entry cannot be imported (the reason is in {@code skipped}). */
  Optional<ModelFacts> check(SourceEntry entry, List<ReportLine> skipped) {
    List<ReportLine> lines = new ArrayList<>(entry.notes());
    Set<String> suppressed = new LinkedHashSet<>();
    List<String> tags = new ArrayList<>();
    if (entry.capabilities().isEmpty()) {
      skipped.addAll(lines);
      skipped.add(line(entry, Category.SKIPPED, "no capability could be mapped from the entry's flags and"
          + " modalities", "not imported: a model that can do nothing is rejected by the catalog's rules"));
      return Optional.empty();
    }
    String id = id(entry, lines);
    if (id == null) {
      skipped.addAll(lines);
      return Optional.empty();
    }
    int[] limits = limits(entry, lines, tags);
    ModelFacts.Prices prices = prices(entry, lines, suppressed);
    boolean deprecated = status(entry, lines, tags, suppressed);
    if (entry.openWeights()) {
      tags.add("open-weights");
    }
    return Optional.of(new ModelFacts(entry.provider(), entry.id(), id, entry.name(), entry.capabilities(),
        limits[0], limits[1], prices, cutoff(entry, lines), created(entry, lines), tags, deprecated, entry.status(),
        suppressed, lines));
  }

  private static String id(SourceEntry entry, List<ReportLine> lines) {
    String source = entry.id();
    if (source.isBlank()) {
      lines.add(line(entry, Category.SKIPPED, "the id is blank", "not imported"));
      return null;
    }
    StringBuilder fixed = new StringBuilder();
    Set<Character> bad = new LinkedHashSet<>();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (ModelRules.isIdChar(c)) {
        fixed.append(c);
      } else {
        bad.add(c);
        fixed.append('-');
      }
    }
    String id = fixed.toString();
    if (!bad.isEmpty()) {
      lines.add(line(entry, Category.ID_INVALID_CHARACTERS, "the id contains " + quoted(bad)
          + "; ids allow ASCII letters, digits and " + ModelRules.ID_PUNCTUATION,
          "declared as '" + id + "' (each such character replaced by '-'); the source id is kept in the stub's"
              + " Javadoc"));
    }
    if (id.length() > ModelRules.MAX_ID_LENGTH) {
      lines.add(line(entry, Category.SKIPPED, "the id is " + id.length() + " characters long; at most "
          + ModelRules.MAX_ID_LENGTH + " are allowed", "not imported"));
      return null;
    }
    return id;
  }

  /** {contextWindow, maxOutputTokens (0: not stated)}. */
  private static int[] limits(SourceEntry entry, List<ReportLine> lines, List<String> tags) {
    long context = entry.context();
    long output = entry.output();
    if (context > Integer.MAX_VALUE || output > Integer.MAX_VALUE) {
      lines.add(line(entry, Category.IMPOSSIBLE_LIMIT, "a limit above " + Integer.MAX_VALUE + " tokens (context "
          + context + ", output " + output + ")", "capped at " + Integer.MAX_VALUE));
      context = Math.min(context, Integer.MAX_VALUE);
      output = Math.min(output, Integer.MAX_VALUE);
    }
    if (context <= 0 && output <= 0) {
      lines.add(line(entry, Category.IMPOSSIBLE_LIMIT, "context " + context + " and output " + output
          + ": the source states no token limit", "declared with contextWindow = 1, the least the catalog"
              + " accepts, and tagged '" + LIMITS_UNKNOWN_TAG + "'"));
      tags.add(LIMITS_UNKNOWN_TAG);
      return new int[] {1, 0};
    }
    if (context <= 0) {
      lines.add(line(entry, Category.IMPOSSIBLE_LIMIT, "context " + context + " with output " + output,
          "contextWindow = " + output + " (the only limit stated), no separate output limit"));
      return new int[] {(int) output, 0};
    }
    if (output <= 0) {
      lines.add(line(entry, Category.IMPOSSIBLE_LIMIT, "output " + output + " with context " + context,
          "output limit left out: the context window applies"));
      return new int[] {(int) context, 0};
    }
    if (output > context) {
      lines.add(line(entry, Category.IMPOSSIBLE_LIMIT, "output " + output + " above context " + context
          + " (output counts against the context)", "output limit left out: the context window (" + context
          + ") applies"));
      return new int[] {(int) context, 0};
    }
    return new int[] {(int) context, (int) output};
  }

  private static ModelFacts.Prices prices(SourceEntry entry, List<ReportLine> lines, Set<String> suppressed) {
    SourceEntry.Cost cost = entry.cost();
    if (cost == null) {
      return null;
    }
    Double input = price(entry, "input", cost.input(), lines);
    Double output = price(entry, "output", cost.output(), lines);
    Double cached = price(entry, "cache_read", cost.cacheRead(), lines);
    Double write = price(entry, "cache_write", cost.cacheWrite(), lines);
    if (input == null || output == null) {
      lines.add(line(entry, Category.PRICE, "cost without " + (input == null ? "an input" : "an output")
          + " price", "the missing price is declared as 0"));
    }
    double in = input == null ? 0 : input;
    if (cached != null && cached > in) {
      lines.add(line(entry, Category.PRICE, "cache_read " + cached + " is above the input price " + in,
          "kept as the source states it; the stub silences the processor's '" + CACHED_PRICE_WARNING
              + "' warning"));
      suppressed.add(CACHED_PRICE_WARNING);
    }
    return new ModelFacts.Prices(in, output == null ? 0 : output, cached, write);
  }

  private static Double price(SourceEntry entry, String field, Double value, List<ReportLine> lines) {
    if (value == null) {
      return null;
    }
    if (!Double.isFinite(value) || value < 0) {
      lines.add(line(entry, Category.PRICE, "cost." + field + " is " + value + "; prices are finite and at least"
          + " 0", "left out"));
      return null;
    }
    return value;
  }

  private static String cutoff(SourceEntry entry, List<ReportLine> lines) {
    String knowledge = entry.knowledge();
    if (knowledge == null || knowledge.isBlank()) {
      return null;
    }
    if (YEAR_MONTH.matcher(knowledge).matches()) {
      return knowledge;
    }
    var day = YEAR_MONTH_DAY.matcher(knowledge);
    if (day.matches()) {
      lines.add(line(entry, Category.CUTOFF_FORMAT, "knowledge cutoff '" + knowledge + "' has a day",
          "kept as " + day.group(1) + " (the catalog's cutoffs are YYYY-MM)"));
      return day.group(1);
    }
    lines.add(line(entry, Category.CUTOFF_FORMAT, "knowledge cutoff '" + knowledge + "' is not YYYY-MM",
        "left out"));
    return null;
  }

  private long created(SourceEntry entry, List<ReportLine> lines) {
    String date = entry.releaseDate();
    if (date == null || date.isBlank()) {
      return 0;
    }
    LocalDate day;
    try {
      day = YEAR_MONTH.matcher(date).matches() ? LocalDate.parse(date + "-01") : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      lines.add(line(entry, Category.RELEASE_DATE, "release date '" + date + "' is not a date", "left out"));
      return 0;
    }
    if (YEAR_MONTH.matcher(date).matches()) {
      lines.add(line(entry, Category.RELEASE_DATE, "release date '" + date + "' has no day",
          "created = the first of the month"));
    }
    long seconds = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    if (seconds < ModelRules.EARLIEST_CREATED) {
      lines.add(line(entry, Category.RELEASE_DATE, "release date " + date + " is before 2015-01-01, the"
          + " earliest the catalog accepts", "left out"));
      return 0;
    }
    if (seconds > now) {
      lines.add(line(entry, Category.RELEASE_DATE, "release date " + date + " is in the future", "left out"));
      return 0;
    }
    return seconds;
  }

  private static boolean status(SourceEntry entry, List<ReportLine> lines, List<String> tags,
      Set<String> suppressed) {
    String status = entry.status();
    if (status == null || status.isBlank()) {
      return false;
    }
    if (status.equalsIgnoreCase("deprecated")) {
      lines.add(line(entry, Category.STATUS, "status 'deprecated' names no replacement",
          "declared deprecated; the stub silences the processor's '" + DEPRECATED_WARNING + "' warning"));
      suppressed.add(DEPRECATED_WARNING);
      return true;
    }
    String tag = status.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", "-");
    if (TAG.matcher(tag).matches()) {
      lines.add(line(entry, Category.STATUS, "status '" + status + "' has no field in the catalog",
          "kept as the tag '" + tag + "'"));
      tags.add(tag);
    } else {
      lines.add(line(entry, Category.STATUS, "status '" + status + "' has no field in the catalog", "left out"));
    }
    return false;
  }

  private static String quoted(Set<Character> chars) {
    StringBuilder out = new StringBuilder();
    for (char c : chars) {
      out.append(out.length() == 0 ? "" : ", ");
      out.append(Character.isWhitespace(c) || Character.isISOControl(c)
          ? String.format(Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'");
    }
    return out.toString();
  }

  private static ReportLine line(SourceEntry entry, Category category, String reason, String action) {
    return new ReportLine(entry.provider(), entry.id(), category, reason, action);
  }
}
