package dev.modelcatalog.processor.read;

import javax.lang.model.element.PackageElement;

/**
 * A {@code @Provider} package.
 *
 * @param annotation the {@code @Provider} annotation on the package
 * @param id the provider id
 * @param name the display name, the id when none was written
 */
public record ProviderDeclaration(AnnotationDeclaration annotation, String id, String name) {

  public PackageElement element() {
    return (PackageElement) annotation.element();
  }

  public String packageName() {
    return element().getQualifiedName().toString();
  }
}
