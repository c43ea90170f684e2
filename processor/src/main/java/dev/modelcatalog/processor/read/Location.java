package dev.modelcatalog.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where to report: an element, optionally narrowed to one of its annotations and one value of it.
 *
 * @param element the annotated element, never null
 * @param mirror the annotation, or null to report on the element
 * @param value the attribute value (or one element of an array value), or null to report on the annotation
 */
public record Location(Element element, AnnotationMirror mirror, AnnotationValue value) {}
