package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Pure functions for making sense of model ids. The processor computes every lookup key with these same
 * functions at compile time, so build-time keys and run-time queries cannot drift apart.
 */
public final class Discovery {

  private Discovery() {}

  /**
   * The normalized form of a model id: lower case (each character, {@link Locale#ROOT}), trimmed, without any path
   * segment up to the last {@code /}, each run of separators replaced by one {@code -}, leading and trailing
   * {@code -} removed.
   * Letters and digits are kept, separators are every other character. {@code openai/gpt-oss-120b} becomes
   * {@code gpt-oss-120b}, {@code meta_llama/Llama_3.1_8B} becomes {@code llama-3-1-8b}. Ids are ASCII; a non-ASCII
   * letter in a query is kept as it is, so {@code gpt-4\u043e} (a Cyrillic o) is not read as {@code gpt-4}.
   * Null reads as the empty id.
   */
  public static String normalizeModelId(String id) {
    if (id == null) {
      // As the other functions here read null: as the empty id, which normalizes to nothing.
      return "";
    }
    // Lower-cased one character at a time rather than with String.toLowerCase: on JDK 17 that grows its result one
    // char at a time for chars whose lower case is longer, which is quadratic (minutes for a megabyte of them).
    // For ASCII the result is the same. In the root locale only U+0130 lower-cases to more than one char, "i" and
    // a combining dot, which separates like any other mark; a capital sigma is a sigma wherever it stands (the
    // string would make a final one). Trimming only removed chars that become separators anyway.
    int slash = id.lastIndexOf('/');
    StringBuilder out = new StringBuilder(id.length() - slash);
    boolean pendingDash = false;
    for (int i = slash + 1; i < id.length(); ) {
      // ASCII, the usual case, one char at a time; anything else by code point, so a letter outside the BMP is one.
      char first = id.charAt(i);
      int original = first < 0x80 ? first : id.codePointAt(i);
      int c = original < 0x80 ? (original >= 'A' && original <= 'Z' ? original + 32 : original)
          : Character.toLowerCase(original);
      i += original < 0x10000 ? 1 : 2;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 && Character.isLetterOrDigit(c)) {
        if (pendingDash && out.length() > 0) {
          out.append('-');
        }
        // U+0130: the combining dot after its "i" is a separator.
        pendingDash = original == '\u0130';
        if (c < 0x10000) {
          out.append((char) c);
        } else {
          out.appendCodePoint(c);
        }
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

  // ---------------------------------------------------------------------------------------------- discovery

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  /** Below this Jaro-Winkler similarity an id is not worth suggesting. */
  static final double MIN_SUGGESTION_SIMILARITY = 0.65;

  /**
   * The candidates that match the query, best first (by confidence, then id), each with the step that matched
   * it: {@link MatchStrategy#EXACT} (ignoring case, confidence 1), {@link MatchStrategy#NORMALIZED} (same
   * normalized id or compact key, 0.95), {@link MatchStrategy#SUBSTRING} (one compact key contains the other,
   * 0.6 to 0.9 by length ratio), {@link MatchStrategy#EDIT_DISTANCE} (1 minus the Levenshtein distance of the
   * normalized ids over the longer length). Candidates below the threshold are left out.
   *
   * <p>This compares the query with every candidate and applies no precision guard: {@code gpt-5} matches
   * {@code gpt-4} with confidence 0.8. It suits suggestions and small lists; {@link ModelRegistry#get} resolves
   * through an index and refuses such look-alikes.
   *
   * @throws IllegalArgumentException when the threshold is not between 0 and 1
   */
  public static List<MatchResult> fuzzyMatch(String query, Collection<String> candidates, double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold: is " + threshold + "; expected a value from 0 to 1");
    }
    if (query == null || candidates == null) {
      return List.of();
    }
    String trimmed = query.trim();
    String normalizedQuery = normalizeModelId(query);
    String compactQuery = normalizedQuery.replace("-", "");
    Map<String, MatchResult> best = new LinkedHashMap<>();
    for (String candidate : candidates) {
      if (candidate == null || best.containsKey(candidate)) {
        continue;
      }
      MatchResult result = matchOne(trimmed, normalizedQuery, compactQuery, candidate, threshold);
      if (result != null) {
        best.put(candidate, result);
      }
    }
    List<MatchResult> ranked = new ArrayList<>(best.values());
    ranked.sort(Comparator.comparingDouble(MatchResult::confidence).reversed()
        .thenComparing(MatchResult::modelId));
    return ranked;
  }

  private static MatchResult matchOne(String query, String normalizedQuery, String compactQuery, String candidate,
      double threshold) {
    String normalized = normalizeModelId(candidate);
    if (candidate.trim().equalsIgnoreCase(query)) {
      return new MatchResult(candidate, 1.0, MatchStrategy.EXACT, normalizedQuery, normalized);
    }
    if (normalizedQuery.isEmpty() || normalized.isEmpty()) {
      return null;
    }
    String compact = normalized.replace("-", "");
    double confidence;
    MatchStrategy strategy;
    if (normalized.equals(normalizedQuery) || compact.equals(compactQuery)) {
      confidence = 0.95;
      strategy = MatchStrategy.NORMALIZED;
    } else if (Math.min(compact.length(), compactQuery.length()) >= 3
        && (compact.contains(compactQuery) || compactQuery.contains(compact))) {
      confidence = 0.6 + 0.3 * Math.min(compact.length(), compactQuery.length())
          / Math.max(compact.length(), compactQuery.length());
      strategy = MatchStrategy.SUBSTRING;
    } else {
      int longer = Math.max(normalized.length(), normalizedQuery.length());
      int limit = (int) Math.floor((1 - threshold) * longer);
      int distance = new LevenshteinDistance(limit).apply(normalizedQuery, normalized);
      if (distance < 0) {
        return null;
      }
      confidence = 1.0 - (double) distance / longer;
      strategy = MatchStrategy.EDIT_DISTANCE;
    }
    return confidence >= threshold
        ? new MatchResult(candidate, confidence, strategy, normalizedQuery, normalized) : null;
  }

  /**
   * Up to {@code max} ids that look like the query, most similar first (Jaro-Winkler similarity of the compact
   * keys, with a small bonus for the same family word, e.g. {@code gpt}); ids below
   * {@value #MIN_SUGGESTION_SIMILARITY} are left out. For "did you mean" messages: it suggests look-alikes
   * ({@code gpt-4o} for {@code gpt-5-super}) that {@link ModelRegistry#get} would never resolve to.
   *
   * @throws IllegalArgumentException when {@code max} is negative
   */
  public static List<String> suggestSimilar(String query, Collection<String> ids, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max: is " + max + "; expected 0 or more");
    }
    if (query == null || ids == null || max == 0) {
      return List.of();
    }
    String compactQuery = compactKey(query);
    if (compactQuery.isEmpty()) {
      return List.of();
    }
    String family = firstWord(normalizeModelId(query));
    Map<String, Double> scores = new LinkedHashMap<>();
    for (String id : ids) {
      if (id != null && !scores.containsKey(id)) {
        double score = similarity(compactQuery, family, id);
        if (score >= MIN_SUGGESTION_SIMILARITY) {
          scores.put(id, score);
        }
      }
    }
    return scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The suggestion score of an id for a query given by its compact key and first word. */
  static double similarity(String compactQuery, String queryFamily, String id) {
    String normalized = normalizeModelId(id);
    double score = JARO_WINKLER.apply(compactQuery, normalized.replace("-", ""));
    return queryFamily.equals(firstWord(normalized)) ? Math.min(1.0, score + 0.05) : score;
  }

  static String firstWord(String normalized) {
    int end = 0;
    while (end < normalized.length() && Character.isLetter(normalized.charAt(end))) {
      end++;
    }
    return normalized.substring(0, end);
  }

  /**
   * What the id suggests about the model: {@code mixtral-8x7b-instruct} is MoE with estimated size
   * {@code 8x7b}, neither reasoning nor vision; {@code deepseek-r1} is reasoning; {@code text-embedding-3-small}
   * is an embedding model. Guesses from naming conventions, for defaults of unknown models.
   */
  public static ModelCharacteristics inferCharacteristics(String id) {
    return ModelIdInference.characteristics(id == null ? "" : id);
  }

  /**
   * The kind of model the id names: {@code text-embedding-3-small} is {@link ModelCategory#EMBEDDING},
   * {@code deepseek-ai/DeepSeek-R1} {@link ModelCategory#REASONING}, {@code gpt-4o} {@link ModelCategory#CHAT}.
   */
  public static ModelCategory categorize(String id) {
    return ModelIdInference.category(id == null ? "" : id);
  }

  /**
   * The parts of a fine-tuned id: {@code ft:base:org::job} ({@code ft:gpt-4o-mini:acme::abc123}), or OpenAI's
   * {@code ft:base:org:suffix:job}. The base may contain {@code /} and {@code :}
   * ({@code ft:meta-llama/Llama-3.1-8B:acme::j1}); the organization and job are read from the right. Empty when
   * the id does not start with {@code ft:} or a part is missing.
   */
  public static Optional<FineTunedId> parseFineTuned(String id) {
    if (id == null || !id.regionMatches(true, 0, "ft:", 0, 3)) {
      return Optional.empty();
    }
    String rest = id.substring(3);
    String base;
    String organization;
    String suffix = null;
    String job;
    int doubleColon = rest.lastIndexOf("::");
    if (doubleColon >= 0) {
      job = rest.substring(doubleColon + 2);
      String head = rest.substring(0, doubleColon);
      int colon = head.lastIndexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      base = head.substring(0, colon);
      organization = head.substring(colon + 1);
    } else {
      String[] parts = rest.split(":", -1);
      if (parts.length < 3) {
        return Optional.empty();
      }
      int tail = parts.length >= 4 ? 3 : 2;
      job = parts[parts.length - 1];
      organization = parts[parts.length - tail];
      suffix = tail == 3 ? parts[parts.length - 2] : null;
      base = String.join(":", java.util.Arrays.copyOf(parts, parts.length - tail));
    }
    if (base.isBlank() || organization.isBlank() || job.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new FineTunedId(base, organization,
        suffix == null || suffix.isBlank() ? Optional.empty() : Optional.of(suffix), job));
  }
}
