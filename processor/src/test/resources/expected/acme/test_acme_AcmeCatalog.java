package dev.modelcatalog.index;

import javax.annotation.processing.Generated;

/**
 * Class-path index entry of {@code test.acme.AcmeCatalog}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
public final class test_acme_AcmeCatalog {
  /**
   * The catalog; its lookup keys are in {@code dev/modelcatalog/index/test.acme.AcmeCatalog.ids}.
   */
  public static final String CATALOG = "test.acme.AcmeCatalog";

  private test_acme_AcmeCatalog() {
  }
}
