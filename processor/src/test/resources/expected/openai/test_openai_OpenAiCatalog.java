package dev.modelcatalog.index;

import javax.annotation.processing.Generated;

/**
 * Class-path index entry of {@code test.openai.OpenAiCatalog}.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
public final class test_openai_OpenAiCatalog {
  /**
   * The catalog; its lookup keys are in {@code dev/modelcatalog/index/test.openai.OpenAiCatalog.ids}.
   */
  public static final String CATALOG = "test.openai.OpenAiCatalog";

  private test_openai_OpenAiCatalog() {
  }
}
