package dev.modelcatalog.processor.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Stubs set aside because an annotation value could not be resolved yet. javac attributes every annotation anew
 * in each round, so a constant that another processor generates in a later round resolves then; until the last
 * round nothing is reported. Stubs are remembered by qualified name, since elements of an earlier round are stale.
 */
final class DeferredModels {

  private final Elements elements;
  private final Set<String> deferred = new TreeSet<>();

  DeferredModels(Elements elements) {
    this.elements = elements;
  }

  /**
   * The round's {@code @Model} elements followed by the deferred stubs, less those whose values are still
   * unresolved; those are deferred (again).
   */
  List<Element> ready(List<Element> roundElements) {
    List<Element> candidates = new ArrayList<>(roundElements);
    Set<String> seen = new HashSet<>();
    for (Element element : roundElements) {
      if (element instanceof TypeElement type) {
        seen.add(type.getQualifiedName().toString());
      }
    }
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null && seen.add(name)) {
        candidates.add(type);
      }
    }
    deferred.clear();
    List<Element> ready = new ArrayList<>();
    for (Element element : candidates) {
      if (element instanceof TypeElement type && UnresolvedValues.find(type, elements).isPresent()) {
        deferred.add(type.getQualifiedName().toString());
      } else {
        ready.add(element);
      }
    }
    return ready;
  }

  boolean isEmpty() {
    return deferred.isEmpty();
  }

  /** For each stub still deferred, where its first unresolved value is, sorted by stub name. */
  List<Location> unresolved() {
    List<Location> locations = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      Optional<Location> at = type == null ? Optional.empty() : UnresolvedValues.find(type, elements);
      at.ifPresent(locations::add);
    }
    return locations;
  }
}
