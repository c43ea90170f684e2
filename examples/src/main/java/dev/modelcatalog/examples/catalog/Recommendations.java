package dev.modelcatalog.examples.catalog;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.CostBreakdown;
import dev.modelcatalog.runtime.CostCalculator;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.ModelStatus;
import dev.modelcatalog.runtime.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Models ranked for a request's requirements (the registry API's {@code POST /api/registry/recommend}): a
 * {@link ModelQuery} narrows to active models with every required and no excluded capability and ranks them by
 * the preferred ones they have; models whose limits cannot hold the request are left out; the rest are ordered by
 * preferred capabilities matched (more first), then by the exact cost of the request ({@link CostCalculator};
 * unpriced models last), then by id.
 */
public final class Recommendations {

  private Recommendations() {}

  /**
   * The ranked models, at most {@code limit}.
   *
   * @throws IllegalArgumentException naming the field when a token count is negative
   */
  public static List<Recommendation> rank(ModelRegistry registry, Set<Capability> required,
      Set<Capability> preferred, Set<Capability> excluded, long promptTokens, long outputTokens, int limit) {
    Usage usage = Usage.tokens(promptTokens, outputTokens);
    ModelQuery query = ModelQuery.builder().require(required).exclude(excluded.toArray(new Capability[0]))
        .prefer(preferred.toArray(new Capability[0])).status(ModelStatus.ACTIVE).build();
    List<Recommendation> out = new ArrayList<>();
    for (ModelDefinition model : registry.listModels(query)) {
      if (promptTokens + outputTokens > model.contextWindow() || outputTokens > model.maxOutputTokens()) {
        continue;
      }
      CostBreakdown cost = model.pricing().isPresent() ? CostCalculator.cost(model, usage) : null;
      List<Capability> matched = preferred.stream().filter(model::has).sorted().toList();
      out.add(new Recommendation(model, cost, matched));
    }
    out.sort(Comparator.<Recommendation>comparingInt(r -> -r.preferredMatched().size())
        .thenComparing(r -> r.cost() == null ? null : r.cost().total(),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.model().id()));
    return List.copyOf(out.subList(0, Math.min(Math.max(limit, 0), out.size())));
  }
}
