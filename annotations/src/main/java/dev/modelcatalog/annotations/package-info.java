/**
 * The annotations a provider writes on model stubs, and the presets they name.
 *
 * <p>A provider's package carries {@link dev.modelcatalog.annotations.Provider} on its
 * {@code package-info.java}; each model is an empty class carrying {@link dev.modelcatalog.annotations.Model}
 * and, where it differs from its preset, {@link dev.modelcatalog.annotations.Capabilities},
 * {@link dev.modelcatalog.annotations.MoE}, {@link dev.modelcatalog.annotations.Latency} and
 * {@link dev.modelcatalog.annotations.Pricing}. The annotation processor validates them and generates
 * the catalog; nothing here is read at run time (CLASS retention).
 *
 * <p>Routes: a stub may also carry repeated {@link dev.modelcatalog.annotations.Route} annotations, one per
 * platform it is reachable through; a provider package may declare extra platforms with
 * {@link dev.modelcatalog.annotations.Platform}.
 *
 * <p>Dated snapshots: each snapshot of a model family ({@code gpt-4o-2024-08-06} of {@code gpt-4o}) is a stub of
 * its own carrying {@link dev.modelcatalog.annotations.Snapshot}; the one marked latest answers to the family id.
 * <p>Model facts: a stub may state its network ({@link dev.modelcatalog.annotations.Architecture}), its input
 * and output content ({@link dev.modelcatalog.annotations.Modalities}), the request parameters it honours
 * ({@link dev.modelcatalog.annotations.SupportedParameters}), its life and provenance
 * ({@link dev.modelcatalog.annotations.Lifecycle}) and per-request limits
 * ({@link dev.modelcatalog.annotations.Limits}); each is optional and derived or left unstated without it.
 *
 * <p>This module has no dependencies.
 */
package dev.modelcatalog.annotations;
