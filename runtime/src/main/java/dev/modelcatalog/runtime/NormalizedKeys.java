package dev.modelcatalog.runtime;

/**
 * {@link Discovery#normalizeModelId} and {@link Discovery#compactKey} computed on the fly, without building
 * the normalized string: the hash a normalized string would have ({@link String#hashCode()} is specified, so
 * the hash of a key the processor wrote is the hash computed here) and a character-by-character comparison.
 * This is what makes a normalized hit allocation-free.
 *
 * <p>Only pure-ASCII input takes this path. Lower-casing non-ASCII text can yield ASCII letters (the Kelvin sign
 * becomes {@code k}), so such input goes through {@link Discovery} and pays for one string.
 */
final class NormalizedKeys {

  private NormalizedKeys() {}

  /** Returned by {@link #scan} for a string with a non-ASCII character. */
  static final long NOT_ASCII = Long.MIN_VALUE;

  /**
   * What each ASCII character becomes in a normalized id: letters lower-cased, digits as they are, 0 for a
   * separator and {@link #SLASH} for {@code /}. One table read per character instead of range checks keeps the
   * loops short.
   */
  private static final byte[] TOKEN = new byte[128];

  /** {@link #TOKEN}'s mark for {@code /}: the normalized form starts after the last one. */
  private static final byte SLASH = -1;

  /** {@link #TOKEN}, with every separator as a dash. */
  private static final byte[] AS_DASHED = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      TOKEN[c] = (byte) c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      TOKEN[c] = (byte) c;
      TOKEN[c - 32] = (byte) c;
    }
    for (int c = 0; c < 128; c++) {
      AS_DASHED[c] = TOKEN[c] != 0 ? TOKEN[c] : (byte) '-';
    }
    TOKEN['/'] = SLASH;
  }

  /**
   * One walk over {@code raw} that finds where its normalized form starts (after the last {@code /}) and the hash
   * of that form (or, when {@code compact}, of the compact form), checking on the way that the whole string is
   * ASCII: both packed in a long ({@link #startOf}, {@link #hashOf}), or {@link #NOT_ASCII}.
   */
  static long scan(String raw, boolean compact) {
    int seen = 0;
    int start = 0;
    int h = 0;
    boolean started = false;
    boolean pendingDash = false;
    for (int i = 0, n = raw.length(); i < n; i++) {
      char c = raw.charAt(i);
      // Non-ASCII input is rare: collect the bits and decide once, after the loop, instead of branching per char.
      seen |= c;
      int token = TOKEN[c & 0x7f];
      if (token > 0) {
        // A run of separators between tokens is one dash: 31 * (31 * h + '-') + token, in one step.
        h = pendingDash ? 961 * h + 31 * '-' + token : 31 * h + token;
        started = true;
        pendingDash = false;
      } else if (token == 0) {
        pendingDash = started && !compact;
      } else {
        // A slash: what came before is an organisation or route prefix, and the normalized form starts after it.
        start = i + 1;
        h = 0;
        started = false;
        pendingDash = false;
      }
    }
    // start is never negative, so a packed result never equals NOT_ASCII.
    return seen >= 0x80 ? NOT_ASCII : ((long) start << 32) | (h & 0xFFFFFFFFL);
  }

  /** Where the normalized form starts, from a {@link #scan} result. */
  static int startOf(long scanned) {
    return (int) (scanned >>> 32);
  }

  /** The hash of the normalized (or compact) form, from a {@link #scan} result. */
  static int hashOf(long scanned) {
    return (int) scanned;
  }

  /** The hash of the normalized (or, when {@code compact}, the compact) form of an ASCII string. */
  static int hash(String raw, boolean compact) {
    return hashOf(scan(raw, compact));
  }

  /**
   * The hash of the normalized (or, when {@code compact}, the compact) form of any string: the {@link
   * String#hashCode()} of that form, computed without building it for ASCII input.
   */
  static int formHash(String key, boolean compact) {
    long scanned = scan(key, compact);
    return scanned != NOT_ASCII ? hashOf(scanned) : form(key, compact).hashCode();
  }

  /** The normalized (or compact) form as a string: {@link Discovery}'s. */
  static String form(String key, boolean compact) {
    return compact ? Discovery.compactKey(key) : Discovery.normalizeModelId(key);
  }

  /** Whether the string has only ASCII characters. */
  static boolean isAscii(String key) {
    int seen = 0;
    for (int i = 0, n = key.length(); i < n; i++) {
      seen |= key.charAt(i);
    }
    return seen < 0x80;
  }

  /**
   * Whether the normalized (or compact) forms of two ASCII strings are equal: a query, and a stored key, which is
   * an id or alias standing for its form, or a form itself.
   */
  static boolean matches(String raw, boolean compact, String key) {
    return matches(raw, raw.lastIndexOf('/') + 1, compact, key);
  }

  /** As {@link #matches(String, boolean, String)}, with the query's start ({@link #startOf}) already found. */
  static boolean matches(String raw, int start, boolean compact, String key) {
    // The usual normalized hit: the key is the form itself (generated catalogs feed normalized keys as forms), and
    // the query is that form with other separators and case. One table read a character; the rest is a call of its
    // own, so that this stays small enough to inline into the probe.
    return raw.length() - start == key.length() && sameAsForm(raw, start, key)
        || matchesName(raw, start, compact, key);
  }

  /** {@link #matches} for a key that is not the query's form read character for character: an id or alias. */
  private static boolean matchesName(String raw, int start, boolean compact, String key) {
    // The key ends with as many characters as the query has past its start, right after a slash or from the key's
    // own start (the usual shape): aligning the two at their ends spares finding the key's last slash.
    int length = raw.length() - start;
    int keyStart = key.length() - length;
    if (keyStart >= 0 && (keyStart == 0 || key.charAt(keyStart - 1) == '/')
        && sameWithDashes(raw, start, key, keyStart)) {
      return true;
    }
    return sameForm(raw, start, key, key.lastIndexOf('/') + 1, compact);
  }

  /**
   * Whether {@code raw} from {@code start}, with every separator read as a dash, is {@code key}, character for
   * character. Then {@code key} holds only lower-case letters, digits and dashes, and has the form of {@code raw}
   * (the form depends only on that reading), whichever kind of key it is.
   */
  private static boolean sameAsForm(String raw, int start, String key) {
    int diff = 0;
    for (int i = start, n = raw.length(); i < n; i++) {
      diff |= AS_DASHED[raw.charAt(i) & 0x7f] ^ key.charAt(i - start);
    }
    return diff == 0;
  }

  /**
   * {@link #AS_DASHED} for a stored key, whose slashes must not pass for separators: a slash in the compared part
   * means that part is not the key's form.
   */
  private static final byte[] KEY_AS_DASHED = new byte[128];

  static {
    System.arraycopy(AS_DASHED, 0, KEY_AS_DASHED, 0, 128);
    KEY_AS_DASHED['/'] = -1;
  }

  /**
   * Whether {@code raw} from {@code start} and {@code key} from {@code keyStart}, each read with every separator as
   * a dash, are the same: then the two have the same tokens up to case with separators in the same places, so the
   * same normalized and compact forms. This is the usual shape of a hit ({@code GPT_4O} against {@code gpt-4o}, or
   * {@code Llama-3.1-8B} against {@code llama-3.1-8b}); a loop without branches on the characters. When it says no,
   * {@link #sameForm} walks the general way.
   */
  private static boolean sameWithDashes(String raw, int start, String key, int keyStart) {
    int diff = 0;
    for (int i = start, j = keyStart, n = raw.length(); i < n; i++, j++) {
      diff |= AS_DASHED[raw.charAt(i) & 0x7f] ^ KEY_AS_DASHED[key.charAt(j) & 0x7f];
    }
    return diff == 0;
  }

  /**
   * Whether two ASCII strings, from their starts (after their last slash), have the same normalized (or compact)
   * form, walked token character by token character: the characters must match up to case and, for the normalized
   * form, a run of separators between two tokens must stand in both at the same place (leading and trailing runs
   * count for nothing).
   */
  private static boolean sameForm(String a, int i, String b, int j, boolean compact) {
    int n = a.length();
    int m = b.length();
    i = nextToken(a, i);
    j = nextToken(b, j);
    while (i < n && j < m) {
      if (TOKEN[a.charAt(i) & 0x7f] != TOKEN[b.charAt(j) & 0x7f]) {
        return false;
      }
      int nextI = nextToken(a, i + 1);
      int nextJ = nextToken(b, j + 1);
      // A separator run before the next token (not at the end) is a dash in the normalized form.
      if (!compact && (nextI > i + 1 && nextI < n) != (nextJ > j + 1 && nextJ < m)) {
        return false;
      }
      i = nextI;
      j = nextJ;
    }
    return i >= n && j >= m;
  }

  /** The index of the first token character (letter or digit) of {@code s} at or after {@code i}, or its length. */
  private static int nextToken(String s, int i) {
    int n = s.length();
    while (i < n && TOKEN[s.charAt(i) & 0x7f] <= 0) {
      i++;
    }
    return i;
  }
}
