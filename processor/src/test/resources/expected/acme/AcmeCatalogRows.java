package test.acme;

import javax.annotation.processing.Generated;

/**
 * Ids, owners, capability bits and context windows of the models of {@link AcmeCatalog}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class AcmeCatalogRows {
  static final String[] IDS = new String[3];

  static final String[] OWNERS = new String[3];

  static final long[] CAPABILITY_BITS = new long[3];

  static final int[] CONTEXT_WINDOWS = new int[3];

  static {
    rows0();
  }

  private AcmeCatalogRows() {
  }

  /**
   * Models 0 to 2: id, owner, capability bits, context window.
   */
  private static void rows0() {
    row(0, "rocket-2024-05-13", "acme", 0x608b01L, 128_000);
    row(1, "rocket-2024-08-06", "acme", 0x608b01L, 128_000);
    row(2, "spark", "acme", 0x608b01L, 8192);
  }

  private static void row(int index, String id, String owner, long capabilityBits,
      int contextWindow) {
    IDS[index] = id;
    OWNERS[index] = owner;
    CAPABILITY_BITS[index] = capabilityBits;
    CONTEXT_WINDOWS[index] = contextWindow;
  }
}
