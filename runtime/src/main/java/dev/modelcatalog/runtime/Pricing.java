package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a model costs, in {@link #currency()}. Token prices are per million tokens. Prices are kept as the
 * decimal literals they were declared with and converted with {@link BigDecimal#valueOf(double)} for
 * arithmetic, so {@code 0.15} stays exactly {@code 0.15} and costs never accumulate binary rounding.
 *
 * <p>Optional prices (cached input, cache write, per image, per audio minute) are empty when not offered.
 */
public final class Pricing {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
  /** Costs are reported with this many decimal places (a millionth of a cent). */
  public static final int COST_SCALE = 8;

  private final double inputPerMillion;
  private final double outputPerMillion;
  // Optional prices are null when not offered. Values are kept as given (NaN included) so that
  // ModelRules can report a bad value instead of it vanishing into "not offered".
  private final Double cachedInputPerMillion;
  private final Double cacheWritePerMillion;
  private final Double perImage;
  private final Double audioPerMinute;
  private final String currency;

  private Pricing(Builder b) {
    this.inputPerMillion = b.inputPerMillion;
    this.outputPerMillion = b.outputPerMillion;
    this.cachedInputPerMillion = b.cachedInputPerMillion;
    this.cacheWritePerMillion = b.cacheWritePerMillion;
    this.perImage = b.perImage;
    this.audioPerMinute = b.audioPerMinute;
    this.currency = b.currency;
  }

  /** A price per million input and output tokens, in US dollars. */
  public static Pricing of(double inputPerMillion, double outputPerMillion) {
    return builder().inputPerMillion(inputPerMillion).outputPerMillion(outputPerMillion).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder().inputPerMillion(inputPerMillion).outputPerMillion(outputPerMillion).currency(currency);
    b.cachedInputPerMillion = cachedInputPerMillion;
    b.cacheWritePerMillion = cacheWritePerMillion;
    b.perImage = perImage;
    b.audioPerMinute = audioPerMinute;
    return b;
  }

  private static OptionalDouble optional(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  public double inputPerMillion() {
    return inputPerMillion;
  }

  public double outputPerMillion() {
    return outputPerMillion;
  }

  public OptionalDouble cachedInputPerMillion() {
    return optional(cachedInputPerMillion);
  }

  public OptionalDouble cacheWritePerMillion() {
    return optional(cacheWritePerMillion);
  }

  public OptionalDouble perImage() {
    return optional(perImage);
  }

  public OptionalDouble audioPerMinute() {
    return optional(audioPerMinute);
  }

  /** ISO 4217 currency code, {@code USD} unless declared otherwise. */
  public String currency() {
    return currency;
  }

  /**
   * The exact cost of a request. Cached input tokens are part of {@code inputTokens} and are charged at the
   * cached price where one is offered (else at the input price).
   *
   * @throws IllegalArgumentException if a count is negative or more tokens are cached than sent
   */
  public BigDecimal cost(long inputTokens, long outputTokens, long cachedInputTokens) {
    if (inputTokens < 0 || outputTokens < 0 || cachedInputTokens < 0) {
      throw new IllegalArgumentException("tokens: counts must be at least 0, got input=" + inputTokens
          + ", output=" + outputTokens + ", cachedInput=" + cachedInputTokens);
    }
    if (cachedInputTokens > inputTokens) {
      throw new IllegalArgumentException("cachedInputTokens: " + cachedInputTokens
          + " cached tokens exceed the " + inputTokens + " input tokens they are part of");
    }
    double cachedPrice = cachedInputPerMillion == null ? inputPerMillion : cachedInputPerMillion;
    BigDecimal perMillion = BigDecimal.valueOf(inputPerMillion).multiply(BigDecimal.valueOf(inputTokens - cachedInputTokens))
        .add(BigDecimal.valueOf(cachedPrice).multiply(BigDecimal.valueOf(cachedInputTokens)))
        .add(BigDecimal.valueOf(outputPerMillion).multiply(BigDecimal.valueOf(outputTokens)));
    return perMillion.divide(MILLION, COST_SCALE, RoundingMode.HALF_EVEN);
  }

  /** The exact cost of a request without cached tokens. */
  public BigDecimal cost(long inputTokens, long outputTokens) {
    return cost(inputTokens, outputTokens, 0);
  }

  // ---------------------------------------------------------------------------------------------- unit costs

  /**
   * The exact cost of generating this many images, or empty when the model offers no per-image price.
   *
   * @throws IllegalArgumentException if {@code images} is negative
   */
  public Optional<BigDecimal> imageCost(long images) {
    if (images < 0) {
      throw new IllegalArgumentException("images: " + images + " is negative; give a count of at least 0");
    }
    return perImage == null ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(perImage).multiply(BigDecimal.valueOf(images))
            .setScale(COST_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * The exact cost of this many minutes of audio, or empty when the model offers no per-minute price.
   *
   * @throws IllegalArgumentException if {@code minutes} is negative
   */
  public Optional<BigDecimal> audioCost(BigDecimal minutes) {
    if (minutes.signum() < 0) {
      throw new IllegalArgumentException("audioMinutes: " + minutes + " is negative; give at least 0 minutes");
    }
    return audioPerMinute == null ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(audioPerMinute).multiply(minutes)
            .setScale(COST_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * The exact cost of writing this many tokens to the prompt cache, or empty when the model offers no price for
   * it.
   *
   * @throws IllegalArgumentException if {@code tokens} is negative
   */
  public Optional<BigDecimal> cacheWriteCost(long tokens) {
    if (tokens < 0) {
      throw new IllegalArgumentException("cacheWriteTokens: " + tokens + " is negative; give a count of at least 0");
    }
    return cacheWritePerMillion == null ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(cacheWritePerMillion).multiply(BigDecimal.valueOf(tokens))
            .divide(MILLION, COST_SCALE, RoundingMode.HALF_EVEN));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Pricing)) {
      return false;
    }
    Pricing p = (Pricing) o;
    return Double.compare(inputPerMillion, p.inputPerMillion) == 0
        && Double.compare(outputPerMillion, p.outputPerMillion) == 0
        && Objects.equals(cachedInputPerMillion, p.cachedInputPerMillion)
        && Objects.equals(cacheWritePerMillion, p.cacheWritePerMillion)
        && Objects.equals(perImage, p.perImage)
        && Objects.equals(audioPerMinute, p.audioPerMinute)
        && currency.equals(p.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputPerMillion, outputPerMillion, cachedInputPerMillion, cacheWritePerMillion,
        perImage, audioPerMinute, currency);
  }

  @Override
  public String toString() {
    return "Pricing[" + currency + " input=" + inputPerMillion + "/M, output=" + outputPerMillion + "/M"
        + (cachedInputPerMillion == null ? "" : ", cachedInput=" + cachedInputPerMillion + "/M") + "]";
  }

  /**
   * Collects prices. Values are not checked until the owning {@link ModelDefinition} is built, so every problem
   * is reported at once; {@link #build()} on its own checks nothing.
   */
  public static final class Builder {
    double inputPerMillion;
    double outputPerMillion;
    Double cachedInputPerMillion;
    Double cacheWritePerMillion;
    Double perImage;
    Double audioPerMinute;
    String currency = "USD";

    private Builder() {}

    public Builder inputPerMillion(double value) {
      this.inputPerMillion = value;
      return this;
    }

    public Builder outputPerMillion(double value) {
      this.outputPerMillion = value;
      return this;
    }

    public Builder cachedInputPerMillion(double value) {
      this.cachedInputPerMillion = value;
      return this;
    }

    public Builder cacheWritePerMillion(double value) {
      this.cacheWritePerMillion = value;
      return this;
    }

    public Builder perImage(double value) {
      this.perImage = value;
      return this;
    }

    public Builder audioPerMinute(double value) {
      this.audioPerMinute = value;
      return this;
    }

    public Builder currency(String value) {
      this.currency = value;
      return this;
    }

    public Pricing build() {
      return new Pricing(this);
    }
  }
}
