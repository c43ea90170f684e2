package test.openai;

import dev.modelcatalog.runtime.ModelCatalog;
import javax.annotation.processing.Generated;

/**
 * Lookup keys of {@link OpenAiCatalog} in bucket 0 of 1 ({@code ModelCatalog.keyBucket}).
 * A compact key is given as the id or alias whose form it is.
 */
@Generated("dev.modelcatalog.processor.CatalogProcessor")
final class OpenAiCatalogKeys0 {
  private OpenAiCatalogKeys0() {
  }

  static void keys(ModelCatalog.KeySink sink) {
    sink.key(ModelCatalog.KeyKind.ID, "gpt-3.5-turbo", 0);
    sink.key(ModelCatalog.KeyKind.ALIAS, "gpt-3.5-turbo-0125", 0);
    sink.key(ModelCatalog.KeyKind.ALIAS, "gpt35", 0);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "gpt-3-5-turbo", 0);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "gpt-3-5-turbo-0125", 0);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "gpt35", 0);
    sink.key(ModelCatalog.KeyKind.COMPACT, "gpt-3.5-turbo", 0);
    sink.key(ModelCatalog.KeyKind.COMPACT, "gpt-3.5-turbo-0125", 0);
    sink.key(ModelCatalog.KeyKind.COMPACT, "gpt35", 0);
    sink.key(ModelCatalog.KeyKind.ID, "gpt-4o", 1);
    sink.key(ModelCatalog.KeyKind.ALIAS, "gpt-4o-2024-08-06", 1);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "gpt-4o", 1);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "gpt-4o-2024-08-06", 1);
    sink.key(ModelCatalog.KeyKind.COMPACT, "gpt-4o", 1);
    sink.key(ModelCatalog.KeyKind.COMPACT, "gpt-4o-2024-08-06", 1);
    sink.key(ModelCatalog.KeyKind.ID, "openai/gpt-oss-120b", 2);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "gpt-oss-120b", 2);
    sink.key(ModelCatalog.KeyKind.COMPACT, "openai/gpt-oss-120b", 2);
    sink.key(ModelCatalog.KeyKind.ID, "text-embedding-3-small", 3);
    sink.key(ModelCatalog.KeyKind.NORMALIZED, "text-embedding-3-small", 3);
    sink.key(ModelCatalog.KeyKind.COMPACT, "text-embedding-3-small", 3);
  }
}
