package dev.modelcatalog.runtime;

import java.math.BigDecimal;

/**
 * A model with the exact cost of a request on it, the answer to "which model is cheapest for this request".
 *
 * @param model the model
 * @param cost the cost of the request
 * @param currency ISO 4217 code of the cost
 */
public record PricedModel(ModelDefinition model, BigDecimal cost, String currency) {}
