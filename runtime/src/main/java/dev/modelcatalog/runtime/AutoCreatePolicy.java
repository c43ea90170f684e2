package dev.modelcatalog.runtime;

/**
 * What the registry does when its store of auto-created models is full and {@link ModelRegistry#getOrCreate}
 * is asked for a model it has not created yet.
 */
public enum AutoCreatePolicy {
  /**
   * Drop the model created longest ago and keep the new one (the default). Lookups keep succeeding; a model
   * dropped and asked for again is created anew, so it may be a different instance.
   */
  EVICT_OLDEST,
  /**
   * Keep what is stored and throw {@link AutoCreateLimitException}. The models created first stay stable;
   * new names are refused until the store is cleared.
   */
  REFUSE
}
