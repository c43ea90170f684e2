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
 * <p>Optional prices (cached input, cache write, per image, per audio minute, reasoning, audio tokens, per
 * request, long context) are empty when not offered.
 */
public final class Pricing {

  /** Costs are reported with this many decimal places (a millionth of a cent). */
  public static final int COST_SCALE = 8;
  /**
   * A plain number, made a {@link BigDecimal} where it divides: a {@code BigDecimal} constant would initialise
   * {@code BigDecimal} and {@code BigInteger} with the first price built, about half a millisecond in a starting
   * JVM, whether anything is ever costed or not.
   */
  private static final long MILLION_TOKENS = 1_000_000L;

  private static final String USD = "USD";

  private final double inputPerMillion;
  private final double outputPerMillion;
  private final String currency;
  /**
   * The prices few models offer; null when none is, so that a starting server that builds token prices does not
   * load the class ({@link #offers()} gives {@link Offers#NONE} then).
   */
  private final Offers offers;

  private Pricing(Builder b) {
    this(b.inputPerMillion, b.outputPerMillion, b.currency, b.offersBeyondTokens() ? new Offers(b) : null);
  }

  private Pricing(double inputPerMillion, double outputPerMillion, String currency, Offers offers) {
    // Adding 0.0 turns -0.0 into 0.0: they are one price, and equal prices must make equal definitions (generated
    // code leaves zero prices out, so a stub's -0.0 would otherwise come back as 0.0).
    this.inputPerMillion = inputPerMillion + 0.0;
    this.outputPerMillion = outputPerMillion + 0.0;
    this.currency = currency;
    this.offers = offers;
  }

  /**
   * A price per million input and output tokens, in US dollars: what generated code states for a model that offers
   * nothing else.
   */
  public static Pricing of(double inputPerMillion, double outputPerMillion) {
    return new Pricing(inputPerMillion, outputPerMillion, USD, null);
  }

  private Offers offers() {
    return offers != null ? offers : Offers.NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Offers offers = offers();
    Builder b = new Builder().inputPerMillion(inputPerMillion).outputPerMillion(outputPerMillion).currency(currency);
    b.cachedInputPerMillion = offers.cachedInputPerMillion;
    b.cacheWritePerMillion = offers.cacheWritePerMillion;
    b.perImage = offers.perImage;
    b.audioPerMinute = offers.audioPerMinute;
    b.reasoningPerMillion = offers.reasoningPerMillion;
    b.audioInputPerMillion = offers.audioInputPerMillion;
    b.audioOutputPerMillion = offers.audioOutputPerMillion;
    b.perRequest = offers.perRequest;
    b.longContextThreshold = offers.longContextThreshold;
    b.longContextInputPerMillion = offers.longContextInputPerMillion;
    b.longContextOutputPerMillion = offers.longContextOutputPerMillion;
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
    return optional(offers().cachedInputPerMillion);
  }

  public OptionalDouble cacheWritePerMillion() {
    return optional(offers().cacheWritePerMillion);
  }

  public OptionalDouble perImage() {
    return optional(offers().perImage);
  }

  public OptionalDouble audioPerMinute() {
    return optional(offers().audioPerMinute);
  }

  /** ISO 4217 currency code, {@code USD} unless declared otherwise. */
  public String currency() {
    return currency;
  }

  /**
   * A currency a query names, as prices state it: {@code usd} or {@code " eur "} is {@code USD} or {@code EUR}.
   * Prices hold upper-case ISO 4217 codes, so a query in another spelling would otherwise match no price at all,
   * silently.
   *
   * @throws IllegalArgumentException naming the field when the value is not three letters
   */
  static String queryCurrency(String field, String currency) {
    Objects.requireNonNull(currency, field);
    String code = currency.strip().toUpperCase(java.util.Locale.ROOT);
    boolean letters = code.length() == 3;
    for (int i = 0; letters && i < 3; i++) {
      letters = code.charAt(i) >= 'A' && code.charAt(i) <= 'Z';
    }
    if (!letters) {
      throw new IllegalArgumentException(field + ": '" + ModelRules.printable(currency)
          + "' is no currency code; give ISO 4217's three letters, e.g. USD");
    }
    return code;
  }

  /**
   * The exact cost of one request. Cached input tokens are part of {@code inputTokens} and are charged at the
   * cached price where one is offered (else at the input price). A request of more than
   * {@link #longContextThreshold()} input tokens is charged the long-context prices, and the
   * {@link #perRequest()} price is added. For reasoning and audio tokens, see {@link CostCalculator#cost}.
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
    Usage usage = Usage.tokens(inputTokens, outputTokens).withCachedInputTokens(cachedInputTokens);
    return CostCalculator.cost("", this, usage).total();
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
    Double price = offers().perImage;
    return price == null ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(price).multiply(BigDecimal.valueOf(images))
            .setScale(COST_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * The exact cost of this many minutes of audio, or empty when the model offers no per-minute price.
   *
   * @throws IllegalArgumentException if {@code minutes} is negative
   */
  public Optional<BigDecimal> audioCost(BigDecimal minutes) {
    if (Objects.requireNonNull(minutes, "minutes").signum() < 0) {
      throw new IllegalArgumentException("audioMinutes: " + minutes + " is negative; give at least 0 minutes");
    }
    Double price = offers().audioPerMinute;
    return price == null ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(price).multiply(minutes)
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
    Double price = offers().cacheWritePerMillion;
    return price == null ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(price).multiply(BigDecimal.valueOf(tokens))
            .divide(BigDecimal.valueOf(MILLION_TOKENS), COST_SCALE, RoundingMode.HALF_EVEN));
  }

  // ------------------------------------------------------------------------------------- model facts: prices

  /** Price of one million reasoning tokens; empty when they are charged at the output price. */
  public OptionalDouble reasoningPerMillion() {
    return optional(offers().reasoningPerMillion);
  }

  /** Price of one million audio input tokens; empty when they are charged at the input price. */
  public OptionalDouble audioInputPerMillion() {
    return optional(offers().audioInputPerMillion);
  }

  /** Price of one million audio output tokens; empty when they are charged at the output price. */
  public OptionalDouble audioOutputPerMillion() {
    return optional(offers().audioOutputPerMillion);
  }

  /** A flat price per request, on top of the token prices; empty when there is none. */
  public OptionalDouble perRequest() {
    return optional(offers().perRequest);
  }

  /** Input tokens above which the long-context prices apply; 0 when there is no tier. */
  public int longContextThreshold() {
    return offers().longContextThreshold;
  }

  /** Input price above the threshold; empty when the normal input price applies there too. */
  public OptionalDouble longContextInputPerMillion() {
    return optional(offers().longContextInputPerMillion);
  }

  /** Output price above the threshold; empty when the normal output price applies there too. */
  public OptionalDouble longContextOutputPerMillion() {
    return optional(offers().longContextOutputPerMillion);
  }

  /** Whether a request of this many input tokens (cached ones included) is charged the long-context prices. */
  public boolean isLongContext(long inputTokens) {
    int threshold = offers().longContextThreshold;
    return threshold > 0 && inputTokens > threshold;
  }

  /** The input price per million tokens for a request in or out of the long-context tier. */
  double inputPrice(boolean longContext) {
    Double price = offers().longContextInputPerMillion;
    return longContext && price != null ? price : inputPerMillion;
  }

  /** The output price per million tokens for a request in or out of the long-context tier. */
  double outputPrice(boolean longContext) {
    Double price = offers().longContextOutputPerMillion;
    return longContext && price != null ? price : outputPerMillion;
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
        && currency.equals(p.currency) && offers().equals(p.offers());
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputPerMillion, outputPerMillion, currency, offers());
  }

  @Override
  public String toString() {
    // Every price offered: two unequal prices never print alike (an image model's 0/0 tokens and its image price).
    Offers o = offers();
    StringBuilder out = new StringBuilder("Pricing[").append(currency).append(" input=").append(inputPerMillion)
        .append("/M, output=").append(outputPerMillion).append("/M");
    offered(out, "cachedInput", o.cachedInputPerMillion, "/M");
    offered(out, "cacheWrite", o.cacheWritePerMillion, "/M");
    offered(out, "reasoning", o.reasoningPerMillion, "/M");
    offered(out, "audioInput", o.audioInputPerMillion, "/M");
    offered(out, "audioOutput", o.audioOutputPerMillion, "/M");
    offered(out, "perImage", o.perImage, "");
    offered(out, "audioPerMinute", o.audioPerMinute, "");
    offered(out, "perRequest", o.perRequest, "");
    if (o.longContextThreshold > 0) {
      out.append(", above ").append(o.longContextThreshold).append(" input tokens: input=")
          .append(inputPrice(true)).append("/M, output=").append(outputPrice(true)).append("/M");
    }
    return out.append(']').toString();
  }

  private static void offered(StringBuilder out, String name, Double price, String unit) {
    if (price != null) {
      out.append(", ").append(name).append('=').append(price).append(unit);
    }
  }

  /**
   * The optional prices, null when not offered. Values are kept as given (NaN included; -0.0 reads as 0.0) so
   * that {@link ModelRules} can report a bad value instead of it vanishing into "not offered". Most models offer
   * none of them, and share {@link #NONE}: a price then holds two numbers, its currency and this reference (40
   * bytes, not 80).
   */
  private static final class Offers {
    static final Offers NONE = new Offers(new Builder());

    final Double cachedInputPerMillion;
    final Double cacheWritePerMillion;
    final Double perImage;
    final Double audioPerMinute;
    final Double reasoningPerMillion;
    final Double audioInputPerMillion;
    final Double audioOutputPerMillion;
    final Double perRequest;
    /** 0: no long-context tier. */
    final int longContextThreshold;
    final Double longContextInputPerMillion;
    final Double longContextOutputPerMillion;

    private Offers(Builder b) {
      // Every price turns -0.0 into 0.0, as the input and output prices do: generated code writes a stated price
      // as its decimal, which has no negative zero.
      this.cachedInputPerMillion = positiveZero(b.cachedInputPerMillion);
      this.cacheWritePerMillion = positiveZero(b.cacheWritePerMillion);
      this.perImage = positiveZero(b.perImage);
      this.audioPerMinute = positiveZero(b.audioPerMinute);
      this.reasoningPerMillion = positiveZero(b.reasoningPerMillion);
      this.audioInputPerMillion = positiveZero(b.audioInputPerMillion);
      this.audioOutputPerMillion = positiveZero(b.audioOutputPerMillion);
      this.perRequest = positiveZero(b.perRequest);
      this.longContextThreshold = b.longContextThreshold;
      this.longContextInputPerMillion = positiveZero(b.longContextInputPerMillion);
      this.longContextOutputPerMillion = positiveZero(b.longContextOutputPerMillion);
    }

    /** Adding 0.0 turns -0.0 into 0.0 and leaves every other value, NaN included, as it is. */
    private static Double positiveZero(Double price) {
      return price == null ? null : price + 0.0;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Offers)) {
        return false;
      }
      Offers p = (Offers) o;
      return Objects.equals(cachedInputPerMillion, p.cachedInputPerMillion)
          && Objects.equals(cacheWritePerMillion, p.cacheWritePerMillion) && Objects.equals(perImage, p.perImage)
          && Objects.equals(audioPerMinute, p.audioPerMinute)
          && Objects.equals(reasoningPerMillion, p.reasoningPerMillion)
          && Objects.equals(audioInputPerMillion, p.audioInputPerMillion)
          && Objects.equals(audioOutputPerMillion, p.audioOutputPerMillion) && Objects.equals(perRequest, p.perRequest)
          && longContextThreshold == p.longContextThreshold
          && Objects.equals(longContextInputPerMillion, p.longContextInputPerMillion)
          && Objects.equals(longContextOutputPerMillion, p.longContextOutputPerMillion);
    }

    @Override
    public int hashCode() {
      return Objects.hash(cachedInputPerMillion, cacheWritePerMillion, perImage, audioPerMinute, reasoningPerMillion,
          audioInputPerMillion, audioOutputPerMillion, perRequest, longContextThreshold, longContextInputPerMillion,
          longContextOutputPerMillion);
    }
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
    String currency = USD;
    // model facts
    Double reasoningPerMillion;
    Double audioInputPerMillion;
    Double audioOutputPerMillion;
    Double perRequest;
    int longContextThreshold;
    Double longContextInputPerMillion;
    Double longContextOutputPerMillion;

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

    // ----------------------------------------------------------------------------------- model facts: prices

    public Builder reasoningPerMillion(double value) {
      this.reasoningPerMillion = value;
      return this;
    }

    public Builder audioInputPerMillion(double value) {
      this.audioInputPerMillion = value;
      return this;
    }

    public Builder audioOutputPerMillion(double value) {
      this.audioOutputPerMillion = value;
      return this;
    }

    public Builder perRequest(double value) {
      this.perRequest = value;
      return this;
    }

    /** Input tokens above which the long-context prices apply; 0 for no tier. */
    public Builder longContextThreshold(int tokens) {
      this.longContextThreshold = tokens;
      return this;
    }

    public Builder longContextInputPerMillion(double value) {
      this.longContextInputPerMillion = value;
      return this;
    }

    public Builder longContextOutputPerMillion(double value) {
      this.longContextOutputPerMillion = value;
      return this;
    }

    public Pricing build() {
      return new Pricing(this);
    }

    /** Whether any price beyond input and output tokens is stated. */
    boolean offersBeyondTokens() {
      return cachedInputPerMillion != null || cacheWritePerMillion != null || perImage != null || audioPerMinute != null
          || reasoningPerMillion != null || audioInputPerMillion != null || audioOutputPerMillion != null
          || perRequest != null || longContextThreshold != 0 || longContextInputPerMillion != null
          || longContextOutputPerMillion != null;
    }
  }
}
