package test.facts;

import javax.annotation.processing.Generated;

/**
 * Ids, owners, capability bits and context windows of the models of {@link AcmeCatalog}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class AcmeCatalogRows {
  static final String[] IDS = new String[2];

  static final String[] OWNERS = new String[2];

  static final long[] CAPABILITY_BITS = new long[2];

  static final int[] CONTEXT_WINDOWS = new int[2];

  static {
    rows0();
  }

  private AcmeCatalogRows() {
  }

  /**
   * Models 0 to 1: id, owner, capability bits, context window.
   */
  private static void rows0() {
    row(0, "acme/omni-pro", "acme", 0x60af39L, 1_048_576);
    row(1, "acme/open-chat-8b", "acme", 0x608b01L, 131_072);
  }

  private static void row(int index, String id, String owner, long capabilityBits,
      int contextWindow) {
    IDS[index] = id;
    OWNERS[index] = owner;
    CAPABILITY_BITS[index] = capabilityBits;
    CONTEXT_WINDOWS[index] = contextWindow;
  }
}
