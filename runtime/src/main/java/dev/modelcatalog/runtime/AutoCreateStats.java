package dev.modelcatalog.runtime;

/**
 * The state of a registry's auto-created models.
 *
 * @param size models held now
 * @param capacity the most held at once (a few more for a moment while threads create concurrently)
 * @param policy what happens when the store is full
 * @param created models created since the registry was built
 * @param evicted models dropped to make room ({@link AutoCreatePolicy#EVICT_OLDEST})
 * @param refused requests refused because the store was full ({@link AutoCreatePolicy#REFUSE})
 */
public record AutoCreateStats(
    int size, int capacity, AutoCreatePolicy policy, long created, long evicted, long refused) {}
