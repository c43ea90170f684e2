package dev.modelcatalog.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which models to list: every condition given must hold. Build one with {@link #builder()}; {@link #ALL}
 * matches every model. Capability and owner conditions are answered from the registry's precomputed bit sets.
 *
 * <pre>{@code
 * ModelQuery query = ModelQuery.builder()
 *     .require(Capability.REASONING, Capability.TOOL_CALLING)
 *     .exclude(Capability.VISION)
 *     .ownedBy("openai")
 *     .build();
 * }</pre>
 *
 * <p>Beyond capabilities and owner a query can ask for a provider, a minimum context window, a maximum price per
 * million input or output tokens, input and output {@link Modality modalities}, MoE or dense architecture and a
 * {@link ModelStatus}; {@link Builder#prefer} names capabilities that are nice to have, which rank the result
 * without filtering it. The registry first narrows the candidates on its bit sets (capabilities, modalities,
 * architecture, owner, provider) and the catalogs' context windows, and only then checks the other conditions on
 * the candidates' definitions.
 */
public final class ModelQuery {

  /** Matches every model. */
  public static final ModelQuery ALL = builder().build();

  private final Capabilities required;
  private final Capabilities excluded;
  private final String ownedBy;
  private final List<String> tags;

  private ModelQuery(Builder b) {
    this.required = Capabilities.ofBits(b.required);
    this.excluded = Capabilities.ofBits(b.excluded);
    this.ownedBy = b.ownedBy;
    this.tags = List.copyOf(b.tags);
    this.preferred = Capabilities.ofBits(b.preferred);
    this.provider = b.provider;
    this.minContextWindow = b.minContextWindow;
    this.maxInputPrice = b.maxInputPrice;
    this.maxOutputPrice = b.maxOutputPrice;
    this.maxInputApprox = maxInputPrice == null ? Double.NaN : maxInputPrice.doubleValue();
    this.maxOutputApprox = maxOutputPrice == null ? Double.NaN : maxOutputPrice.doubleValue();
    this.priceCurrency = b.priceCurrency;
    this.inputModalities = Collections.unmodifiableSet(EnumSet.copyOf(b.inputModalities));
    this.outputModalities = Collections.unmodifiableSet(EnumSet.copyOf(b.outputModalities));
    this.architecture = b.architecture;
    this.status = b.status;
    this.hash = Objects.hash(required, excluded, ownedBy, tags, preferred, provider, minContextWindow,
        maxInputPrice, maxOutputPrice, priceCurrency, inputModalities, outputModalities, architecture, status);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Capabilities every listed model has. */
  public Capabilities required() {
    return required;
  }

  /** Capabilities no listed model has. */
  public Capabilities excluded() {
    return excluded;
  }

  /** The owner every listed model has, or null for any. */
  public String ownedBy() {
    return ownedBy;
  }

  /** Tags every listed model carries. */
  public List<String> tags() {
    return tags;
  }

  /** Whether the model meets every condition. */
  public boolean matches(ModelDefinition model) {
    long bits = model.capabilities().bits();
    return (bits & required.bits()) == required.bits()
        && (bits & excluded.bits()) == 0
        && (ownedBy == null || ownedBy.equalsIgnoreCase(model.ownedBy()))
        && (tags.isEmpty() || carriesTags(model.tags()))
        && matchesExtended(model);
  }

  @Override
  public String toString() {
    return "ModelQuery[required=" + required + ", excluded=" + excluded + ", ownedBy=" + ownedBy + ", tags=" + tags
        + (preferred.isEmpty() ? "" : ", preferred=" + preferred) + (provider == null ? "" : ", provider=" + provider)
        + (minContextWindow == 0 ? "" : ", minContextWindow=" + minContextWindow)
        + (maxInputPrice == null ? "" : ", maxInputPrice=" + maxInputPrice)
        + (maxOutputPrice == null ? "" : ", maxOutputPrice=" + maxOutputPrice)
        + (inputModalities.isEmpty() ? "" : ", input=" + inputModalities)
        + (outputModalities.isEmpty() ? "" : ", output=" + outputModalities)
        + (architecture == null ? "" : ", architecture=" + architecture) + (status == null ? "" : ", status=" + status)
        + "]";
  }

  // ---------------------------------------------------------------------------------------------- extended query
  // Preferred capabilities, provider, context, price, modality, architecture and status conditions.

  /** Whether a model is a mixture of experts or dense. */
  public enum Architecture {
    /** Has the {@link Capability#MOE} capability. */
    MOE,
    /** Lacks the {@link Capability#MOE} capability. */
    DENSE
  }

  private final Capabilities preferred;
  private final String provider;
  private final int minContextWindow;
  private final BigDecimal maxInputPrice;
  private final BigDecimal maxOutputPrice;
  private final int hash;
  /** The ceilings' nearest doubles, for the fast comparison. */
  private final double maxInputApprox;
  private final double maxOutputApprox;
  private final String priceCurrency;
  private final Set<Modality> inputModalities;
  private final Set<Modality> outputModalities;
  private final Architecture architecture;
  private final ModelStatus status;

  /** Capabilities that are nice to have: they rank the result (more first) but filter nothing. */
  public Capabilities preferred() {
    return preferred;
  }

  /** The provider every listed model comes from ({@link ModelDefinition#provider()}), or null for any. */
  public String provider() {
    return provider;
  }

  /** The smallest context window listed, in tokens; 0 for any. */
  public int minContextWindow() {
    return minContextWindow;
  }

  /** The highest price per million input tokens listed, or null for any price (unpriced models included). */
  public BigDecimal maxInputPricePerMillion() {
    return maxInputPrice;
  }

  /** The highest price per million output tokens listed, or null for any price (unpriced models included). */
  public BigDecimal maxOutputPricePerMillion() {
    return maxOutputPrice;
  }

  /** The currency the price limits are in; models priced in another currency do not meet a price limit. */
  public String priceCurrency() {
    return priceCurrency;
  }

  /** Modalities every listed model takes as input. */
  public Set<Modality> inputModalities() {
    return inputModalities;
  }

  /** Modalities every listed model puts out. */
  public Set<Modality> outputModalities() {
    return outputModalities;
  }

  /** MoE or dense, or null for either. */
  public Architecture architecture() {
    return architecture;
  }

  /** The status every listed model has, or null for any. */
  public ModelStatus status() {
    return status;
  }

  /** How many of the preferred capabilities the model has; the listing ranks by this, highest first. */
  public int preferenceScore(ModelDefinition model) {
    return Long.bitCount(model.capabilities().bits() & preferred.bits());
  }

  /** Whether the model's tags hold every tag of the query, in any case. */
  private boolean carriesTags(List<String> modelTags) {
    for (String wanted : tags) {
      boolean found = false;
      for (String tag : modelTags) {
        found |= wanted.equalsIgnoreCase(tag);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private boolean matchesExtended(ModelDefinition model) {
    if (provider != null && !provider.equalsIgnoreCase(model.provider().orElse(null))) {
      return false;
    }
    if (model.contextWindow() < minContextWindow) {
      return false;
    }
    if (architecture != null && model.has(Capability.MOE) != (architecture == Architecture.MOE)) {
      return false;
    }
    if (status != null && ModelStatus.of(model) != status) {
      return false;
    }
    // Most queries ask for no modality: skip the loops, whose iterators over an empty set the JIT does not always
    // elide, and which cost an uncached query over thousands of candidates two allocations each.
    if (!inputModalities.isEmpty()) {
      for (Modality modality : inputModalities) {
        if (!modality.isInputOf(model)) {
          return false;
        }
      }
    }
    if (!outputModalities.isEmpty()) {
      for (Modality modality : outputModalities) {
        if (!modality.isOutputOf(model)) {
          return false;
        }
      }
    }
    return matchesPrice(model);
  }

  private boolean matchesPrice(ModelDefinition model) {
    if (maxInputPrice == null && maxOutputPrice == null) {
      return true;
    }
    // A model without prices, or priced in another currency, cannot be shown to be within the limit.
    Pricing pricing = model.pricing().orElse(null);
    if (pricing == null || !priceCurrency.equals(pricing.currency())) {
      return false;
    }
    return (maxInputPrice == null || withinCeiling(pricing.inputPerMillion(), maxInputPrice, maxInputApprox))
        && (maxOutputPrice == null || withinCeiling(pricing.outputPerMillion(), maxOutputPrice, maxOutputApprox));
  }

  /**
   * Whether the price, read as the decimal it prints as ({@code BigDecimal.valueOf}), is at most the ceiling.
   * Compared as doubles first: decimals that round to different doubles keep their order, so only a price equal
   * to the ceiling's nearest double needs the exact comparison (which builds a {@code BigDecimal}).
   */
  private static boolean withinCeiling(double price, BigDecimal ceiling, double ceilingApprox) {
    if (price != ceilingApprox) {
      return price < ceilingApprox;
    }
    return BigDecimal.valueOf(price).compareTo(ceiling) <= 0;
  }

  /**
   * Whether the compiled candidates ({@code QueryEngine.compiledCandidates}: capabilities, architecture and hidden
   * models on bit sets, the context floor on a column) are exactly the compiled models that match, so that no
   * definition need be read. Owner, provider, tags, modalities, prices and status are left to the definitions:
   * the owner's bit set is keyed in lower case, where the definition compares ignoring case, which can differ
   * outside ASCII, and the others are not all on bit sets. A condition added to {@link #matches} that no bit set or
   * column answers must be added here too.
   */
  boolean decidedByCandidates() {
    return ownedBy == null && provider == null && tags.isEmpty() && inputModalities.isEmpty()
        && outputModalities.isEmpty() && maxInputPrice == null && maxOutputPrice == null && status == null;
  }

  /**
   * Whether {@link ModelRegistry#listModels} may keep this query's answer until the registry changes: every
   * condition depends on the models alone. A status condition does not: a deprecation date passes with time.
   */
  boolean cacheable() {
    return status == null;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    return o instanceof ModelQuery q && hash == q.hash && required.equals(q.required) && excluded.equals(q.excluded)
        && Objects.equals(ownedBy, q.ownedBy) && tags.equals(q.tags) && preferred.equals(q.preferred)
        && Objects.equals(provider, q.provider) && minContextWindow == q.minContextWindow
        && Objects.equals(maxInputPrice, q.maxInputPrice) && Objects.equals(maxOutputPrice, q.maxOutputPrice)
        && priceCurrency.equals(q.priceCurrency) && inputModalities.equals(q.inputModalities)
        && outputModalities.equals(q.outputModalities) && architecture == q.architecture && status == q.status;
  }

  /** Computed once: a query is immutable, and the registry's query cache hashes it on every call. */
  @Override
  public int hashCode() {
    return hash;
  }

  /** Collects conditions; each call adds to what was given before. */
  public static final class Builder {
    private long required;
    private long excluded;
    private String ownedBy;
    private final List<String> tags = new ArrayList<>();
    private long preferred;
    private String provider;
    private int minContextWindow;
    private BigDecimal maxInputPrice;
    private BigDecimal maxOutputPrice;
    private String priceCurrency = "USD";
    private final EnumSet<Modality> inputModalities = EnumSet.noneOf(Modality.class);
    private final EnumSet<Modality> outputModalities = EnumSet.noneOf(Modality.class);
    private Architecture architecture;
    private ModelStatus status;

    private Builder() {}

    /** Listed models have every one of these capabilities. */
    public Builder require(Capability... capabilities) {
      required |= Capabilities.of("capabilities", capabilities).bits();
      return this;
    }

    /** Listed models have none of these capabilities. */
    public Builder exclude(Capability... capabilities) {
      excluded |= Capabilities.of("capabilities", capabilities).bits();
      return this;
    }

    /** Listed models are owned by this organisation ({@code owned_by}), named in any case. */
    public Builder ownedBy(String owner) {
      this.ownedBy = Objects.requireNonNull(owner, "ownedBy");
      return this;
    }

    /** Listed models carry every one of these tags, named in any case. */
    public Builder tags(String... tags) {
      Objects.requireNonNull(tags, "tags");
      for (int i = 0; i < tags.length; i++) {
        if (tags[i] == null) {
          throw Failures.nullElement("tags", i);
        }
      }
      this.tags.addAll(Arrays.asList(tags));
      return this;
    }

    public ModelQuery build() {
      return new ModelQuery(this);
    }

    // -------------------------------------------------------------------------------------------- extended query

    /** Capabilities that are nice to have: models with more of them are listed first; none is required. */
    public Builder prefer(Capability... capabilities) {
      preferred |= Capabilities.of("capabilities", capabilities).bits();
      return this;
    }

    /** Listed models have every one of these capabilities. */
    public Builder require(Iterable<Capability> capabilities) {
      required |= Capabilities.bits("capabilities", capabilities);
      return this;
    }

    /** Listed models come from this provider's catalog ({@link ModelDefinition#provider()}), named in any case. */
    public Builder provider(String provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Listed models take at least this many tokens of context.
     *
     * @throws IllegalArgumentException if {@code tokens} is negative
     */
    public Builder minContextWindow(int tokens) {
      if (tokens < 0) {
        throw new IllegalArgumentException("minContextWindow: " + tokens + " is negative; give a token count of at"
            + " least 0");
      }
      this.minContextWindow = tokens;
      return this;
    }

    /**
     * Listed models charge at most this per million input tokens, in {@link #priceCurrency}; unpriced models are
     * not listed.
     *
     * @throws IllegalArgumentException if the price is negative or not finite
     */
    public Builder maxInputPricePerMillion(double price) {
      this.maxInputPrice = price("maxInputPricePerMillion", price);
      return this;
    }

    /**
     * Listed models charge at most this per million output tokens, in {@link #priceCurrency}; unpriced models are
     * not listed.
     *
     * @throws IllegalArgumentException if the price is negative or not finite
     */
    public Builder maxOutputPricePerMillion(double price) {
      this.maxOutputPrice = price("maxOutputPricePerMillion", price);
      return this;
    }

    /**
     * The currency of the price limits, an ISO 4217 code in any case ({@code eur} is {@code EUR}); default
     * {@code USD}.
     *
     * @throws IllegalArgumentException when it is not three letters, rather than a query no price could meet
     */
    public Builder priceCurrency(String currency) {
      this.priceCurrency = Pricing.queryCurrency("priceCurrency", currency);
      return this;
    }

    private static BigDecimal price(String field, double price) {
      if (!Double.isFinite(price) || price < 0) {
        throw new IllegalArgumentException(field + ": " + price + " is not a price; give a finite number of at"
            + " least 0");
      }
      return BigDecimal.valueOf(price);
    }

    /** Listed models take every one of these modalities as input. */
    public Builder inputModalities(Modality... modalities) {
      inputModalities.addAll(Arrays.asList(modalities));
      return this;
    }

    /** Listed models put out every one of these modalities. */
    public Builder outputModalities(Modality... modalities) {
      outputModalities.addAll(Arrays.asList(modalities));
      return this;
    }

    /** Listed models are mixtures of experts. */
    public Builder moe() {
      this.architecture = Architecture.MOE;
      return this;
    }

    /** Listed models are dense (not mixtures of experts). */
    public Builder dense() {
      this.architecture = Architecture.DENSE;
      return this;
    }

    /** Listed models have this status. */
    public Builder status(ModelStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }
  }
}
