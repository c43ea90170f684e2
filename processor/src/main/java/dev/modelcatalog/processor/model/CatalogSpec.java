package dev.modelcatalog.processor.model;

import dev.modelcatalog.processor.Names;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

/**
 * One provider's catalog: the models of one {@code @Provider} package, in catalog order.
 *
 * @param provider the {@code @Provider} package
 * @param providerId the provider id
 * @param providerName the display name
 * @param packageName the package of the generated catalog
 * @param simpleName the catalog class's simple name
 * @param models the models, sorted by {@link ModelSpec#ORDER}
 */
public record CatalogSpec(
    PackageElement provider,
    String providerId,
    String providerName,
    String packageName,
    String simpleName,
    List<ModelSpec> models) {

  public CatalogSpec {
    List<ModelSpec> sorted = new ArrayList<>(models);
    sorted.sort(ModelSpec.ORDER);
    models = List.copyOf(sorted);
  }

  public String qualifiedName() {
    return packageName + "." + simpleName;
  }

  public int shardCount() {
    return Names.shardCount(models.size());
  }

  /** The models of one shard. */
  public List<ModelSpec> shard(int shard) {
    int from = shard * Names.SHARD_SIZE;
    return models.subList(from, Math.min(models.size(), from + Names.SHARD_SIZE));
  }

  /** The stubs of the shard's models, plus the provider package: the originating elements of shard files. */
  public List<Element> originatingElements(List<ModelSpec> some) {
    List<Element> elements = new ArrayList<>();
    elements.add(provider);
    some.forEach(model -> elements.add(model.stub()));
    return elements;
  }
}
