package dev.modelcatalog.runtime;

import java.util.Locale;

/** Where a model is in its life: offered, or deprecated by its provider. */
public enum ModelStatus {
  /** Offered and not deprecated. */
  ACTIVE,
  /** Deprecated by its provider ({@link ModelDefinition#deprecated()}); see its replacement. */
  DEPRECATED;

  /** The status of a model. */
  public static ModelStatus of(ModelDefinition model) {
    return model.deprecated() ? DEPRECATED : ACTIVE;
  }

  /** The lower-case name used in JSON, e.g. {@code active}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
