package dev.modelcatalog.annotations;

/**
 * Where a {@link Model} is in its life, as stated in {@link Lifecycle#status()}. The runtime's
 * {@code ModelStatus} has the same constants.
 */
public enum LifecycleStatus {
  /** An early preview: may change or vanish without notice. */
  ALPHA,
  /** A public preview: usable, but not yet generally available. */
  BETA,
  /** Generally available. */
  ACTIVE,
  /** Still served, but on its way out; names a replacement where there is one. */
  DEPRECATED,
  /** No longer served; must name a {@link Model#replacement()}. */
  RETIRED
}
