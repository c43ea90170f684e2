package dev.modelcatalog.runtime;

import java.math.BigDecimal;

/**
 * A route with the exact cost of a request through it, the answer to "which route is cheapest for this request".
 *
 * @param route the route
 * @param model the model it reaches
 * @param cost the cost of the request at the route's prices
 * @param currency ISO 4217 code of the cost
 */
public record RouteQuote(Route route, ModelDefinition model, BigDecimal cost, String currency) {}
