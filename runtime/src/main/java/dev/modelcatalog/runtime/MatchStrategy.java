package dev.modelcatalog.runtime;

/**
 * How a query was matched to a model, from the most to the least certain. {@link Discovery#fuzzyMatch} over
 * bare strings uses {@link #EXACT}, {@link #NORMALIZED}, {@link #SUBSTRING} and {@link #EDIT_DISTANCE}; the
 * registry's {@link ModelRegistry#match} adds the others.
 */
public enum MatchStrategy {
  /** The query is the id itself ({@link Discovery#fuzzyMatch} ignores case here). */
  EXACT,
  /** The query is one of the model's aliases. */
  ALIAS,
  /** The query's normalized id or compact key ({@link Discovery#compactKey}) is the model's. */
  NORMALIZED,
  /**
   * The query is a fine-tuned id ({@code ft:base:org::job}) and resolves to a definition derived from its
   * base model.
   */
  FINE_TUNED,
  /** The application confirmed this match earlier ({@link ModelMatcher#recordSuccess}). */
  LEARNED,
  /**
   * The query names the model with a route prefix or a snapshot suffix around it ({@code bedrock/anthropic.},
   * {@code -2024-08-06}, {@code -20241022}, {@code -latest}, {@code -v1:0}), a neutral qualifier
   * ({@code -instruct}), or its words in another order ({@code claude-4-sonnet} for {@code claude-sonnet-4}).
   */
  VARIANT,
  /** One id contains the other. Bare-string matching only: the registry never resolves on a substring. */
  SUBSTRING,
  /** A typo: a small edit distance on letters, with every number unchanged. */
  EDIT_DISTANCE
}
