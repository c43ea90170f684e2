package test.openai;

import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The {@code openai} catalog: the models declared in package {@code test.openai}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
public final class OpenAiCatalog implements ModelCatalog {
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

  private static final int SIZE = 4;

  private static final String[] IDS = new String[SIZE];

  private static final String[] OWNERS = new String[SIZE];

  private static final long[] CAPABILITY_BITS = new long[SIZE];

  static {
    rows0();
  }

  /**
   * Creates the catalog; {@link java.util.ServiceLoader} calls this.
   */
  public OpenAiCatalog() {
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
        return OpenAiCatalogShard0.MODELS[index & 255];
      default:
        throw new AssertionError(index);
    }
  }

  @Override
  public void keys(ModelCatalog.KeySink sink) {
    OpenAiCatalogKeys0.keys(sink);
  }

  /**
   * Models 0 to 3: id, owner, capability bits.
   */
  private static void rows0() {
    row(0, GPT_35_TURBO, "openai-internal", 0x60c901L);
    row(1, GPT_4O, "openai", 0x608f09L);
    row(2, GPT_OSS_120B, "openai", 0xad81L);
    row(3, TEXT_EMBEDDING_3_SMALL, "openai", 0x100004L);
  }

  private static void row(int index, String id, String owner, long capabilityBits) {
    IDS[index] = id;
    OWNERS[index] = owner;
    CAPABILITY_BITS[index] = capabilityBits;
  }
}
