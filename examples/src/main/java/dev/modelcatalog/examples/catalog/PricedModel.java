package dev.modelcatalog.examples.catalog;

import dev.modelcatalog.runtime.ModelDefinition;
import java.math.BigDecimal;

/**
 * A model with the exact cost of one request to it.
 *
 * @param model the model
 * @param cost the cost in {@code currency}
 * @param currency ISO 4217 code
 */
public record PricedModel(ModelDefinition model, BigDecimal cost, String currency) {}
