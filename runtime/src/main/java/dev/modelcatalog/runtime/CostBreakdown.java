package dev.modelcatalog.runtime;

import java.math.BigDecimal;

/**
 * The exact cost of one request, part by part, in one currency. Every amount has {@link Pricing#COST_SCALE}
 * decimal places; {@link #total()} is their exact sum.
 *
 * @param input uncached input tokens
 * @param cachedInput cached input tokens
 * @param output output tokens
 * @param cacheWrite tokens written to the prompt cache
 * @param images generated images
 * @param audio audio minutes
 * @param total the sum of the parts
 * @param currency ISO 4217 code of every amount
 */
public record CostBreakdown(
    BigDecimal input, BigDecimal cachedInput, BigDecimal output, BigDecimal cacheWrite, BigDecimal images,
    BigDecimal audio, BigDecimal total, String currency) {}
