package dev.modelcatalog.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Finds annotation values javac could not attribute (yet): a constant of a class that another processor generates
 * in a later round, or one that does not exist at all.
 *
 * <p>javac represents such a value as an error attribute whose {@link AnnotationValue#getValue()} is the string
 * {@code <error>}, whatever the attribute's type. A real string value prints in source form, quoted
 * ({@link AnnotationValue#toString()}), so an unquoted {@code <error>} is an error even on a {@code String}
 * attribute, and any string on an attribute of another type is one too. Eclipse's compiler answers
 * {@code <error>} as well but prints it quoted, so under it {@code <error>} on a {@code String} attribute is taken
 * as unresolved whatever it prints.
 */
public final class UnresolvedValues {

  private static final String ANNOTATIONS_PACKAGE = "dev.modelcatalog.annotations.";
  /** What javac's error attribute answers for {@link AnnotationValue#getValue()}. */
  private static final String ERROR = "<error>";

  private UnresolvedValues() {}

  /**
   * The first unresolved value among the catalog annotations on the stub and on its package (the
   * {@code @Provider}), in declaration order.
   */
  public static Optional<Location> find(TypeElement stub, Elements elements) {
    Optional<Location> own = inAnnotations(stub);
    if (own.isPresent()) {
      return own;
    }
    PackageElement pkg = elements.getPackageOf(stub);
    return pkg == null ? Optional.empty() : inAnnotations(pkg);
  }

  /** The first unresolved value among the catalog annotations on the element, in declaration order. */
  static Optional<Location> inAnnotations(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (!type.getQualifiedName().toString().startsWith(ANNOTATIONS_PACKAGE)) {
        continue;
      }
      Optional<AnnotationValue> value = firstUnresolved(mirror);
      if (value.isPresent()) {
        return Optional.of(new Location(element, mirror, value.get()));
      }
    }
    return Optional.empty();
  }

  /** The first written value of the annotation that javac could not attribute, descending into nested ones. */
  static Optional<AnnotationValue> firstUnresolved(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      Optional<AnnotationValue> bad = unresolved(entry.getKey().getReturnType(), entry.getValue());
      if (bad.isPresent()) {
        return bad;
      }
    }
    return Optional.empty();
  }

  private static Optional<AnnotationValue> unresolved(TypeMirror expected, AnnotationValue value) {
    Object raw = value.getValue();
    if (raw instanceof String) {
      if (!isString(expected)) {
        return Optional.of(value);
      }
      // Only a value that reads <error> may be one; under javac its source form tells, a real string printing
      // quoted. Eclipse's compiler prints its error value quoted too, so there the value alone decides (a string
      // literal "<error>" would be taken as unresolved). Printing every string value instead (a description runs
      // to hundreds of characters) cost 10,000-model builds time.
      boolean error = raw.equals(ERROR) && (isEclipse(value) || !value.toString().startsWith("\""));
      return error ? Optional.of(value) : Optional.empty();
    }
    if (raw instanceof AnnotationMirror nested) {
      return firstUnresolved(nested);
    }
    if (raw instanceof List<?> items) {
      TypeMirror component = expected instanceof ArrayType array ? array.getComponentType() : expected;
      for (Object item : items) {
        if (item instanceof AnnotationValue itemValue) {
          Optional<AnnotationValue> bad = unresolved(component, itemValue);
          if (bad.isPresent()) {
            return bad;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the value comes from Eclipse's compiler, whose annotation model is its own implementation. */
  private static boolean isEclipse(AnnotationValue value) {
    return value.getClass().getName().startsWith("org.eclipse.jdt.");
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals("java.lang.String");
  }
}
