package dev.modelcatalog.runtime;

import java.util.Locale;

/**
 * Pure functions for making sense of model ids. The processor computes every lookup key with these same
 * functions at compile time, so build-time keys and run-time queries cannot drift apart.
 */
public final class Discovery {

  private Discovery() {}

  /**
   * The normalized form of a model id: lower case ({@link Locale#ROOT}), trimmed, without any path segment up to
   * the last {@code /}, each run of characters other than {@code a-z} and {@code 0-9} replaced by one {@code -},
   * leading and trailing {@code -} removed. {@code openai/gpt-oss-120b} becomes {@code gpt-oss-120b},
   * {@code meta_llama/Llama_3.1_8B} becomes {@code llama-3-1-8b}.
   */
  public static String normalizeModelId(String id) {
    String lower = id.toLowerCase(Locale.ROOT).trim();
    int slash = lower.lastIndexOf('/');
    StringBuilder out = new StringBuilder(lower.length() - slash);
    boolean pendingDash = false;
    for (int i = slash + 1; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingDash && out.length() > 0) {
          out.append('-');
        }
        pendingDash = false;
        out.append(c);
      } else {
        pendingDash = true;
      }
    }
    return out.toString();
  }

  /**
   * The normalized id without separators, so {@code gpt4o}, {@code gpt-4o} and {@code GPT_4o} meet.
   * {@code llama-3-1-8b} becomes {@code llama318b}.
   */
  public static String compactKey(String id) {
    return normalizeModelId(id).replace("-", "");
  }
}
