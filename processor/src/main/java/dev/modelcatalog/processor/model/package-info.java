/**
 * Stage 2, the model: validated, immutable data the writers turn into code. Plain strings, numbers, lists and the
 * runtime's own immutable {@code ModelDefinition}; the only tie to the source is the originating element each
 * spec keeps for the writers.
 *
 * <p>Depends on the runtime's value types and {@code javax.lang.model.element} (originating elements) only.
 */
package dev.modelcatalog.processor.model;
