package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A matcher that learns which model a query means from matches the application confirmed. Thread-safe: any
 * number of threads may match and record at once.
 *
 * <p>Queries are keyed by their compact key ({@link Discovery#compactKey}), so {@code GPT4}, {@code gpt-4} and
 * {@code GPT_4} share what was learned. Each
 * (query, model) pair keeps a net count: {@link #recordSuccess} adds one, {@link #recordFailure} takes one away
 * and forgets the pair at zero. {@link #learned} is the model with the highest positive count. Memory is
 * bounded: once {@link #maxQueries()} distinct queries are known, new queries are not learned (known ones still
 * are), and a query keeps at most {@link #MAX_MODELS_PER_QUERY} models, so clients sending random names cannot
 * grow it without limit.
 *
 * <pre>{@code
 * ModelMatcher matcher = new ModelMatcher();
 * matcher.recordSuccess("gpt4", "gpt-4");
 * matcher.match("GPT4", ids);          // LEARNED gpt-4, when gpt-4 is among the ids
 * matcher.popularMatches(10);          // [PopularMatch[query=gpt4, modelId=gpt-4, count=1]]
 * }</pre>
 */
public final class ModelMatcher {

  /** Distinct queries a matcher learns by default. */
  public static final int DEFAULT_MAX_QUERIES = 10_000;
  /** Confidence below which {@link #match} does not take a fuzzy candidate. */
  public static final double DEFAULT_THRESHOLD = 0.6;

  /** A learned match and how many more times it was confirmed than refuted. */
  public record PopularMatch(String query, String modelId, long count) {}

  /**
   * The most models one query keeps counts for: {@value}. With {@link #maxQueries()} this bounds memory whatever
   * a client records; a query confirmed for this many different models has no clear answer anyway.
   */
  public static final int MAX_MODELS_PER_QUERY = 16;

  private final int maxQueries;
  private final Map<String, Map<String, AtomicLong>> counts = new ConcurrentHashMap<>();

  /** A matcher that learns up to {@link #DEFAULT_MAX_QUERIES} queries. */
  public ModelMatcher() {
    this(DEFAULT_MAX_QUERIES);
  }

  /**
   * A matcher that learns up to this many distinct queries.
   *
   * @throws IllegalArgumentException when {@code maxQueries} is below 1
   */
  public ModelMatcher(int maxQueries) {
    if (maxQueries < 1) {
      throw new IllegalArgumentException("maxQueries: is " + maxQueries + "; expected at least 1");
    }
    this.maxQueries = maxQueries;
  }

  public int maxQueries() {
    return maxQueries;
  }

  /** Number of distinct queries with something learned. */
  public int size() {
    return counts.size();
  }

  /**
   * The best match among the candidates: the learned model when it is one of them ({@link
   * MatchStrategy#LEARNED}), else the best of {@link Discovery#fuzzyMatch} at {@link #DEFAULT_THRESHOLD}.
   * Matching does not learn; confirm a match with {@link #recordSuccess}.
   */
  public Optional<MatchResult> match(String query, Collection<String> candidates) {
    if (query == null || candidates == null) {
      return Optional.empty();
    }
    String key = Discovery.compactKey(query);
    Map<String, AtomicLong> known = counts.get(key);
    if (known != null) {
      Map.Entry<String, Long> best = best(known);
      if (best != null && candidates.contains(best.getKey())) {
        return Optional.of(learnedResult(query, best));
      }
    }
    List<MatchResult> fuzzy = Discovery.fuzzyMatch(query, candidates, DEFAULT_THRESHOLD);
    return fuzzy.isEmpty() ? Optional.empty() : Optional.of(fuzzy.get(0));
  }

  /** The learned match for the query, if any: strategy {@link MatchStrategy#LEARNED}. */
  public Optional<MatchResult> learned(String query) {
    if (query == null) {
      return Optional.empty();
    }
    String key = Discovery.compactKey(query);
    Map<String, AtomicLong> known = counts.get(key);
    Map.Entry<String, Long> best = known == null ? null : best(known);
    return best == null ? Optional.empty() : Optional.of(learnedResult(query, best));
  }

  private static MatchResult learnedResult(String query, Map.Entry<String, Long> best) {
    double confidence = Math.min(0.99, 0.8 + 0.02 * best.getValue());
    return new MatchResult(best.getKey(), confidence, MatchStrategy.LEARNED, Discovery.normalizeModelId(query),
        Discovery.normalizeModelId(best.getKey()));
  }

  /** The model with the highest positive count; ties go to the smaller id, so the answer is stable. */
  private static Map.Entry<String, Long> best(Map<String, AtomicLong> known) {
    String bestId = null;
    long bestCount = 0;
    for (Map.Entry<String, AtomicLong> entry : known.entrySet()) {
      long count = entry.getValue().get();
      if (count > bestCount || count == bestCount && count > 0 && entry.getKey().compareTo(bestId) < 0) {
        bestId = entry.getKey();
        bestCount = count;
      }
    }
    return bestId == null ? null : Map.entry(bestId, bestCount);
  }

  /**
   * Confirms that the query meant this model.
   *
   * @return false when the query was not learned because the matcher is full, the query already has
   *     {@link #MAX_MODELS_PER_QUERY} models, or the query normalizes to nothing
   */
  public boolean recordSuccess(String query, String modelId) {
    String key = key(query, modelId);
    if (key.isEmpty() || !counts.containsKey(key) && counts.size() >= maxQueries) {
      return false;
    }
    boolean[] learned = {true};
    // One compute per query key, so a concurrent recordFailure cannot drop the map between lookup and update.
    counts.compute(key, (k, models) -> {
      Map<String, AtomicLong> updated = models == null ? new ConcurrentHashMap<>() : models;
      AtomicLong count = updated.get(modelId);
      if (count == null && updated.size() >= MAX_MODELS_PER_QUERY) {
        learned[0] = false;
      } else {
        updated.computeIfAbsent(modelId, m -> new AtomicLong()).incrementAndGet();
      }
      return updated;
    });
    return learned[0];
  }


  /** Records that the query did not mean this model; a pair whose count reaches zero is forgotten. */
  public void recordFailure(String query, String modelId) {
    String key = key(query, modelId);
    counts.computeIfPresent(key, (k, models) -> {
      models.computeIfPresent(modelId, (m, count) -> count.decrementAndGet() <= 0 ? null : count);
      return models.isEmpty() ? null : models;
    });
  }

  private static String key(String query, String modelId) {
    if (query == null || modelId == null) {
      throw new IllegalArgumentException("query and modelId are required");
    }
    return Discovery.compactKey(query);
  }

  /** The most confirmed (query, model) pairs, highest count first, then by query and model id. */
  public List<PopularMatch> popularMatches(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit: is " + limit + "; expected 0 or more");
    }
    List<PopularMatch> all = new ArrayList<>();
    counts.forEach((query, models) -> models.forEach((model, count) -> {
      long c = count.get();
      if (c > 0) {
        all.add(new PopularMatch(query, model, c));
      }
    }));
    all.sort(Comparator.comparingLong(PopularMatch::count).reversed()
        .thenComparing(PopularMatch::query).thenComparing(PopularMatch::modelId));
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  /** Forgets everything learned. */
  public void clear() {
    counts.clear();
  }
}
