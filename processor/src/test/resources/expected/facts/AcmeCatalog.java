package test.facts;

import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ProviderInfo;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The {@code acme} catalog: the models declared in package {@code test.facts}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
public final class AcmeCatalog implements ModelCatalog {
  /**
   * The id of {@code OmniPro}: {@value}.
   */
  public static final String OMNI_PRO = "acme/omni-pro";

  /**
   * The id of {@code OpenChat8b}: {@value}.
   */
  public static final String OPEN_CHAT_8B = "acme/open-chat-8b";

  private static final int SIZE = 2;

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
    return "Acme";
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
   * Models 0 to 1: id, owner, capability bits.
   */
  private static void rows0() {
    row(0, OMNI_PRO, "acme", 0x60af39L);
    row(1, OPEN_CHAT_8B, "acme", 0x608b01L);
  }

  private static void row(int index, String id, String owner, long capabilityBits) {
    IDS[index] = id;
    OWNERS[index] = owner;
    CAPABILITY_BITS[index] = capabilityBits;
  }

  @Override
  public ProviderInfo providerInfo() {
    return new ProviderInfo("acme", "Acme", "", AuthType.API_KEY);
  }
}
