package dev.modelcatalog.runtime;

/**
 * A request used something the model puts no price on (images on a model without a per-image price, for
 * example), so its cost cannot be computed. {@link #field()} names the missing price.
 */
public final class PriceNotOfferedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public PriceNotOfferedException(String modelId, String field, String what) {
    super(message(modelId, field, what));
    this.field = field;
  }

  private static String message(String modelId, String field, String what) {
    if (field.equals("pricing")) {
      // The model has no prices at all: nothing in the usage can be left out to price the rest.
      return "model '" + modelId + "' has no pricing, so its requests cannot be priced; give the model prices";
    }
    return "model '" + modelId + "' has no " + field + " price, so " + what + " cannot be priced; add the price or"
        + " leave it out of the usage";
  }

  /** The missing price, as a field path such as {@code pricing.perImage}. */
  public String field() {
    return field;
  }
}
