package dev.modelcatalog.runtime;

import java.util.Locale;

/**
 * Where a model is in its life: stated with {@code @Lifecycle(status = ...)}, else offered, or deprecated by its
 * provider. The constants after {@link #DEPRECATED} came with lifecycle facts and are appended, so existing
 * ordinals keep their meaning.
 */
public enum ModelStatus {
  /** Offered and not deprecated. */
  ACTIVE,
  /** Deprecated by its provider ({@link ModelDefinition#deprecated()}); see its replacement. */
  DEPRECATED,
  /** An early preview: may change or vanish without notice. */
  ALPHA,
  /** A public preview, not yet generally available. */
  BETA,
  /** No longer served; see its replacement. Retired models count as deprecated. */
  RETIRED;

  /** The status of a model: the one it states, else {@link #DEPRECATED} or {@link #ACTIVE}. */
  public static ModelStatus of(ModelDefinition model) {
    return model.status();
  }

  /** The lower-case name used in JSON, e.g. {@code active}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a model with this status is deprecated: {@link #DEPRECATED} and {@link #RETIRED}. */
  public boolean isDeprecated() {
    return this == DEPRECATED || this == RETIRED;
  }

  /**
   * Parses a status name in any case: {@code active}, {@code BETA}.
   *
   * @throws IllegalArgumentException naming the value when it is no status
   */
  public static ModelStatus parse(String name) {
    if (name != null) {
      for (ModelStatus status : values()) {
        if (status.name().equalsIgnoreCase(name.trim())) {
          return status;
        }
      }
    }
    throw new IllegalArgumentException("status: '" + name + "' is no status; expected one of alpha, beta, active,"
        + " deprecated, retired");
  }
}
