package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Exact request costs. Prices are declared as decimal literals and enter the arithmetic through
 * {@link BigDecimal#valueOf(double)}, so {@code 0.15} per million stays {@code 0.15}; no double is ever summed.
 */
public final class CostCalculator {

  private CostCalculator() {}

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(Pricing.COST_SCALE);

  /**
   * The cost of the usage on the model, part by part.
   *
   * @throws PriceNotOfferedException when the model has no pricing, or the usage includes images, audio or
   *     cache writes the model puts no price on
   */
  public static CostBreakdown cost(ModelDefinition model, Usage usage) {
    Pricing pricing = model.pricing().orElseThrow(() ->
        new PriceNotOfferedException(model.id(), "pricing", "requests"));
    return cost(model.id(), pricing, usage);
  }

  /**
   * The cost of the usage at these prices, part by part. Cached input tokens are charged at the cached price
   * (else the input price), audio input tokens at the audio input price (else the input price), reasoning tokens
   * at the reasoning price and audio output tokens at the audio output price (else the output price). A request of
   * more than {@link Pricing#longContextThreshold()} input tokens is charged the long-context input and output
   * prices wherever the input or output price applies. The per-request price is added once.
   *
   * @throws PriceNotOfferedException when the usage includes images, audio or cache writes without a price
   */
  public static CostBreakdown cost(String modelId, Pricing pricing, Usage usage) {
    return cost(modelId, pricing, usage, pricing.isLongContext(usage.inputTokens()), 1);
  }

  /**
   * The cost of {@code requests} requests whose usages sum to {@code usage}, all in or all out of the long-context
   * tier. Costs are linear within a tier, so sums of many requests are priced exactly.
   */
  static CostBreakdown cost(String modelId, Pricing pricing, Usage usage, boolean longContext, long requests) {
    double inputPrice = pricing.inputPrice(longContext);
    double outputPrice = pricing.outputPrice(longContext);
    long textInput = usage.inputTokens() - usage.cachedInputTokens() - usage.audioInputTokens();
    long textOutput = usage.outputTokens() - usage.reasoningTokens() - usage.audioOutputTokens();
    BigDecimal input = perMillion(inputPrice, textInput);
    double cachedPrice = pricing.cachedInputPerMillion().orElse(pricing.inputPerMillion());
    BigDecimal cached = perMillion(cachedPrice, usage.cachedInputTokens());
    BigDecimal output = perMillion(outputPrice, textOutput);
    BigDecimal reasoning = perMillion(pricing.reasoningPerMillion().orElse(outputPrice), usage.reasoningTokens());
    BigDecimal audioInput = perMillion(pricing.audioInputPerMillion().orElse(inputPrice), usage.audioInputTokens());
    BigDecimal audioOutput = perMillion(pricing.audioOutputPerMillion().orElse(outputPrice),
        usage.audioOutputTokens());
    BigDecimal perRequest = BigDecimal.valueOf(pricing.perRequest().orElse(0)).multiply(BigDecimal.valueOf(requests))
        .setScale(Pricing.COST_SCALE, RoundingMode.HALF_EVEN);
    BigDecimal cacheWrite = usage.cacheWriteTokens() == 0 ? ZERO : pricing.cacheWriteCost(usage.cacheWriteTokens())
        .orElseThrow(() -> new PriceNotOfferedException(modelId, "pricing.cacheWritePerMillion", "cache writes"));
    BigDecimal images = usage.images() == 0 ? ZERO : pricing.imageCost(usage.images())
        .orElseThrow(() -> new PriceNotOfferedException(modelId, "pricing.perImage", "images"));
    BigDecimal audio = usage.audioMinutes().signum() == 0 ? ZERO : pricing.audioCost(usage.audioMinutes())
        .orElseThrow(() -> new PriceNotOfferedException(modelId, "pricing.audioPerMinute", "audio minutes"));
    BigDecimal total = input.add(cached).add(output).add(cacheWrite).add(images).add(audio).add(reasoning)
        .add(audioInput).add(audioOutput).add(perRequest);
    return new CostBreakdown(input, cached, output, cacheWrite, images, audio, total, pricing.currency(), reasoning,
        audioInput, audioOutput, perRequest, longContext);
  }

  /** The cost of {@code tokens} tokens at {@code price} per million, with {@link Pricing#COST_SCALE} places. */
  static BigDecimal perMillion(double price, long tokens) {
    return BigDecimal.valueOf(price).multiply(BigDecimal.valueOf(tokens))
        .divide(BigDecimal.valueOf(1_000_000L), Pricing.COST_SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * The cheapest of the candidates for a request of {@code promptTokens} in and {@code outputTokens} out, among
   * those priced in {@code currency} (an ISO 4217 code, in any case) whose context window holds both and whose
   * output limit holds the output; ties go to the smaller id. Empty when no candidate qualifies.
   *
   * @throws IllegalArgumentException when the currency is not three letters
   */
  public static Optional<PricedModel> cheapest(Collection<ModelDefinition> candidates, long promptTokens,
      long outputTokens, String currency) {
    String code = Pricing.queryCurrency("currency", currency);
    Usage usage = request(promptTokens, outputTokens, "outputTokens");
    return candidates.stream()
        .filter(m -> m.pricing().map(p -> p.currency().equals(code)).orElse(false))
        .filter(m -> fits(m, promptTokens, outputTokens, m.contextWindow(), m.maxOutputTokens()))
        .map(m -> new PricedModel(m, cost(m, usage).total(), code))
        .min(Comparator.comparing(PricedModel::cost).thenComparing(p -> p.model().id()));
  }

  /**
   * A request of this many prompt and output tokens, named as the cheapest-model and cheapest-route calls name
   * them.
   *
   * @throws IllegalArgumentException when a count is negative
   */
  static Usage request(long promptTokens, long outputTokens, String outputField) {
    if (promptTokens < 0 || outputTokens < 0) {
      String field = promptTokens < 0 ? "promptTokens" : outputField;
      throw new IllegalArgumentException(field + ": " + Math.min(promptTokens, outputTokens)
          + " is negative; give a count of at least 0");
    }
    return Usage.tokens(promptTokens, outputTokens);
  }

  /**
   * Whether a request fits the model under these limits (a route's may be its own): the output within the output
   * limit, the prompt within the model's input limit, and both within the context window. Compared by subtraction,
   * so counts near {@code Long.MAX_VALUE} cannot wrap around into fitting.
   */
  static boolean fits(ModelDefinition model, long promptTokens, long outputTokens, int contextWindow,
      int maxOutputTokens) {
    return outputTokens <= maxOutputTokens && promptTokens <= model.maxInputTokens()
        && promptTokens <= contextWindow - outputTokens;
  }
}
