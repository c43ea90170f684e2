package test.openai;

import javax.annotation.processing.Generated;

/**
 * Ids, owners, capability bits and context windows of the models of {@link OpenAiCatalog}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class OpenAiCatalogRows {
  static final String[] IDS = new String[4];

  static final String[] OWNERS = new String[4];

  static final long[] CAPABILITY_BITS = new long[4];

  static final int[] CONTEXT_WINDOWS = new int[4];

  static {
    rows0();
  }

  private OpenAiCatalogRows() {
  }

  /**
   * Models 0 to 3: id, owner, capability bits, context window.
   */
  private static void rows0() {
    row(0, "gpt-3.5-turbo", "openai-internal", 0x60c901L, 16_385);
    row(1, "gpt-4o", "openai", 0x608f09L, 128_000);
    row(2, "openai/gpt-oss-120b", "openai", 0xad81L, 131_072);
    row(3, "text-embedding-3-small", "openai", 0x100004L, 8191);
  }

  private static void row(int index, String id, String owner, long capabilityBits,
      int contextWindow) {
    IDS[index] = id;
    OWNERS[index] = owner;
    CAPABILITY_BITS[index] = capabilityBits;
    CONTEXT_WINDOWS[index] = contextWindow;
  }
}
