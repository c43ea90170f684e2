package dev.modelcatalog.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The check, when a registry is created, that no id or alias belongs to two models: without reading every key.
 * Each catalog gives the sorted hashes of its ids and aliases ({@link ModelCatalog#exactKeyHashes}, written by the
 * processor); merging them finds the hashes that occur twice, and only the keys with such a hash are read and
 * compared. Unrelated keys sharing a hash are rare, and cost a look at one bucket of each catalog. Catalogs that
 * one processor run generated were checked against each other there, and the index does not ask for this check.
 */
final class UniqueKeys {

  private UniqueKeys() {}

  /**
   * Throws when two models of the index share an id or alias.
   *
   * @throws IllegalStateException naming both catalogs, both models and the key
   */
  static void check(CompiledIndex index) {
    int[] seen = new int[0];
    int[] repeated = new int[0];
    int repeats = 0;
    for (int c = 0; c < index.catalogCount(); c++) {
      int[] hashes = index.catalog(c).exactKeyHashes();
      if (hashes == null) {
        hashes = exactKeyHashesOf(index.catalog(c));
      }
      int[] merged = new int[seen.length + hashes.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < seen.length || j < hashes.length) {
        int next;
        if (j == hashes.length || (i < seen.length && seen[i] <= hashes[j])) {
          next = seen[i++];
        } else {
          next = hashes[j++];
        }
        if (n > 0 && merged[n - 1] == next) {
          if (repeats == repeated.length) {
            repeated = Arrays.copyOf(repeated, Math.max(4, repeats * 2));
          }
          repeated[repeats++] = next;
        }
        merged[n++] = next;
      }
      seen = merged;
    }
    for (int r = 0; r < repeats; r++) {
      if (r == 0 || repeated[r] != repeated[r - 1]) {
        compareKeysWithHash(index, repeated[r]);
      }
    }
  }

  /** The sorted hashes of a catalog's ids and aliases, read from its keys (for catalogs that do not give them). */
  private static int[] exactKeyHashesOf(ModelCatalog catalog) {
    int[][] hashes = {new int[Math.max(4, catalog.size())]};
    int[] count = {0};
    catalog.keys(new ModelCatalog.KeySink() {
      @Override
      public void key(ModelCatalog.KeyKind kind, String key, int index) {
        if (kind == ModelCatalog.KeyKind.ID || kind == ModelCatalog.KeyKind.ALIAS) {
          if (count[0] == hashes[0].length) {
            hashes[0] = Arrays.copyOf(hashes[0], count[0] * 2);
          }
          hashes[0][count[0]++] = key.hashCode();
        }
      }
    });
    int[] sorted = Arrays.copyOf(hashes[0], count[0]);
    Arrays.sort(sorted);
    return sorted;
  }

  /** Reads every id and alias with this hash, from the one bucket of each catalog that can hold it. */
  private static void compareKeysWithHash(CompiledIndex index, int hash) {
    Map<String, Integer> owners = new HashMap<>();
    for (int c = 0; c < index.catalogCount(); c++) {
      ModelCatalog catalog = index.catalog(c);
      int start = index.catalogStart(c);
      catalog.keys(ModelCatalog.keyBucketOfHash(hash, index.catalogBits(c)), new ModelCatalog.KeySink() {
        @Override
        public void key(ModelCatalog.KeyKind kind, String key, int local) {
          if ((kind != ModelCatalog.KeyKind.ID && kind != ModelCatalog.KeyKind.ALIAS) || key.hashCode() != hash) {
            return;
          }
          int ordinal = start + local;
          Integer previous = owners.putIfAbsent(key, ordinal);
          if (previous != null && previous != ordinal) {
            ModelCatalog first = index.catalogOf(previous);
            if (first.getClass() == catalog.getClass() && first.providerId().equals(catalog.providerId())
                && index.modelId(previous).equals(catalog.id(local))) {
              // One catalog twice (addClassPathCatalogs called twice, say): every key clashes with itself.
              throw new IllegalStateException("the catalog " + catalog.getClass().getName() + " of provider "
                  + catalog.providerId() + " is added twice; add each catalog once");
            }
            throw new IllegalStateException("catalogs " + index.catalogOf(previous).providerId() + " and "
                + catalog.providerId() + " both declare '" + key + "' (models '" + index.modelId(previous)
                + "' and '" + catalog.id(local) + "'); an id or alias must be unique in a registry");
          }
        }
      });
    }
  }
}
