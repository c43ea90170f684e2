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
 * <p>This module has no dependencies.
 */
package dev.modelcatalog.annotations;
