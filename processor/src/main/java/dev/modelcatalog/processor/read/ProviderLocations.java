package dev.modelcatalog.processor.read;

import dev.modelcatalog.annotations.Provider;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * Where to report on a provider in the current round. Mirrors kept from an earlier round no longer lead the
 * Messager to their source position, so catalog-wide findings on a provider look its package up afresh.
 */
public final class ProviderLocations {

  private ProviderLocations() {}

  /** The {@code id = "..."} of the package's {@code @Provider}, else the package. */
  public static Location id(Elements elements, String packageName) {
    PackageElement pkg = elements.getPackageElement(packageName);
    if (pkg == null) {
      return new Location(null, null, null);
    }
    return ModelReader.mirror(pkg, Provider.class)
        .map(mirror -> AnnotationDeclaration.of(pkg, mirror, elements).locate("id"))
        .orElseGet(() -> new Location(pkg, null, null));
  }
}
