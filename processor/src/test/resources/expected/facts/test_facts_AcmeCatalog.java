package dev.modelcatalog.index;

import javax.annotation.processing.Generated;

/**
 * Class-path index entry of {@code test.facts.AcmeCatalog}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
public final class test_facts_AcmeCatalog {
  /**
   * The catalog; its lookup keys are in {@code dev/modelcatalog/index/test.facts.AcmeCatalog.ids}.
   */
  public static final String CATALOG = "test.facts.AcmeCatalog";

  private test_facts_AcmeCatalog() {
  }
}
