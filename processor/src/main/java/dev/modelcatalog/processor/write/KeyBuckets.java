package dev.modelcatalog.processor.write;

import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.processor.model.KeySpec;
import dev.modelcatalog.processor.model.ModelSpec;
import dev.modelcatalog.runtime.ModelCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A catalog's lookup keys split into buckets by {@link ModelCatalog#keyBucket}, the split the registry indexes
 * lazily: a lookup reads the one bucket its key hashes to, so the number of buckets grows with the catalog and a
 * bucket stays near {@value #KEYS_PER_BUCKET} keys. Within a bucket keys keep their catalog order (by model, then
 * as the model lists them), so the output depends only on the input.
 */
final class KeyBuckets {

  /** The target size of a bucket: what a first lookup reads from each catalog. */
  static final int KEYS_PER_BUCKET = 128;
  /** A key and the index of its model. */
  record Entry(KeySpec key, int index) {}

  private final int bits;
  private final List<List<Entry>> buckets;
  private final int[] exactKeyHashes;

  private KeyBuckets(int bits, List<List<Entry>> buckets, int[] exactKeyHashes) {
    this.bits = bits;
    this.buckets = buckets;
    this.exactKeyHashes = exactKeyHashes;
  }

  /** {@code log2} of a catalog's bucket count: the fewest buckets of at most {@value #KEYS_PER_BUCKET} keys. */
  static int bitsFor(CatalogSpec catalog) {
    int keys = 0;
    for (ModelSpec model : catalog.models()) {
      keys += model.keys().size();
    }
    int bits = 0;
    while (bits < 16 && (keys >> bits) > KEYS_PER_BUCKET) {
      bits++;
    }
    return bits;
  }

  static KeyBuckets of(CatalogSpec catalog) {
    List<ModelSpec> models = catalog.models();
    int exact = 0;
    for (ModelSpec model : models) {
      for (KeySpec key : model.keys()) {
        if (isExact(key)) {
          exact++;
        }
      }
    }
    int bits = bitsFor(catalog);
    List<List<Entry>> buckets = new ArrayList<>();
    for (int b = 0; b < 1 << bits; b++) {
      buckets.add(new ArrayList<>());
    }
    int[] hashes = new int[exact];
    int h = 0;
    for (int i = 0; i < models.size(); i++) {
      for (KeySpec key : models.get(i).keys()) {
        buckets.get(ModelCatalog.keyBucket(key.key(), bits)).add(new Entry(key, i));
        if (isExact(key)) {
          hashes[h++] = key.key().hashCode();
        }
      }
    }
    Arrays.sort(hashes);
    return new KeyBuckets(bits, buckets, hashes);
  }

  private static boolean isExact(KeySpec key) {
    return key.kind() == ModelCatalog.KeyKind.ID || key.kind() == ModelCatalog.KeyKind.ALIAS;
  }

  /** {@code log2} of the number of buckets. */
  int bits() {
    return bits;
  }

  int count() {
    return buckets.size();
  }

  List<Entry> bucket(int bucket) {
    return buckets.get(bucket);
  }

  /** The sorted hashes of every id and alias, for {@link ModelCatalog#exactKeyHashes}. */
  int[] exactKeyHashes() {
    return exactKeyHashes.clone();
  }
}
