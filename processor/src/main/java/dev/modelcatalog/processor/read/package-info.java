/**
 * Stage 1, reading: turns annotation mirrors into declarations that keep the element, the mirror and every
 * {@link javax.lang.model.element.AnnotationValue}, so later stages can report on the exact attribute; and reads
 * the key indexes of catalogs already on the class path.
 *
 * <p>Depends on {@code javax.lang.model}, the annotations (by name only) and {@code diag}; never on
 * {@code write}.
 */
package dev.modelcatalog.processor.read;
