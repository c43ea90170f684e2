package dev.modelcatalog.examples.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Percent-decoding of the request's path and query, done here rather than by Undertow so that bytes that are not
 * UTF-8 are a 400 in the API's error shape. Undertow's decoding turns them ({@code %c3%28}, an overlong {@code %c0%ae})
 * into replacement characters, which then read as an unknown model and are echoed back as such; here they are
 * refused, saying where: an id is never guessed from broken bytes. (A malformed escape such as {@code %zz} never gets
 * here: Undertow's request parser refuses the request line with an empty 400 first. The check below stands for any
 * other caller.)
 *
 * <p>Text without {@code %} (and, in a query, without {@code +}) is returned as it is, with no copy: a client's
 * everyday {@code /v1/models/gpt-4o} costs a scan.
 */
final class UrlDecoding {

  private UrlDecoding() {}

  /** The decoded path; {@code %2F} is a slash, as ids with a slash need. {@code +} stays a plus. */
  static String path(String raw) {
    return decode(raw, false, null, "the path");
  }

  /** A decoded query parameter's name; {@code +} is a space, as in a form. */
  static String queryName(String raw) {
    return decode(raw, true, null, "a query parameter's name");
  }

  /** A decoded value of the query parameter {@code param}; {@code +} is a space, as in a form. */
  static String queryValue(String raw, String param) {
    return decode(raw, true, param, "the value of " + param);
  }

  /** Whether {@link #queryName} and {@link #queryValue} return every part of this query string as it is. */
  static boolean queryIsPlain(String rawQuery) {
    return rawQuery == null || rawQuery.indexOf('%') < 0 && rawQuery.indexOf('+') < 0;
  }

  private static String decode(String raw, boolean plusIsSpace, String param, String what) {
    if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    byte[] bytes = null;
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '%') {
        out.append(plusIsSpace && c == '+' ? ' ' : c);
        i++;
        continue;
      }
      // A run of escapes is one byte sequence: a character of several UTF-8 bytes spans several escapes.
      if (bytes == null) {
        bytes = new byte[raw.length() / 3];
      }
      int start = i;
      int count = 0;
      while (i < raw.length() && raw.charAt(i) == '%') {
        if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1))
            || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
          throw invalid(param, what + " has a malformed percent-escape at character " + (i + 1) + ": '"
              + ApiError.clip(raw.substring(i, Math.min(i + 3, raw.length()))) + "' (expected % and two hex digits)");
        }
        bytes[count++] = (byte) (HexFormat.fromHexDigit(raw.charAt(i + 1)) << 4
            | HexFormat.fromHexDigit(raw.charAt(i + 2)));
        i += 3;
      }
      try {
        out.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, count)));
      } catch (CharacterCodingException e) {
        throw invalid(param, what + " is not UTF-8: the escapes at character " + (start + 1) + " ('"
            + ApiError.clip(raw.substring(start, i), 36) + "') do not spell a character");
      }
    }
    return out.toString();
  }

  private static ApiError invalid(String param, String message) {
    return ApiError.invalid(param, "invalid_url_encoding", message);
  }
}
