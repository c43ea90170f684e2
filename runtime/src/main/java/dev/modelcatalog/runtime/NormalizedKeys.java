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

  /** Whether the normalized (or compact) form of an ASCII string equals {@code key}. */
  static boolean matches(String raw, boolean compact, String key) {
    return matches(raw, raw.lastIndexOf('/') + 1, compact, key);
  }

  /** As {@link #matches(String, boolean, String)}, with the start ({@link #startOf}) already found. */
  static boolean matches(String raw, int start, boolean compact, String key) {
    if (!compact && raw.length() - start == key.length() && sameWithDashes(raw, start, key)) {
      return true;
    }
    int k = 0;
    int keyLength = key.length();
    boolean started = false;
    boolean pendingDash = false;
    for (int i = start, n = raw.length(); i < n; i++) {
      int token = TOKEN[raw.charAt(i) & 0x7f]; // ASCII input only: the caller checked
      if (token != 0) {
        if (pendingDash) {
          if (k >= keyLength || key.charAt(k++) != '-') {
            return false;
          }
          pendingDash = false;
        }
        if (k >= keyLength || key.charAt(k++) != token) {
          return false;
        }
        started = true;
      } else {
        pendingDash = started && !compact;
      }
    }
    return k == keyLength;
  }

  /**
   * Whether {@code raw} from {@code start}, with every separator read as a dash, is {@code key}: the usual shape of
   * a normalized hit ({@code GPT_4O}, {@code Llama-3.1-8B}), where each separator stands alone between tokens. A
   * loop without branches on the characters; when it says no, {@link #matches} walks the general way.
   */
  private static boolean sameWithDashes(String raw, int start, String key) {
    int diff = 0;
    for (int i = start, n = raw.length(); i < n; i++) {
      diff |= AS_DASHED[raw.charAt(i) & 0x7f] ^ key.charAt(i - start);
    }
    return diff == 0;
  }
}
