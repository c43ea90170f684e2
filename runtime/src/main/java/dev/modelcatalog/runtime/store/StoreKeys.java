package dev.modelcatalog.runtime.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The layout of a store and the encoding of ids into keys.
 *
 * <pre>
 * platforms/{platform}.json
 * providers/{provider}.json
 * models/by-provider/{provider}/{model}.json
 * routes/by-model/{model}/{route}.json
 * metadata/index.json          derived: every object's key and tag, read first by replicas
 * metadata/capabilities.json   derived: capability to the ids of stored models
 * metadata/pricing.json        derived: prices of stored models
 * </pre>
 *
 * <p>An id is never used raw: each id becomes one key segment in which every byte of its UTF-8 form outside
 * {@code [A-Za-z0-9._-]} is percent-encoded ({@code openai/gpt-4o} becomes {@code openai%2Fgpt-4o},
 * {@code ft:gpt-4o:acme::1} becomes {@code ft%3Agpt-4o%3Aacme%3A%3A1}), and the segments {@code .} and {@code ..}
 * are written {@code %2E} and {@code %2E%2E}, so no id can add a level, climb out of its folder or collide with
 * another id. Decoding gives the id back exactly.
 */
public final class StoreKeys {

  private StoreKeys() {}

  /** Longest encoded segment accepted: S3 keys may hold 1,024 bytes and file names 255. */
  public static final int MAX_SEGMENT_LENGTH = 200;

  public static final String MODELS = "models/by-provider/";
  public static final String ROUTES = "routes/by-model/";
  public static final String PLATFORMS = "platforms/";
  public static final String PROVIDERS = "providers/";
  public static final String INDEX = "metadata/index.json";
  public static final String CAPABILITIES = "metadata/capabilities.json";
  public static final String PRICING = "metadata/pricing.json";

  private static final String SUFFIX = ".json";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The key of a model's object. */
  public static String model(String provider, String modelId) {
    return MODELS + segment(provider, "provider") + "/" + segment(modelId, "id") + SUFFIX;
  }

  /** The key of a route's object. */
  public static String route(String modelId, String routeId) {
    return ROUTES + segment(modelId, "model") + "/" + segment(routeId, "route") + SUFFIX;
  }

  /** The key of a platform's object. */
  public static String platform(String platformId) {
    return PLATFORMS + segment(platformId, "platform") + SUFFIX;
  }

  /** The key of a provider's object. */
  public static String provider(String providerId) {
    return PROVIDERS + segment(providerId, "provider") + SUFFIX;
  }

  /**
   * One key segment for an id.
   *
   * @param field named in the error
   * @throws IllegalArgumentException naming the field when the id is empty or encodes to more than
   *     {@value #MAX_SEGMENT_LENGTH} characters
   */
  public static String segment(String id, String field) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException(field + ": an empty id has no key");
    }
    if (id.equals(".") || id.equals("..")) {
      return id.equals(".") ? "%2E" : "%2E%2E";
    }
    StringBuilder out = new StringBuilder(id.length() + 8);
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isPlain(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    if (out.length() > MAX_SEGMENT_LENGTH) {
      throw new IllegalArgumentException(field + ": '" + abbreviate(id) + "' is too long for a store key ("
          + out.length() + " characters encoded, at most " + MAX_SEGMENT_LENGTH + ")");
    }
    return out.toString();
  }

  /**
   * The id a segment encodes; empty when the segment is not one {@link #segment} could have written (a raw
   * {@code /}, a stray {@code %}, lower-case hex), so keys written by hand are never misread.
   */
  public static Optional<String> decodeSegment(String segment) {
    if (segment.isEmpty()) {
      return Optional.empty();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%' && i + 2 < segment.length()) {
        int hi = hex(segment.charAt(i + 1));
        int lo = hex(segment.charAt(i + 2));
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else if (c < 0x80 && isPlain(c)) {
        bytes.write(c);
      } else {
        return Optional.empty();
      }
    }
    String id = bytes.toString(StandardCharsets.UTF_8);
    return segment(id).equals(segment) ? Optional.of(id) : Optional.empty();
  }

  private static String segment(String id) {
    try {
      return segment(id, "id");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The model id of a model key ({@code models/by-provider/p/m.json}); empty for any other key. */
  public static Optional<String> modelIdOf(String key) {
    return lastSegment(key, MODELS, 2);
  }

  /** The platform id of a platform key; empty for any other key. */
  public static Optional<String> platformIdOf(String key) {
    return lastSegment(key, PLATFORMS, 1);
  }

  /** Whether the key is a route key ({@code routes/by-model/m/r.json}). */
  public static boolean isRoute(String key) {
    return lastSegment(key, ROUTES, 2).isPresent();
  }

  private static Optional<String> lastSegment(String key, String prefix, int segments) {
    if (!key.startsWith(prefix) || !key.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String[] parts = key.substring(prefix.length(), key.length() - SUFFIX.length()).split("/", -1);
    if (parts.length != segments) {
      return Optional.empty();
    }
    for (String part : parts) {
      if (decodeSegment(part).isEmpty()) {
        return Optional.empty();
      }
    }
    return decodeSegment(parts[parts.length - 1]);
  }

  private static boolean isPlain(int c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
        || c == '-';
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  private static String abbreviate(String id) {
    return id.length() <= 40 ? id : id.substring(0, 40) + "...";
  }
}
