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

  private static final int SIZE = 3;

  private static final String[] IDS = new String[SIZE];

  private static final String[] OWNERS = new String[SIZE];

  private static final long[] CAPABILITY_BITS = new long[SIZE];

  static {
    rows0();
  }

  /**
   * Creates the catalog; {@link java.util.ServiceLoader} calls this.
   */
  public AcmeCatalog() {
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
    return IDS[index];
  }

  @Override
  public String ownedBy(int index) {
    return OWNERS[index];
  }

  @Override
  public long capabilityBits(int index) {
    return CAPABILITY_BITS[index];
  }

  @Override
  public ModelDefinition model(int index) {
    Objects.checkIndex(index, SIZE);
    switch (index >>> 8) {
      case 0:
        return AcmeCatalogShard0.MODELS[index & 255];
      default:
        throw new AssertionError(index);
    }
  }

  @Override
  public void keys(ModelCatalog.KeySink sink) {
    AcmeCatalogKeys0.keys(sink);
  }

  /**
   * Models 0 to 2: id, owner, capability bits.
   */
  private static void rows0() {
    row(0, ROCKET_20240513, "acme", 0x608b01L);
    row(1, ROCKET_20240806, "acme", 0x608b01L);
    row(2, SPARK, "acme", 0x608b01L);
  }

  private static void row(int index, String id, String owner, long capabilityBits) {
    IDS[index] = id;
    OWNERS[index] = owner;
    CAPABILITY_BITS[index] = capabilityBits;
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
    switch (index >>> 8) {
      case 0:
        return AcmeCatalogRoutes0.routes(index);
      default:
        return List.of();
    }
  }

  @Override
  public List<Snapshot> snapshots() {
    return List.of(
        new Snapshot("rocket", ROCKET_20240513, LocalDate.of(2024, 5, 13)),
        new Snapshot("rocket", ROCKET_20240806, LocalDate.of(2024, 8, 6)));
  }
}
