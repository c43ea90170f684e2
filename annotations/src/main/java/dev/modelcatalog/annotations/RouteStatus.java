package dev.modelcatalog.annotations;

/**
 * Whether a {@link Route} (or a {@link Platform}) can take traffic. The registry's best route and fallback
 * chain use {@link #ACTIVE} routes first, then {@link #BETA} ones, and never the others.
 */
public enum RouteStatus {
  /** In service; preferred. */
  ACTIVE,
  /** In service, but new or unproven; used after every active route. */
  BETA,
  /** Temporarily out of service; skipped by best route, fallback chain and cheapest route. */
  MAINTENANCE,
  /** Out of service; skipped by best route, fallback chain and cheapest route. */
  INACTIVE
}
