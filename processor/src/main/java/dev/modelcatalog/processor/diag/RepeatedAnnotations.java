package dev.modelcatalog.processor.diag;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports on one of several repeated annotations ({@code @Route} written three times). javac folds repeated
 * annotations into a container ({@code @Routes}) that has no source of its own, so the {@code Messager} cannot
 * place a message on an annotation inside it and falls back to the class. This finds the written annotation
 * through the compiler's tree API instead: the n-th annotation of that type on the element, then the argument
 * for the attribute, and prints there. A container the author wrote (one {@code @Route} beside an explicit
 * {@code @Routes}, which Java allows) has a source, and the {@code Messager} finds the annotations inside it.
 *
 * <p>The tree API belongs to javac; under another compiler, or when the source is not available, {@link #print}
 * returns {@code false} and the caller reports through the {@code Messager} as usual.
 */
final class RepeatedAnnotations {

  private final Trees trees;

  private RepeatedAnnotations(Trees trees) {
    this.trees = trees;
  }

  /** A mirror's place in the {@code value} array of a container annotation. */
  private record Slot(AnnotationMirror container, int position) {}

  /** A locator for this compilation; one that never prints when the tree API is not available. */
  static RepeatedAnnotations of(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotations(Trees.instance(env));
    } catch (RuntimeException | LinkageError notJavac) {
      return new RepeatedAnnotations(null);
    }
  }

  /**
   * Prints the message on the attribute {@code value} (or, when null, on the annotation {@code mirror}) if the
   * mirror is one of several repeated annotations of the element.
   *
   * @return whether it printed; {@code false} when the mirror is written directly on the element or inside a
   *     container written in the source (the {@code Messager} places those itself) or its source cannot be found
   */
  boolean print(Diagnostic.Kind kind, String message, Element element, AnnotationMirror mirror,
      AnnotationValue value) {
    if (trees == null || element == null || mirror == null || element.getAnnotationMirrors().contains(mirror)) {
      return false;
    }
    try {
      Slot slot = slotInContainer(element, mirror);
      TreePath path = slot == null ? null : trees.getPath(element);
      if (path == null || !written(path, slot.container()).isEmpty()) {
        // With the container written out, the n-th item in it is not the n-th @Route written on the element.
        return false;
      }
      List<AnnotationTree> sameType = written(path, mirror);
      AnnotationTree annotation = slot.position() < sameType.size() ? sameType.get(slot.position()) : null;
      if (annotation == null) {
        return false;
      }
      Tree at = value == null ? annotation : argument(annotation, attributeOf(mirror, value));
      trees.printMessage(kind, message, at != null ? at : annotation, path.getCompilationUnit());
      return true;
    } catch (RuntimeException unexpected) {
      return false; // fall back to the Messager, which places the message on the element
    }
  }

  /** Where the mirror is in the {@code value} array of one of the element's container annotations, or null. */
  private static Slot slotInContainer(Element element, AnnotationMirror mirror) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
          : container.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals("value")
            && entry.getValue().getValue() instanceof List<?> items) {
          for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof AnnotationValue item && item.getValue() == mirror) {
              return new Slot(container, i);
            }
          }
        }
      }
    }
    return null;
  }

  /** The annotations written on the element with the mirror's type, in source order. */
  private List<AnnotationTree> written(TreePath path, AnnotationMirror mirror) {
    List<? extends AnnotationTree> written;
    Tree leaf = path.getLeaf();
    if (leaf instanceof ClassTree type) {
      written = type.getModifiers().getAnnotations();
    } else if (leaf instanceof PackageTree pkg) {
      written = pkg.getAnnotations();
    } else {
      return List.of();
    }
    String wanted = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    List<AnnotationTree> sameType = new ArrayList<>();
    for (AnnotationTree annotation : written) {
      Element type = trees.getElement(new TreePath(path, annotation.getAnnotationType()));
      if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(wanted)) {
        sameType.add(annotation);
      }
    }
    return sameType;
  }

  private static String attributeOf(AnnotationMirror mirror, AnnotationValue value) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getValue() == value) {
        return entry.getKey().getSimpleName().toString();
      }
    }
    return null;
  }

  /** The expression written for the attribute, or null. */
  private static ExpressionTree argument(AnnotationTree annotation, String attribute) {
    if (attribute == null) {
      return null;
    }
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree name
          && name.getName().contentEquals(attribute)) {
        return assignment.getExpression();
      }
    }
    return null;
  }
}
