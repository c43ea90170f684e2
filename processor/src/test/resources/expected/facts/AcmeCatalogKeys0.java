package test.facts;

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
    sink.key(ModelCatalog.KeyKind.ID, "acme/omni-pro", 0);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "omni-pro", 0);
    sink.key(ModelCatalog.KeyKind.COMPACT, "acme/omni-pro", 0);
    sink.key(ModelCatalog.KeyKind.ID, "acme/open-chat-8b", 1);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "open-chat-8b", 1);
    sink.key(ModelCatalog.KeyKind.COMPACT, "acme/open-chat-8b", 1);
  }
}
