package dev.modelcatalog.runtime;

import java.math.BigDecimal;

/**
 * The exact cost of one request, part by part, in one currency. Every amount has {@link Pricing#COST_SCALE}
 * decimal places; {@link #total()} is their exact sum.
 *
 * @param input uncached input tokens that are not audio
 * @param cachedInput cached input tokens
 * @param output output tokens that are neither reasoning nor audio
 * @param cacheWrite tokens written to the prompt cache
 * @param images generated images
 * @param audio audio minutes
 * @param total the sum of the parts
 * @param currency ISO 4217 code of every amount
 * @param reasoning reasoning tokens
 * @param audioInput audio input tokens
 * @param audioOutput audio output tokens
 * @param perRequest the flat price per request
 * @param longContext whether the request was charged the long-context prices
 */
public record CostBreakdown(
    BigDecimal input, BigDecimal cachedInput, BigDecimal output, BigDecimal cacheWrite, BigDecimal images,
    BigDecimal audio, BigDecimal total, String currency, BigDecimal reasoning, BigDecimal audioInput,
    BigDecimal audioOutput, BigDecimal perRequest, boolean longContext) {

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(Pricing.COST_SCALE);

  /** A breakdown without reasoning, audio-token or per-request parts (the shape before those were priced). */
  public CostBreakdown(BigDecimal input, BigDecimal cachedInput, BigDecimal output, BigDecimal cacheWrite,
      BigDecimal images, BigDecimal audio, BigDecimal total, String currency) {
    this(input, cachedInput, output, cacheWrite, images, audio, total, currency, ZERO, ZERO, ZERO, ZERO, false);
  }
}
