package dev.modelcatalog.examples.catalog;

import dev.modelcatalog.runtime.MatchResult;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.util.Locale;
import java.util.Optional;

/**
 * A model string resolved by the registry, with how it was matched: {@link ModelRegistry#match} says how,
 * {@link ModelRegistry#get} gives the definition (for a fine-tuned id, the one derived from its base model).
 *
 * @param model the model the query names
 * @param match the strategy and confidence of the match
 */
public record Resolved(ModelDefinition model, MatchResult match) {

  /** How the registry resolves the query; empty when it names no model (or is blank). */
  public static Optional<Resolved> of(ModelRegistry registry, String query) {
    if (query == null || query.isBlank()) {
      return Optional.empty();
    }
    Optional<MatchResult> match = registry.match(query);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    // The match names the model by its canonical id, which find answers exactly; fine-tuned ids resolve again.
    return registry.get(match.get().modelId()).map(model -> new Resolved(model, match.get()));
  }

  /** The strategy as written in JSON and tables: {@code exact}, {@code alias}, {@code edit_distance} ... */
  public String strategy() {
    return match.strategy().name().toLowerCase(Locale.ROOT);
  }

  /** The confidence, from 0 to 1. */
  public double confidence() {
    return match.confidence();
  }

  /** Whether the query was the model's id or alias, or one of their normalized spellings: nothing was guessed. */
  public boolean certain() {
    return confidence() == 1.0;
  }
}
