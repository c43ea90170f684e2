package test.openai;

import javax.annotation.processing.Generated;

/**
 * Ids, owners and capability bits of the models of {@link OpenAiCatalog}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class OpenAiCatalogRows {
  static final String[] IDS = new String[4];

  static final String[] OWNERS = new String[4];

  static final long[] CAPABILITY_BITS = new long[4];

  static {
    rows0();
  }

  private OpenAiCatalogRows() {
  }

  /**
   * Models 0 to 3: id, owner, capability bits.
   */
  private static void rows0() {
    row(0, "gpt-3.5-turbo", "openai-internal", 0x60c901L);
    row(1, "gpt-4o", "openai", 0x608f09L);
    row(2, "openai/gpt-oss-120b", "openai", 0xad81L);
    row(3, "text-embedding-3-small", "openai", 0x100004L);
  }

  private static void row(int index, String id, String owner, long capabilityBits) {
    IDS[index] = id;
    OWNERS[index] = owner;
    CAPABILITY_BITS[index] = capabilityBits;
  }
}
