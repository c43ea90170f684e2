package dev.modelcatalog.runtime;

/**
 * A model could not be added because one of its keys (id, alias or normalized id) already belongs to another
 * model. Nothing was changed.
 */
public final class ModelConflictException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String modelId;
  private final String field;
  private final String key;
  private final String existingModelId;

  public ModelConflictException(String modelId, String field, String key, String existingModelId) {
    super("cannot add model '" + modelId + "': " + field + " '" + key + "' already belongs to model '"
        + existingModelId + "'");
    this.modelId = modelId;
    this.field = field;
    this.key = key;
    this.existingModelId = existingModelId;
  }

  /** The id of the model that could not be added. */
  public String modelId() {
    return modelId;
  }

  /** Which of its keys clashed: {@code id}, {@code aliases[i]}, {@code normalized id}. */
  public String field() {
    return field;
  }

  /** The clashing key. */
  public String key() {
    return key;
  }

  /** The id of the model that already holds the key. */
  public String existingModelId() {
    return existingModelId;
  }
}
