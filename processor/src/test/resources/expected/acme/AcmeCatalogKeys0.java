package test.acme;

import dev.modelcatalog.runtime.ModelCatalog;
import javax.annotation.processing.Generated;

/**
 * Lookup keys of {@link AcmeCatalog} in bucket 0 of 1 ({@code ModelCatalog.keyBucket}).
 * A compact key is given as the id or alias whose form it is.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class AcmeCatalogKeys0 {
  private AcmeCatalogKeys0() {
  }

  static void keys(ModelCatalog.KeySink sink) {
    sink.key(ModelCatalog.KeyKind.ID, "rocket-2024-05-13", 0);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "rocket-2024-05-13", 0);
    sink.key(ModelCatalog.KeyKind.COMPACT, "rocket-2024-05-13", 0);
    sink.key(ModelCatalog.KeyKind.ID, "rocket-2024-08-06", 1);
    sink.key(ModelCatalog.KeyKind.ALIAS, "rocket", 1);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "rocket-2024-08-06", 1);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "rocket", 1);
    sink.key(ModelCatalog.KeyKind.COMPACT, "rocket-2024-08-06", 1);
    sink.key(ModelCatalog.KeyKind.COMPACT, "rocket", 1);
    sink.key(ModelCatalog.KeyKind.ID, "spark", 2);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "spark", 2);
    sink.key(ModelCatalog.KeyKind.COMPACT, "spark", 2);
  }
}
