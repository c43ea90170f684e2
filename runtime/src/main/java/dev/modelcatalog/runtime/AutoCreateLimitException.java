package dev.modelcatalog.runtime;

/** The store of auto-created models is full and its policy is {@link AutoCreatePolicy#REFUSE}. */
public final class AutoCreateLimitException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String modelId;
  private final int capacity;

  public AutoCreateLimitException(String modelId, int capacity) {
    super("cannot auto-create model '" + modelId + "': the registry already holds " + capacity
        + " auto-created models (its limit) and refuses new ones; register the model, raise the limit with"
        + " setAutoCreateLimit, or clear the auto-created models");
    this.modelId = modelId;
    this.capacity = capacity;
  }

  /** The id that was asked for. */
  public String modelId() {
    return modelId;
  }

  /** The limit that was reached. */
  public int capacity() {
    return capacity;
  }
}
