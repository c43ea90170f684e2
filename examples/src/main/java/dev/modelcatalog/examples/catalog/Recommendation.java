package dev.modelcatalog.examples.catalog;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.CostBreakdown;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.List;

/**
 * A model that meets a request's requirements, with what the request costs there and which preferred capabilities
 * it has.
 *
 * @param model the model
 * @param cost the exact cost of the request, or null when the model has no pricing
 * @param preferredMatched the preferred capabilities the model has, in capability order
 */
public record Recommendation(ModelDefinition model, CostBreakdown cost, List<Capability> preferredMatched) {

  public Recommendation {
    preferredMatched = List.copyOf(preferredMatched);
  }
}
