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
  private static final int SIZE = 2;

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
    return "Acme";
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
    sink.id("acme/omni-pro", 0);
    sink.normalized("omni-pro", 0);
    sink.compact("acme/omni-pro", 0);
    sink.id("acme/open-chat-8b", 1);
    sink.normalized("open-chat-8b", 1);
    sink.compact("acme/open-chat-8b", 1);
  }

  @Override
  public int[] exactKeyHashes() {
    return ModelCatalog.decodeKeyHashes("aa7f182ef3d943f1");
  }

  @Override
  public String compilationId() {
    return "82a7f65ec3eb721645c416faa0e9b2a9";
  }

  @Override
  public ProviderInfo providerInfo() {
    return new ProviderInfo("acme", "Acme", "", AuthType.API_KEY);
  }

  /**
   * The ids of the catalog's models, one constant per stub.
   */
  public static final class Ids {
    /**
     * The id of {@code OmniPro}: {@value}.
     */
    public static final String OMNI_PRO = "acme/omni-pro";

    /**
     * The id of {@code OpenChat8b}: {@value}.
     */
    public static final String OPEN_CHAT_8B = "acme/open-chat-8b";

    private Ids() {
    }
  }
}
