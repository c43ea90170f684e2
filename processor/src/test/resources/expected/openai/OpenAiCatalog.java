package test.openai;

import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ProviderInfo;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The {@code openai} catalog: the models declared in package {@code test.openai}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
public final class OpenAiCatalog implements ModelCatalog {
  private static final int SIZE = 4;

  /**
   * Creates the catalog; {@link java.util.ServiceLoader} calls this. Fails if the runtime does not read
   * the catalog format this class was generated in.
   */
  public OpenAiCatalog() {
    ModelCatalog.requireFormat(2, OpenAiCatalog.class);
  }

  @Override
  public String providerId() {
    return "openai";
  }

  @Override
  public String providerName() {
    return "OpenAI";
  }

  @Override
  public int size() {
    return SIZE;
  }

  @Override
  public String id(int index) {
    return OpenAiCatalogRows.IDS[index];
  }

  @Override
  public String ownedBy(int index) {
    return OpenAiCatalogRows.OWNERS[index];
  }

  @Override
  public long capabilityBits(int index) {
    return OpenAiCatalogRows.CAPABILITY_BITS[index];
  }

  @Override
  public int contextWindow(int index) {
    return OpenAiCatalogRows.CONTEXT_WINDOWS[index];
  }

  @Override
  public ModelDefinition model(int index) {
    Objects.checkIndex(index, SIZE);
    return OpenAiCatalogShard0.model(index);
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
    sink.id("gpt-3.5-turbo", 0);
    sink.alias("gpt-3.5-turbo-0125", 0);
    sink.alias("gpt35", 0);
    sink.normalized("gpt-3-5-turbo", 0);
    sink.normalized("gpt-3-5-turbo-0125", 0);
    sink.normalized("gpt35", 0);
    sink.compact("gpt-3.5-turbo", 0);
    sink.compact("gpt-3.5-turbo-0125", 0);
    sink.compact("gpt35", 0);
    sink.id("gpt-4o", 1);
    sink.alias("gpt-4o-2024-08-06", 1);
    sink.normalized("gpt-4o", 1);
    sink.normalized("gpt-4o-2024-08-06", 1);
    sink.compact("gpt-4o", 1);
    sink.compact("gpt-4o-2024-08-06", 1);
    sink.id("openai/gpt-oss-120b", 2);
    sink.normalized("gpt-oss-120b", 2);
    sink.compact("openai/gpt-oss-120b", 2);
    sink.id("text-embedding-3-small", 3);
    sink.normalized("text-embedding-3-small", 3);
    sink.compact("text-embedding-3-small", 3);
  }

  @Override
  public int[] exactKeyHashes() {
    return ModelCatalog.decodeKeyHashes("9d824dd7b622db1db8539628f94271f005e0184d381fed295fddc18e");
  }

  @Override
  public String compilationId() {
    return "0d8da8a714c411d4e1f6cd705b8d791d";
  }

  @Override
  public ProviderInfo providerInfo() {
    return new ProviderInfo("openai", "OpenAI", "", AuthType.API_KEY);
  }

  /**
   * The ids of the catalog's models, one constant per stub.
   */
  public static final class Ids {
    /**
     * The id of {@code Gpt35Turbo}: {@value}.
     */
    public static final String GPT_35_TURBO = "gpt-3.5-turbo";

    /**
     * The id of {@code Gpt4o}: {@value}.
     */
    public static final String GPT_4O = "gpt-4o";

    /**
     * The id of {@code GptOss120b}: {@value}.
     */
    public static final String GPT_OSS_120B = "openai/gpt-oss-120b";

    /**
     * The id of {@code TextEmbedding3Small}: {@value}.
     */
    public static final String TEXT_EMBEDDING_3_SMALL = "text-embedding-3-small";

    private Ids() {
    }
  }
}
