package dev.modelcatalog.runtime;

import java.util.Map;

/**
 * A snapshot of what a registry holds.
 *
 * @param totalModels models visible in the registry
 * @param compiledModels of which come from compiled catalogs
 * @param runtimeModels of which were registered (or replaced) at run time
 * @param totalAliases aliases of the visible models
 * @param catalogs compiled catalogs loaded
 * @param autoCreate whether unknown models are created on demand
 * @param capabilities number of visible models per capability (every capability listed, zeros included)
 * @param owners number of visible models per owner, in owner order
 */
public record RegistryStats(
    int totalModels,
    int compiledModels,
    int runtimeModels,
    int totalAliases,
    int catalogs,
    boolean autoCreate,
    Map<Capability, Integer> capabilities,
    Map<String, Integer> owners) {

  public RegistryStats {
    java.util.EnumMap<Capability, Integer> ordered = new java.util.EnumMap<>(Capability.class);
    ordered.putAll(capabilities);
    capabilities = java.util.Collections.unmodifiableMap(ordered);
    owners = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(owners));
  }
}
