package dev.modelcatalog.processor.model;

import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.processor.Names;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.ProviderInfo;
import dev.modelcatalog.runtime.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
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
 * @param providerInfo the provider's metadata ({@code @Provider}: docs URL, authentication)
 * @param platforms the platforms the provider declares ({@code @Platform}), sorted by id
 */
public record CatalogSpec(
    PackageElement provider,
    String providerId,
    String providerName,
    String packageName,
    String simpleName,
    List<ModelSpec> models,
    ProviderInfo providerInfo,
    List<Platform> platforms) {

  public CatalogSpec {
    List<ModelSpec> sorted = new ArrayList<>(models);
    sorted.sort(ModelSpec.ORDER);
    models = List.copyOf(sorted);
    List<Platform> byId = new ArrayList<>(platforms);
    byId.sort(Comparator.comparing(Platform::id));
    platforms = List.copyOf(byId);
  }

  /** A catalog whose provider states no metadata beyond id and name, and declares no platform. */
  public CatalogSpec(PackageElement provider, String providerId, String providerName, String packageName,
      String simpleName, List<ModelSpec> models) {
    this(provider, providerId, providerName, packageName, simpleName, models,
        new ProviderInfo(providerId, providerName, "", AuthType.API_KEY), List.of());
  }

  // ---------------------------------------------------------------------------------- routes and snapshots

  /** Whether any model of the shard has a route. */
  public boolean hasRoutes(int shard) {
    return shard(shard).stream().anyMatch(model -> !model.routes().isEmpty());
  }

  /** Whether any model of the catalog has a route. */
  public boolean hasRoutes() {
    return models.stream().anyMatch(model -> !model.routes().isEmpty());
  }

  /** The catalog's snapshots, sorted by family, then date. */
  public List<Snapshot> snapshots() {
    List<Snapshot> snapshots = new ArrayList<>();
    models.forEach(model -> model.snapshot().ifPresent(snapshots::add));
    snapshots.sort(Comparator.comparing(Snapshot::family).thenComparing(Snapshot::date));
    return List.copyOf(snapshots);
  }

  /** The id constant of the model with this id. */
  public String constantOf(String modelId) {
    for (ModelSpec model : models) {
      if (model.id().equals(modelId)) {
        return model.constantName();
      }
    }
    throw new IllegalArgumentException("no model '" + modelId + "' in " + qualifiedName());
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
