package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes written in model ids ({@code 7b}, {@code 70b}, {@code 360m}, {@code 128k}) as identity: the steps that
 * compare ids without their separators ({@code qwen257b}) would otherwise let {@code Qwen2-57B} find
 * {@code Qwen2.5-7B}, or {@code llama-3-18b} find {@code llama-3.1-8b}. A size the query states as a token of its
 * own (after a separator or at the start, {@code -57b}) must be a size of the model's name as well.
 *
 * <p>Read on normalized forms ({@link Discovery#normalizeModelId}), where {@code 1.1b} is {@code 1-1b}: a size is
 * the run of digits right before the unit, so {@code 1-1b} states {@code 1b} and {@code 11b} states {@code 11b}.
 * Sizes glued to letters ({@code a3b} in {@code qwen3-30b-a3b}, {@code 8x7b}) are sizes of a name, but a query
 * writing one that way states none: {@code llama318b} is a spelling without separators, not a size of 318b.
 */
final class SizeTokens {

  private SizeTokens() {}

  /** Whether every size the query states is a size of the name (both ids or aliases as written). */
  static boolean agree(String query, String name) {
    return agree(query, List.of(name));
  }

  /** Whether every size the query states is a size of the model's id or of one of its aliases. */
  static boolean agree(String query, ModelDefinition model) {
    List<String> names = new ArrayList<>(model.aliases());
    names.add(0, model.id());
    return agree(query, names);
  }

  private static boolean agree(String query, List<String> names) {
    if (!mayStateASize(query)) {
      // The usual compact hit (gpt4o, GPT35TURBO): no digit before a unit, so nothing to normalize or compare.
      return true;
    }
    List<String> stated = sizes(Discovery.normalizeModelId(query), true);
    for (String name : names) {
      if (stated.isEmpty() || sizes(Discovery.normalizeModelId(name), false).containsAll(stated)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #agree(String, String)} for two normalized forms. */
  static boolean agreeForms(String queryForm, String nameForm) {
    List<String> stated = sizes(queryForm, true);
    return stated.isEmpty() || sizes(nameForm, false).containsAll(stated);
  }

  /** Whether a digit is followed by a unit letter anywhere: a cheap test that {@link #sizes} might find one. */
  private static boolean mayStateASize(String query) {
    for (int i = 1, n = query.length(); i < n; i++) {
      if ("bBmMkK".indexOf(query.charAt(i)) >= 0 && isDigit(query.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sizes of a normalized form: a run of digits followed by {@code b}, {@code m} or {@code k} that ends its
   * token. With {@code statedOnly}, only those whose digits start a token.
   */
  static List<String> sizes(String form, boolean statedOnly) {
    List<String> sizes = new ArrayList<>(2);
    int n = form.length();
    for (int i = 0; i < n; i++) {
      if (!isDigit(form.charAt(i)) || i > 0 && isDigit(form.charAt(i - 1))) {
        continue;
      }
      int end = i;
      while (end < n && isDigit(form.charAt(end))) {
        end++;
      }
      boolean unit = end < n && "bmk".indexOf(form.charAt(end)) >= 0 && (end + 1 == n || form.charAt(end + 1) == '-');
      boolean startsToken = i == 0 || form.charAt(i - 1) == '-';
      if (unit && (startsToken || !statedOnly)) {
        sizes.add(form.substring(i, end + 1));
      }
    }
    return sizes;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
