package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.read.ProviderLocations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.util.Elements;

/**
 * Checks the providers of the compilation: a provider id is declared by one package only, since the registry
 * and the generated catalog names take the id as the provider's identity. Reported on every package declaring it,
 * each naming another. A package without stubs counts too: its platforms and metadata would be lost beside the
 * package whose stubs make the catalog.
 */
public final class ProviderValidator {

  private final Elements elements;

  public ProviderValidator(Elements elements) {
    this.elements = elements;
  }

  /**
   * @param models the models of the compilation
   * @param providerIds the id of every {@code @Provider} package of the compilation, by package name, those
   *     without stubs included
   */
  public Report validate(List<ValidModel> models, Map<String, String> providerIds) {
    Map<String, Set<String>> packagesById = new TreeMap<>();
    for (ValidModel model : models) {
      packagesById.computeIfAbsent(model.declaration().provider().id(), k -> new TreeSet<>())
          .add(model.declaration().provider().packageName());
    }
    providerIds.forEach((packageName, id) -> packagesById.computeIfAbsent(id, k -> new TreeSet<>()).add(packageName));
    Report report = new Report();
    packagesById.forEach((id, packages) -> {
      if (packages.size() < 2) {
        return;
      }
      List<String> sorted = List.copyOf(packages);
      for (int i = 0; i < sorted.size(); i++) {
        String other = sorted.get(i == 0 ? 1 : 0);
        report.add(Finding.of(Message.DUPLICATE_PROVIDER_ID, ProviderLocations.id(elements, sorted.get(i)), id,
            other));
      }
    });
    return report;
  }
}
