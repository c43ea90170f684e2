/**
 * The annotation processor that validates model stubs and generates provider catalogs. The entry point,
 * {@link dev.modelcatalog.processor.CatalogProcessor}, wires the stages, each in its own package:
 * {@code read} (mirrors to declarations), {@code validate} (per-model and catalog-wide checks), {@code model}
 * (validated data), {@code write} (JavaPoet writers) and {@code diag} (reporting). {@link
 * dev.modelcatalog.processor.Names} derives every generated name.
 *
 * <p>Depends on the annotations, the runtime (for its pure functions: presets, rules, id normalization) and
 * JavaPoet.
 */
package dev.modelcatalog.processor;
