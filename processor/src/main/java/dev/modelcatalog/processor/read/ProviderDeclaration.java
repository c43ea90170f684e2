package dev.modelcatalog.processor.read;

import java.util.List;
import javax.lang.model.element.PackageElement;

/**
 * A {@code @Provider} package.
 *
 * @param annotation the {@code @Provider} annotation on the package
 * @param id the provider id
 * @param name the display name, the id when none was written
 * @param platforms each {@code @Platform} of the package (written once, or repeated inside the compiler's
 *     {@code @Platforms} container), in declaration order
 */
public record ProviderDeclaration(AnnotationDeclaration annotation, String id, String name,
    List<AnnotationDeclaration> platforms) {

  public ProviderDeclaration {
    platforms = List.copyOf(platforms);
  }

  public PackageElement element() {
    return (PackageElement) annotation.element();
  }

  public String packageName() {
    return element().getQualifiedName().toString();
  }
}
