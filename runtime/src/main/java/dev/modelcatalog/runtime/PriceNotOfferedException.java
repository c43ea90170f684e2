package dev.modelcatalog.runtime;

/**
 * A request used something the model puts no price on (images on a model without a per-image price, for
 * example), so its cost cannot be computed. {@link #field()} names the missing price.
 */
public final class PriceNotOfferedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public PriceNotOfferedException(String modelId, String field, String what) {
    super("model '" + modelId + "' has no " + field + " price, so " + what + " cannot be priced; add the price or"
        + " leave it out of the usage");
    this.field = field;
  }

  /** The missing price, as a field path such as {@code pricing.perImage}. */
  public String field() {
    return field;
  }
}
