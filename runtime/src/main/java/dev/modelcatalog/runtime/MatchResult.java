package dev.modelcatalog.runtime;

/**
 * How a query matched a model.
 *
 * @param modelId the id of the matched model (for a fine-tuned query, the fine-tuned id itself)
 * @param confidence from 0 (a guess) to 1 (certain)
 * @param strategy the step that found the match
 * @param normalizedQuery {@link Discovery#normalizeModelId} of the query
 * @param normalizedMatch {@link Discovery#normalizeModelId} of the key that matched (the id or an alias)
 */
public record MatchResult(
    String modelId, double confidence, MatchStrategy strategy, String normalizedQuery, String normalizedMatch) {

  public MatchResult {
    if (modelId == null || strategy == null) {
      throw new IllegalArgumentException("modelId and strategy are required");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence: is " + confidence + "; expected a value from 0 to 1");
    }
  }
}
