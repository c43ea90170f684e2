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
    for (int i = start; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x80) {
        return NOT_ASCII;
      }
      c = lower(c);
      if (isToken(c)) {
        if (pendingDash && started && !compact) {
          h = 31 * h + '-';
        }
        h = 31 * h + c;
        started = true;
        pendingDash = false;
      } else {
        pendingDash = true;
      }
    }
    return h;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean isToken(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
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
    for (int i = start; i < raw.length(); i++) {
      char c = lower(raw.charAt(i));
      if (isToken(c)) {
        if (pendingDash && started && !compact) {
          if (k >= keyLength || key.charAt(k++) != '-') {
            return false;
          }
        }
        if (k >= keyLength || key.charAt(k++) != c) {
          return false;
        }
        started = true;
        pendingDash = false;
      } else {
        pendingDash = true;
      }
    }
    return k == keyLength;
  }
}
