package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Suggests models to move to from a given one (typically a deprecated one): active models that can do at least
 * everything it can. Ranked so the best fit comes first: the model's declared replacement, then the models with
 * the fewest capabilities beyond the original (the closest match), then those of the same owner, then by id.
 */
final class Alternatives {

  private Alternatives() {}

  static List<ModelDefinition> of(ModelDefinition model, QueryEngine engine) {
    ModelQuery query = ModelQuery.builder().require(model.capabilities()).status(ModelStatus.ACTIVE).build();
    List<ModelDefinition> candidates = new ArrayList<>();
    for (ModelDefinition candidate : engine.list(query)) {
      if (!candidate.id().equals(model.id())) {
        candidates.add(candidate);
      }
    }
    String replacement = model.replacement().orElse(null);
    long bits = model.capabilities().bits();
    candidates.sort(Comparator
        .comparing((ModelDefinition c) -> c.id().equals(replacement) ? 0 : 1)
        .thenComparingInt(c -> Long.bitCount(c.capabilities().bits() & ~bits))
        .thenComparing(c -> c.ownedBy().equals(model.ownedBy()) ? 0 : 1)
        .thenComparing(ModelDefinition::id));
    return List.copyOf(candidates);
  }
}
