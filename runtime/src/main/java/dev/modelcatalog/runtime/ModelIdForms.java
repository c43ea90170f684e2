package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The forms of a model id that fuzzy resolution compares, computed the same way for catalog keys and for
 * queries. Each form drops more of what does not change which model an id names:
 *
 * <ol>
 *   <li>{@link #routed}: the id without its route, i.e. without anything up to the last {@code /}, vendor
 *       prefixes ({@code anthropic.}, {@code us.anthropic.}), version pins ({@code @20241022}), API versions
 *       ({@code -v1:0}) and routing tiers ({@code :free}), then {@linkplain Discovery#normalizeModelId
 *       normalized};
 *   <li>{@link #snapshot}: that, without trailing snapshot dates ({@code -2024-08-06}, {@code -20241022},
 *       {@code -0613}, {@code -05-20}) and {@code -latest};
 *   <li>{@link #core}: that, without a leading organisation word ({@code meta-}) and, on open-weight ids that
 *       state a size, without neutral qualifiers ({@code -instruct}, {@code -it}, {@code -fp8}).
 * </ol>
 *
 * <p>Numbers are identity: no form drops or changes a number other than a snapshot date, so {@code gpt-5}
 * never meets {@code gpt-4}. The compact forms (no separators) are what the indexes key on.
 */
final class ModelIdForms {

  /**
   * Variants some gateways append after a colon, which name the same model served another way: OpenRouter's
   * routing variants (nitro, floor, exacto), its catalog variants (free, beta, extended, thinking, batch) and its
   * older web-search suffix (online).
   */
  private static final Set<String> ROUTE_TIERS = Set.of("free", "beta", "extended", "thinking", "batch", "nitro",
      "floor", "exacto", "online");
  /** Qualifiers that name the usual chat-tuned or quantised build of an open-weight model of stated size. */
  private static final Set<String> NEUTRAL = Set.of(
      "instruct", "it", "hf", "fp8", "fp16", "bf16", "awq", "gguf", "int4", "int8");
  /** Organisation words that some routes put in front of a family name ({@code meta-llama-3-8b}). */
  private static final Set<String> ORG_WORDS = Set.of(
      "meta", "openai", "anthropic", "google", "mistralai", "microsoft", "amazon");

  final String normalized;
  final String routed;
  final String snapshot;
  final String core;
  final String snapshotCompact;
  final String coreCompact;
  /** Whether the snapshot form is the routed form: the id carries no date and no {@code -latest}. */
  final boolean undated;
  /** Whether the id ended in {@code -latest}. */
  final boolean latest;

  private ModelIdForms(String normalized, String routed, String snapshot, String core, boolean latest) {
    this(normalized, routed, snapshot, core, snapshot.replace("-", ""), core.replace("-", ""), latest);
  }

  private ModelIdForms(String normalized, String routed, String snapshot, String core, String snapshotCompact,
      String coreCompact, boolean latest) {
    this.normalized = normalized;
    this.routed = routed;
    this.snapshot = snapshot;
    this.core = core;
    this.snapshotCompact = snapshotCompact;
    this.coreCompact = coreCompact;
    this.undated = snapshot.equals(routed);
    this.latest = latest;
  }

  /**
   * These forms with each string replaced by the one {@code pool} returns for it, an equal string: an index over
   * many ids keeps each distinct string once (an id's routed form is usually its normalized form and its core).
   */
  ModelIdForms pooled(UnaryOperator<String> pool) {
    return new ModelIdForms(pool.apply(normalized), pool.apply(routed), pool.apply(snapshot), pool.apply(core),
        pool.apply(snapshotCompact), pool.apply(coreCompact), latest);
  }

  /** Every form of the id. */
  static ModelIdForms of(String id) {
    String routed = Discovery.normalizeModelId(stripRoute(id.trim().toLowerCase(Locale.ROOT)));
    List<String> segments = new ArrayList<>(List.of(routed.split("-")));
    boolean latest = stripSnapshot(segments);
    String snapshot = String.join("-", segments);
    stripToCore(segments);
    return new ModelIdForms(Discovery.normalizeModelId(id), routed, snapshot, String.join("-", segments), latest);
  }

  /** The id without route prefixes and suffixes, still raw (lower case, not yet normalized). */
  static String stripRoute(String lower) {
    String s = lower.substring(lower.lastIndexOf('/') + 1);
    for (String vendor; (vendor = vendorPrefix(s)) != null; ) {
      s = s.substring(vendor.length() + 1);
    }
    int at = s.lastIndexOf('@');
    if (at > 0) {
      // Vertex names a snapshot as claude-3-5-sonnet@20241022: the date is the snapshot's, not a route's, so it
      // stays, as a dated id would have it. Anything else after an @ (a revision, @001) is the route's.
      String after = s.substring(at + 1);
      s = s.substring(0, at) + (isDate(after) ? "-" + after : "");
    }
    int colon = s.lastIndexOf(':');
    if (colon > 0 && ROUTE_TIERS.contains(s.substring(colon + 1))) {
      s = s.substring(0, colon);
    }
    return stripApiVersion(s);
  }

  /** {@code 20241022} or {@code 2024-10-22}. */
  private static boolean isDate(String s) {
    return s.length() == 8 && allDigits(s, 0, 8)
        || s.length() == 10 && allDigits(s, 0, 4) && s.charAt(4) == '-' && allDigits(s, 5, 7) && s.charAt(7) == '-'
        && allDigits(s, 8, 10);
  }

  /** {@code anthropic} of {@code anthropic.claude-3}: a word of letters and digits, a dot, then a letter. */
  private static String vendorPrefix(String s) {
    int dot = s.indexOf('.');
    if (dot < 2 || dot + 1 >= s.length() || !isLetter(s.charAt(dot + 1)) || !isLetter(s.charAt(0))) {
      return null;
    }
    for (int i = 1; i < dot; i++) {
      char c = s.charAt(i);
      if (!isLetter(c) && !(c >= '0' && c <= '9')) {
        return null;
      }
    }
    return s.substring(0, dot);
  }

  /** Drops Bedrock's {@code -v1:0}: a {@code v}, digits, a colon and digits at the very end. */
  private static String stripApiVersion(String s) {
    int colon = s.lastIndexOf(':');
    int v = s.lastIndexOf("-v");
    if (colon < 0 || v < 0 || v > colon || colon == s.length() - 1 || v + 2 == colon) {
      return s;
    }
    if (!allDigits(s, v + 2, colon) || !allDigits(s, colon + 1, s.length())) {
      return s;
    }
    return s.substring(0, v);
  }

  /** Removes trailing dates and {@code latest}; returns whether {@code latest} was among them. */
  private static boolean stripSnapshot(List<String> segments) {
    boolean latest = false;
    boolean changed = true;
    while (changed && segments.size() > 1) {
      changed = false;
      int n = segments.size();
      String last = segments.get(n - 1);
      if (last.equals("latest")) {
        segments.remove(n - 1);
        latest = true;
        changed = true;
      } else if (n > 3 && isYear(segments.get(n - 3)) && isMonth(segments.get(n - 2)) && isDay(last)) {
        segments.subList(n - 3, n).clear();
        changed = true;
      } else if (n > 2 && isMonth(segments.get(n - 2)) && isDay(last)) {
        segments.subList(n - 2, n).clear();
        changed = true;
      } else if (isCompactDate(last)) {
        segments.remove(n - 1);
        changed = true;
      }
    }
    return latest;
  }

  private static void stripToCore(List<String> segments) {
    if (segments.size() > 2 && ORG_WORDS.contains(segments.get(0))) {
      segments.remove(0);
    }
    if (!hasSize(segments)) {
      return;
    }
    while (segments.size() > 2 && NEUTRAL.contains(segments.get(segments.size() - 1))) {
      segments.remove(segments.size() - 1);
    }
  }

  /** Whether a segment states a parameter count, such as {@code 8b}, {@code 70b} or {@code 8x7b}. */
  private static boolean hasSize(List<String> segments) {
    for (String segment : segments) {
      int n = segment.length();
      if (n >= 2 && segment.charAt(n - 1) == 'b' && Character.isDigit(segment.charAt(n - 2))) {
        return true;
      }
    }
    return false;
  }

  /** {@code 20241022}, or a four-digit {@code MMDD} ({@code 0613}) or {@code YYMM} ({@code 2505}) snapshot. */
  private static boolean isCompactDate(String s) {
    if (s.length() == 8 && allDigits(s, 0, 8)) {
      return isYear(s.substring(0, 4)) && isMonth(s.substring(4, 6)) && isDay(s.substring(6, 8));
    }
    if (s.length() == 4 && allDigits(s, 0, 4)) {
      String a = s.substring(0, 2);
      String b = s.substring(2, 4);
      boolean monthDay = isMonth(a) && isDay(b);
      boolean yearMonth = a.compareTo("23") >= 0 && a.compareTo("29") <= 0 && isMonth(b);
      return monthDay || yearMonth;
    }
    return false;
  }

  private static boolean isYear(String s) {
    return s.length() == 4 && s.startsWith("20") && allDigits(s, 0, 4);
  }

  private static boolean isMonth(String s) {
    return s.length() == 2 && allDigits(s, 0, 2) && s.compareTo("01") >= 0 && s.compareTo("12") <= 0;
  }

  private static boolean isDay(String s) {
    return s.length() == 2 && allDigits(s, 0, 2) && s.compareTo("01") >= 0 && s.compareTo("31") <= 0;
  }

  private static boolean allDigits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /**
   * The core with its number-only segments kept in order and the other segments sorted, so
   * {@code claude-4-sonnet} and {@code claude-sonnet-4} meet while {@code claude-3-5} and {@code claude-5-3}
   * do not.
   */
  String reorderKey() {
    List<String> numbers = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String segment : core.split("-")) {
      (allDigits(segment, 0, segment.length()) ? numbers : words).add(segment);
    }
    words.sort(null);
    return String.join("-", numbers) + "|" + String.join("-", words);
  }

  /**
   * The runs of digits of the core, in order, e.g. {@code 3,1,70} for {@code llama-3.1-70b}; separators count
   * as boundaries, so {@code llama-3.1-70b} and {@code llama-31-70b} differ here.
   */
  String numberSignature() {
    return numberSignature(core);
  }

  static String numberSignature(String s) {
    StringBuilder out = new StringBuilder();
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (digit && !inRun && out.length() > 0) {
        out.append(',');
      }
      if (digit) {
        out.append(c);
      }
      inRun = digit;
    }
    return out.toString();
  }

  /** The runs of letters of the core, split at separators and at digits: {@code gpt, o, mini}. */
  List<String> words() {
    return words(core);
  }

  /** The runs of letters of a form, split at separators and at digits. */
  static List<String> words(String form) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= form.length(); i++) {
      boolean letter = i < form.length() && isLetter(form.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(form.substring(start, i));
        start = -1;
      }
    }
    return words;
  }
}
