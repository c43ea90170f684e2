package test.acme;

import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.ProviderInfo;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.Snapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The {@code acme} catalog: the models declared in package {@code test.acme}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
public final class AcmeCatalog implements ModelCatalog {
  private static final int SIZE = 3;

  /**
   * Creates the catalog; {@link java.util.ServiceLoader} calls this. Fails if the runtime does not read
   * the catalog format this class was generated in.
   */
  public AcmeCatalog() {
    ModelCatalog.requireFormat(2, AcmeCatalog.class);
  }

  @Override
  public String providerId() {
    return "acme";
  }

  @Override
  public String providerName() {
    return "Acme AI";
  }

  @Override
  public int size() {
    return SIZE;
  }

  @Override
  public String id(int index) {
    return AcmeCatalogRows.IDS[index];
  }

  @Override
  public String ownedBy(int index) {
    return AcmeCatalogRows.OWNERS[index];
  }

  @Override
  public long capabilityBits(int index) {
    return AcmeCatalogRows.CAPABILITY_BITS[index];
  }

  @Override
  public int contextWindow(int index) {
    return AcmeCatalogRows.CONTEXT_WINDOWS[index];
  }

  @Override
  public ModelDefinition model(int index) {
    Objects.checkIndex(index, SIZE);
    return AcmeCatalogShard0.model(index);
  }

  @Override
  public int keyBucketBits() {
    return 0;
  }

  @Override
  public void keys(ModelCatalog.KeySink sink) {
    for (int bucket = 0; bucket < 1; bucket++) {
      keys(bucket, sink);
    }
  }

  @Override
  public void keys(int bucket, ModelCatalog.KeySink sink) {
    Objects.checkIndex(bucket, 1);
    // The one bucket. A compact key is given as the id or alias whose form it is.
    sink.id("rocket-2024-05-13", 0);
    sink.normalized("rocket-2024-05-13", 0);
    sink.compact("rocket-2024-05-13", 0);
    sink.id("rocket-2024-08-06", 1);
    sink.alias("rocket", 1);
    sink.normalized("rocket-2024-08-06", 1);
    sink.normalized("rocket", 1);
    sink.compact("rocket-2024-08-06", 1);
    sink.compact("rocket", 1);
    sink.id("spark", 2);
    sink.normalized("spark", 2);
    sink.compact("spark", 2);
  }

  @Override
  public int[] exactKeyHashes() {
    return ModelCatalog.decodeKeyHashes("c8d346d40688f2dd7f4850767f49ad77");
  }

  @Override
  public String compilationId() {
    return "abf7fa436e60e2e460bf24de5a0654cb";
  }

  @Override
  public ProviderInfo providerInfo() {
    return new ProviderInfo("acme", "Acme AI", "https://docs.acme.example", AuthType.OAUTH);
  }

  @Override
  public List<Platform> platforms() {
    return List.of(
        new Platform("acme-cloud", "Acme Cloud", "https://api.acme.example/v1", "", AuthType.API_KEY, RouteStatus.ACTIVE),
        new Platform("acme-edge", "Acme Edge", "https://edge.acme.example/v1", "", AuthType.API_KEY, RouteStatus.BETA));
  }

  @Override
  public List<Route> routes(int index) {
    Objects.checkIndex(index, SIZE);
    switch (index >>> 6) {
      case 0:
        return AcmeCatalogRoutes0.routes(index);
      default:
        return List.of();
    }
  }

  @Override
  public List<Snapshot> snapshots() {
    return List.of(
        new Snapshot("rocket", Ids.ROCKET_20240513, LocalDate.of(2024, 5, 13)),
        new Snapshot("rocket", Ids.ROCKET_20240806, LocalDate.of(2024, 8, 6)));
  }

  /**
   * The ids of the catalog's models, one constant per stub.
   */
  public static final class Ids {
    /**
     * The id of {@code Rocket20240513}: {@value}.
     */
    public static final String ROCKET_20240513 = "rocket-2024-05-13";

    /**
     * The id of {@code Rocket20240806}: {@value}.
     */
    public static final String ROCKET_20240806 = "rocket-2024-08-06";

    /**
     * The id of {@code Spark}: {@value}.
     */
    public static final String SPARK = "spark";

    private Ids() {
    }
  }
}
