package dev.modelcatalog.examples.catalog;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import java.math.BigDecimal;
import java.util.List;

/**
 * A model that meets a request's requirements, with what it costs and which wished-for capabilities it has.
 *
 * @param model the model
 * @param cost the exact cost of the request, or null when the model has no pricing
 * @param currency ISO 4217 code, or null when the model has no pricing
 * @param optionalMatched the optional capabilities the model has
 */
public record Recommendation(ModelDefinition model, BigDecimal cost, String currency,
    List<Capability> optionalMatched) {

  public Recommendation {
    optionalMatched = List.copyOf(optionalMatched);
  }
}
