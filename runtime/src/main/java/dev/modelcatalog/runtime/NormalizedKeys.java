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

  /** Returned by {@link #asciiHash} for a string with a non-ASCII character. */
  static final long NOT_ASCII = Long.MIN_VALUE;

  /** Where the normalized form starts: after the last {@code /}. */
  static int start(String raw) {
    return raw.lastIndexOf('/') + 1;
  }

  /**
   * What each ASCII character becomes in a normalized id: letters lower-cased, digits as they are, and 0 for a
   * separator. One table read per character instead of range checks keeps the loops short.
   */
  private static final byte[] TOKEN = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      TOKEN[c] = (byte) c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      TOKEN[c] = (byte) c;
      TOKEN[c - 32] = (byte) c;
    }
  }

  /**
   * {@link #hash} from {@code start}, checking on the way that the whole string is ASCII: the hash widened to
   * long, or {@link #NOT_ASCII} (which no int widens to).
   */
  static long asciiHash(String raw, int start, boolean compact) {
    for (int i = 0; i < start; i++) {
      if (raw.charAt(i) >= 0x80) {
        return NOT_ASCII;
      }
    }
    int h = 0;
    boolean started = false;
    boolean pendingDash = false;
    for (int i = start, n = raw.length(); i < n; i++) {
      char c = raw.charAt(i);
      if (c >= 0x80) {
        return NOT_ASCII;
      }
      int token = TOKEN[c];
      if (token != 0) {
        // A run of separators between tokens is one dash: 31 * (31 * h + '-') + token, in one step.
        h = pendingDash ? 961 * h + 31 * '-' + token : 31 * h + token;
        started = true;
        pendingDash = false;
      } else {
        pendingDash = started && !compact;
      }
    }
    return h;
  }

  /** The hash of the normalized (or, when {@code compact}, the compact) form of an ASCII string. */
  static int hash(String raw, boolean compact) {
    return (int) asciiHash(raw, start(raw), compact);
  }

  /** Whether the normalized (or compact) form of an ASCII string equals {@code key}. */
  static boolean matches(String raw, boolean compact, String key) {
    return matches(raw, start(raw), compact, key);
  }

  /** As {@link #matches(String, boolean, String)}, with the {@link #start} already found. */
  static boolean matches(String raw, int start, boolean compact, String key) {
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
}
