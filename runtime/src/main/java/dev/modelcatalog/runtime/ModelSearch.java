package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Multi-word search over models: every word must hit the id, name, description, a tag or a capability name
 * ({@code "llama reasoning"}, {@code "mixtral moe"}). Hits weigh by where they land: a whole word of the id
 * most, then a capability or tag, then the name, then the description.
 */
final class ModelSearch {

  private ModelSearch() {}

  private record Scored(ModelDefinition model, double score) {}

  /** The best {@code limit} models for the query, by score, then id. A blank query finds nothing. */
  static List<ModelDefinition> search(List<ModelDefinition> models, String query, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit: is " + limit + "; expected 0 or more");
    }
    if (query == null || query.isBlank() || limit == 0) {
      return List.of();
    }
    String[] words = query.trim().toLowerCase(Locale.ROOT).split("[\\s,]+");
    List<Scored> scored = new ArrayList<>();
    for (ModelDefinition model : models) {
      double score = score(model, words);
      if (score > 0) {
        scored.add(new Scored(model, score));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.model().id()));
    List<ModelDefinition> out = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, scored.size()); i++) {
      out.add(scored.get(i).model());
    }
    return List.copyOf(out);
  }

  /** The sum of the words' scores, or 0 when some word hits nothing. */
  private static double score(ModelDefinition model, String[] words) {
    String normalizedId = Discovery.normalizeModelId(model.id());
    List<String> idWords = List.of(normalizedId.split("-"));
    String name = model.name().toLowerCase(Locale.ROOT);
    String description = model.description().orElse("").toLowerCase(Locale.ROOT);
    double total = 0;
    for (String word : words) {
      double best = 0;
      if (idWords.contains(word)) {
        best = 3;
      } else if (normalizedId.contains(word)) {
        best = 2;
      }
      best = Math.max(best, capabilityScore(model, word));
      for (String tag : model.tags()) {
        best = Math.max(best, tag.equals(word) ? 2 : tag.contains(word) ? 1 : 0);
      }
      if (name.contains(word)) {
        best = Math.max(best, 1);
      }
      if (description.contains(word)) {
        best = Math.max(best, 0.5);
      }
      if (best == 0) {
        return 0;
      }
      total += best;
    }
    return total;
  }

  /** 2 when the word names one of the model's capabilities ({@code moe}, {@code embedding}, {@code tool_calling}). */
  private static double capabilityScore(ModelDefinition model, String word) {
    String key = word.replace("_", "").replace("-", "");
    if (key.length() < 3) {
      return 0;
    }
    for (Capability capability : model.capabilities()) {
      String name = capability.attribute().toLowerCase(Locale.ROOT);
      if (name.equals(key) || name.startsWith(key)) {
        return 2;
      }
    }
    return 0;
  }
}
