package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lookup index over the compiled catalogs of a registry, built once when the registry is created and never
 * changed. Every model has a dense ordinal (catalog after catalog); the key tables map ids, aliases, normalized
 * ids and compact keys to ordinals, and one bit set per capability and per owner answers queries without
 * building a definition. Definitions themselves are fetched from their catalog on demand, so the catalog's
 * lazy shards stay lazy.
 */
final class CompiledIndex {

  /** Set on an exact-table value when the key is an alias rather than an id. */
  static final int ALIAS_FLAG = 1 << 30;

  private static final java.util.Comparator<ModelCatalog> BY_PROVIDER = new java.util.Comparator<>() {
    @Override
    public int compare(ModelCatalog a, ModelCatalog b) {
      return a.providerId().compareTo(b.providerId());
    }
  };

  static final CompiledIndex EMPTY = new CompiledIndex(List.of());

  private final ModelCatalog[] catalogs;
  private final int[] catalogStart;
  private final short[] catalogOf;
  private final String[] ids;
  private final long[] capabilityBits;
  private final KeyTable exact;
  private final KeyTable normalized;
  private final KeyTable compact;
  private final long[][] byCapability;
  private final Map<String, long[]> byOwner;
  private final int aliasCount;

  CompiledIndex(List<ModelCatalog> sources) {
    List<ModelCatalog> sorted = new ArrayList<>(sources);
    // No lambdas on this path: the first lambda of a JVM bootstraps LambdaMetafactory, which start-up would pay.
    sorted.sort(BY_PROVIDER);
    if (sorted.size() > Short.MAX_VALUE) {
      throw new IllegalArgumentException("catalogs: at most " + Short.MAX_VALUE + " catalogs per registry");
    }
    this.catalogs = sorted.toArray(new ModelCatalog[0]);
    this.catalogStart = new int[catalogs.length + 1];
    int total = 0;
    for (int c = 0; c < catalogs.length; c++) {
      catalogStart[c] = total;
      total += catalogs[c].size();
    }
    catalogStart[catalogs.length] = total;
    this.catalogOf = new short[total];
    this.definitions = new ModelDefinition[total];
    this.ids = new String[total];
    this.capabilityBits = new long[total];
    int words = (total + 63) >>> 6;
    this.byCapability = new long[Capability.values().length][words];
    Map<String, long[]> owners = new TreeMap<>();
    for (int c = 0; c < catalogs.length; c++) {
      ModelCatalog catalog = catalogs[c];
      for (int i = 0; i < catalog.size(); i++) {
        int ordinal = catalogStart[c] + i;
        catalogOf[ordinal] = (short) c;
        ids[ordinal] = catalog.id(i);
        long bits = catalog.capabilityBits(i);
        capabilityBits[ordinal] = bits;
        for (long rest = bits; rest != 0; rest &= rest - 1) {
          byCapability[Long.numberOfTrailingZeros(rest)][ordinal >>> 6] |= 1L << ordinal;
        }
        long[] ownerBits = owners.get(catalog.ownedBy(i));
        if (ownerBits == null) {
          ownerBits = new long[words];
          owners.put(catalog.ownedBy(i), ownerBits);
        }
        ownerBits[ordinal >>> 6] |= 1L << ordinal;
      }
    }
    this.byOwner = Map.copyOf(owners);

    // Sized for about one key per model; the builder doubles a table that gets half full (aliases).
    KeyTable.Builder exactKeys = new KeyTable.Builder(total);
    KeyTable.Builder normalizedKeys = new KeyTable.Builder(total);
    KeyTable.Builder compactKeys = new KeyTable.Builder(total);
    Map<String, Integer> exactOwner = new HashMap<>();
    int[] aliases = {0};
    for (int c = 0; c < catalogs.length; c++) {
      int start = catalogStart[c];
      ModelCatalog catalog = catalogs[c];
      catalog.keys(new ModelCatalog.KeySink() {
        @Override
        public void key(ModelCatalog.KeyKind kind, String key, int index) {
          int ordinal = start + index;
          switch (kind) {
            case ID:
            case ALIAS:
              Integer previous = exactOwner.putIfAbsent(key, ordinal);
              if (previous != null && previous != ordinal) {
                throw new IllegalStateException("catalogs " + catalogs[catalogOf[previous]].providerId() + " and "
                    + catalog.providerId() + " both declare '" + key + "' (models '" + ids[previous] + "' and '"
                    + ids[ordinal] + "'); an id or alias must be unique in a registry");
              }
              if (kind == ModelCatalog.KeyKind.ALIAS) {
                aliases[0]++;
              }
              exactKeys.put(key, kind == ModelCatalog.KeyKind.ALIAS ? ordinal | ALIAS_FLAG : ordinal);
              break;
            case NORMALIZED:
              normalizedKeys.put(key, ordinal);
              break;
            case COMPACT:
              compactKeys.put(key, ordinal);
              break;
            default:
              throw new AssertionError(kind);
          }
        }
      });
    }
    this.aliasCount = aliases[0];
    this.exact = exactKeys.build();
    this.normalized = normalizedKeys.build();
    this.compact = compactKeys.build();
  }

  int size() {
    return ids.length;
  }

  int aliasCount() {
    return aliasCount;
  }

  List<ModelCatalog> catalogs() {
    return List.of(catalogs);
  }

  String id(int ordinal) {
    return ids[ordinal];
  }

  /** Ordinals by id: {@code [0]} holds the rank of each ordinal, {@code [1]} the ordinal at each rank. */
  private volatile int[][] idOrder;

  /**
   * The rank of each ordinal in id order, and the ordinal at each rank: queries answer in id order by sorting
   * ranks (ints) rather than definitions by id. Built on the first query, so start-up does not sort every id.
   */
  int[][] idOrder() {
    int[][] order = idOrder;
    if (order == null) {
      Integer[] byId = new Integer[ids.length];
      for (int i = 0; i < byId.length; i++) {
        byId[i] = i;
      }
      Arrays.sort(byId, (a, b) -> ids[a].compareTo(ids[b]));
      int[] rankOf = new int[ids.length];
      int[] ordinalAt = new int[ids.length];
      for (int rank = 0; rank < byId.length; rank++) {
        ordinalAt[rank] = byId[rank];
        rankOf[byId[rank]] = rank;
      }
      order = new int[][] {rankOf, ordinalAt};
      idOrder = order; // racing builders compute the same arrays
    }
    return order;
  }

  long capabilityBits(int ordinal) {
    return capabilityBits[ordinal];
  }

  /**
   * Definitions fetched so far, by ordinal. A catalog builds a definition on first use; keeping it here makes every
   * later hit one array read instead of a call through the catalog's interface (one class per provider, so the
   * call site sees many). Racing first reads may both fetch; a definition is immutable and the catalog returns the
   * same one.
   */
  private final ModelDefinition[] definitions;

  ModelDefinition model(int ordinal) {
    ModelDefinition model = definitions[ordinal];
    if (model == null) {
      int c = catalogOf[ordinal];
      model = catalogs[c].model(ordinal - catalogStart[c]);
      definitions[ordinal] = model;
    }
    return model;
  }

  String ownedBy(int ordinal) {
    int c = catalogOf[ordinal];
    return catalogs[c].ownedBy(ordinal - catalogStart[c]);
  }

  /** Exact id or alias: an ordinal (with {@link #ALIAS_FLAG} for an alias) or {@link KeyTable#MISSING}. */
  int exact(String key) {
    return exact.get(key);
  }

  /** Normalized id: an ordinal, {@link KeyTable#MISSING} or {@link KeyTable#AMBIGUOUS}. */
  int normalized(String query) {
    return normalized.getNormalized(query, false);
  }

  /** Compact key: an ordinal, {@link KeyTable#MISSING} or {@link KeyTable#AMBIGUOUS}. */
  int compact(String query) {
    return compact.getNormalized(query, true);
  }

  /** The models with the capability, as bit-set words over ordinals (shared: do not modify). */
  long[] withCapability(Capability capability) {
    return byCapability[capability.ordinal()];
  }

  /** The models of an owner, as bit-set words over ordinals (shared: do not modify), or null. */
  long[] ownedByBits(String owner) {
    return byOwner.get(owner);
  }

  // ---------------------------------------------------------------------------------------------- provider bits

  /** The models of the catalogs with this provider id, as fresh bit-set words over ordinals. */
  long[] providerBits(String providerId) {
    long[] bits = new long[words()];
    for (int c = 0; c < catalogs.length; c++) {
      if (catalogs[c].providerId().equals(providerId)) {
        for (int ordinal = catalogStart[c]; ordinal < catalogStart[c + 1]; ordinal++) {
          bits[ordinal >>> 6] |= 1L << ordinal;
        }
      }
    }
    return bits;
  }

  /** Number of bit-set words. */
  int words() {
    return (ids.length + 63) >>> 6;
  }

  /** A fresh all-ones bit set over the ordinals. */
  long[] all() {
    long[] bits = new long[words()];
    Arrays.fill(bits, -1L);
    int tail = ids.length & 63;
    if (tail != 0) {
      bits[bits.length - 1] = (1L << tail) - 1;
    }
    return bits;
  }

  // ---------------------------------------------------------------------------------------------- discovery

  /** Calls the visitor with every id and alias and its table value (an ordinal, with {@link #ALIAS_FLAG}). */
  void forEachExactKey(java.util.function.ObjIntConsumer<String> visitor) {
    exact.forEach(visitor);
  }
}
