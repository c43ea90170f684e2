package dev.modelcatalog.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The lookup index over the compiled catalogs of a registry, never changed once built. Every model has a dense
 * ordinal (catalog after catalog) and a rank (its place in id order); key tables map ids, aliases, normalized ids
 * and compact keys to ordinals, and one bit set per capability and per owner, over ranks, answers queries in id
 * order without building a definition.
 *
 * <p>Creating the index reads next to nothing, so a large catalog starts fast: the key tables are split into
 * partitions by key hash ({@link ModelCatalog#keyBucket}), each built from the matching key buckets of the
 * catalogs the first time a lookup lands in it; the columns behind queries (ids, capability bits, owners) are
 * read on the first query; definitions are fetched from their catalog on demand, so the catalog's lazy shards
 * stay lazy. The one check made up front is that no two catalogs share an id or alias, from hashes the processor
 * wrote ({@link ModelCatalog#exactKeyHashes}).
 */
final class CompiledIndex {

  /** Set on an exact-table value when the key is an alias rather than an id. */
  static final int ALIAS_FLAG = 1 << 30;

  /** Catalogs with more key buckets than this are refused: 65,536 partitions is far beyond any need. */
  private static final int MAX_BUCKET_BITS = 16;

  static final CompiledIndex EMPTY = new CompiledIndex(List.of());

  private final ModelCatalog[] catalogs;
  private final int[] catalogStart;
  private final short[] catalogOf;
  private final int size;
  /** Each catalog's {@link ModelCatalog#keyBucketBits()}. */
  private final int[] catalogBits;
  /** log2 of the number of partitions: the most key-bucket bits of any catalog. */
  private final int partitionBits;
  /**
   * The key tables of each kind, by partition; null until a lookup lands there. A partition is built once, under
   * this index's lock ({@link #loadPartition}); lookups read the tables without it, which is safe because a
   * {@link KeyTable} has only final fields. A lookup reads one array of its kind: a table is one reference away.
   */
  private final KeyTable[] exactTables;
  /**
   * The entries of each loaded exact table ({@link KeyTable#entries}), by partition: what an exact hit reads, one
   * reference nearer than the table. Stored without a lock, so a lookup may see a partition's array before its
   * contents or not at all: it treats an empty slot there as "not known yet" and asks the table.
   */
  private final Object[][] exactEntries;
  private final KeyTable[] normalizedTables;
  private final KeyTable[] compactTables;
  /** The columns behind queries; null until the first query. */
  private volatile Columns columns;

  CompiledIndex(List<ModelCatalog> sources) {
    if (sources.size() > Short.MAX_VALUE) {
      throw new IllegalArgumentException("catalogs: at most " + Short.MAX_VALUE + " catalogs per registry");
    }
    this.catalogs = byProvider(sources);
    this.catalogStart = new int[catalogs.length + 1];
    this.catalogBits = new int[catalogs.length];
    int total = 0;
    int bits = 0;
    for (int c = 0; c < catalogs.length; c++) {
      catalogStart[c] = total;
      total += catalogs[c].size();
      catalogBits[c] = catalogs[c].keyBucketBits();
      if (catalogBits[c] < 0 || catalogBits[c] > MAX_BUCKET_BITS) {
        throw new IllegalArgumentException("catalog " + catalogs[c].providerId() + ": keyBucketBits() must be 0 to "
            + MAX_BUCKET_BITS + ", was " + catalogBits[c]);
      }
      bits = Math.max(bits, catalogBits[c]);
    }
    catalogStart[catalogs.length] = total;
    this.size = total;
    this.catalogOf = new short[total];
    for (int c = 0; c < catalogs.length; c++) {
      Arrays.fill(catalogOf, catalogStart[c], catalogStart[c + 1], (short) c);
    }
    this.definitions = new ModelDefinition[total];
    this.partitionBits = bits;
    this.exactTables = new KeyTable[1 << bits];
    this.exactEntries = new Object[1 << bits][];
    this.normalizedTables = new KeyTable[1 << bits];
    this.compactTables = new KeyTable[1 << bits];
    if (!keysCheckedByTheProcessor()) {
      UniqueKeys.check(this);
    }
  }

  /**
   * Whether the processor already checked these catalogs against each other: one compilation generated them all,
   * and none is there twice (catalogs are sorted by provider id, and one compilation has one catalog a provider).
   * Asked here, so that a registry of such catalogs does not load {@link UniqueKeys} at all.
   */
  private boolean keysCheckedByTheProcessor() {
    if (catalogs.length == 0) {
      return true;
    }
    String compilation = catalogs[0].compilationId();
    if (compilation == null) {
      return false;
    }
    for (int c = 1; c < catalogs.length; c++) {
      if (!compilation.equals(catalogs[c].compilationId())
          || catalogs[c].providerId().equals(catalogs[c - 1].providerId())) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------- partitions

  /** The exact table for keys whose {@link String#hashCode()} is {@code hash}, built on first use. */
  private KeyTable exactTable(int hash) {
    int p = ModelCatalog.keyBucketOfHash(hash, partitionBits);
    KeyTable table = exactTables[p];
    if (table == null) {
      loadPartition(p);
      table = exactTables[p];
    }
    return table;
  }

  /**
   * The table of normalized or of compact forms ({@link #normalizedTables} or {@link #compactTables}) for forms whose
   * hash is {@code hash}; its partition's two tables of forms are built together on first use.
   */
  private KeyTable formTable(KeyTable[] tables, int hash) {
    int p = ModelCatalog.keyBucketOfHash(hash, partitionBits);
    KeyTable table = tables[p];
    if (table == null) {
      loadForms(p);
      table = tables[p];
    }
    return table;
  }

  /**
   * Builds a partition's exact table, from the ids and aliases of the catalogs' matching key buckets. Under the
   * lock, so that lookups landing together in a partition nobody has built read the key buckets once, and the
   * registry's exact entries and the table that hits attach to are one set (two racing builds could leave the
   * registry reading one build's entries while hits attached to the other's, so that those keys never got the fast
   * path). The forms wait for the first lookup that misses ({@link #loadForms}): a server's lookups are mostly
   * exact, and a form's hash walks its key in the interpreter at start-up.
   */
  private synchronized void loadPartition(int p) {
    if (exactTables[p] != null) {
      return; // built by a lookup this one waited for
    }
    KeyTable exact = fill(new KeyTable.Builder(expectedKeys()), p).build();
    exactEntries[p] = exact.entries();
    // Last: a lookup takes a non-null exact table as a partition built whole.
    exactTables[p] = exact;
  }

  /**
   * Builds a partition's tables of normalized and compact forms, reading the catalogs' key buckets once for each:
   * no more than the first lookup that misses an exact key pays, and no sink class to load for it.
   */
  private synchronized void loadForms(int p) {
    if (normalizedTables[p] != null) {
      return;
    }
    compactTables[p] = fill(KeyTable.Builder.ofForms(expectedKeys(), true), p).build();
    // Last: a lookup that reads the normalized table non-null finds the compact one built too (under this lock).
    normalizedTables[p] = fill(KeyTable.Builder.ofForms(expectedKeys(), false), p).build();
  }

  private int expectedKeys() {
    return Math.max(4, size / exactTables.length);
  }

  /** Feeds the builder the keys of partition {@code p} from every catalog; it keeps those of its own form. */
  private KeyTable.Builder fill(KeyTable.Builder table, int p) {
    table.forPartition(p, partitionBits, ALIAS_FLAG);
    for (int c = 0; c < catalogs.length; c++) {
      int shift = partitionBits - catalogBits[c];
      table.catalog(catalogStart[c], shift != 0);
      // A catalog with fewer bucket bits than the registry: its bucket is the top bits of the partition number,
      // and holds the keys of several partitions, so the builder filters.
      catalogs[c].keys(p >>> shift, table);
    }
    return table;
  }

  /**
   * The catalogs in provider-id order, equal ids in the order given. A binary insertion sort rather than
   * {@code List.sort} with a comparator: a registry has a handful of catalogs, and a comparator is one more class
   * (a lambda, a whole bootstrap) for a starting server to load.
   */
  private static ModelCatalog[] byProvider(List<ModelCatalog> sources) {
    ModelCatalog[] sorted = new ModelCatalog[sources.size()];
    for (int n = 0; n < sorted.length; n++) {
      ModelCatalog next = sources.get(n);
      String provider = next.providerId();
      int low = 0;
      int high = n;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (provider.compareTo(sorted[mid].providerId()) < 0) {
          high = mid;
        } else {
          low = mid + 1; // after equal ids: stable
        }
      }
      System.arraycopy(sorted, low, sorted, low + 1, n - low);
      sorted[low] = next;
    }
    return sorted;
  }

  /** Builds every partition's exact table and tables of forms that no lookup has built yet. */
  void loadEveryTable() {
    allExactTables();
    for (int p = 0; p < normalizedTables.length; p++) {
      if (normalizedTables[p] == null) {
        loadForms(p);
      }
    }
  }

  /** Every exact table, building the partitions not built yet: for the few operations that need every key. */
  private KeyTable[] allExactTables() {
    for (int p = 0; p < exactTables.length; p++) {
      if (exactTables[p] == null) {
        loadPartition(p);
      }
    }
    return exactTables;
  }

  // ---------------------------------------------------------------------------------------------- columns

  /**
   * Ids and capability bits of every model by ordinal, the id order, and the bit sets of capabilities and owners
   * over ranks, read from the catalogs on the first query. Bit sets over ranks list their models in id order as
   * they are walked, so a query's answer needs no sorting.
   */
  private static final class Columns {
    final String[] ids;
    final long[] capabilityBits;
    /** The rank of each ordinal in id order. */
    final int[] rankOf;
    /** The ordinal at each rank. */
    final int[] ordinalAt;
    final long[][] byCapability;
    final Map<String, long[]> byOwner;

    Columns(ModelCatalog[] catalogs, int[] catalogStart, int total) {
      this.ids = new String[total];
      this.capabilityBits = new long[total];
      String[] owners = new String[total];
      for (int c = 0; c < catalogs.length; c++) {
        ModelCatalog catalog = catalogs[c];
        for (int i = 0; i < catalog.size(); i++) {
          int ordinal = catalogStart[c] + i;
          ids[ordinal] = catalog.id(i);
          capabilityBits[ordinal] = catalog.capabilityBits(i);
          owners[ordinal] = catalog.ownedBy(i);
        }
      }
      Integer[] byId = new Integer[total];
      for (int i = 0; i < total; i++) {
        byId[i] = i;
      }
      Arrays.sort(byId, (a, b) -> ids[a].compareTo(ids[b]));
      this.rankOf = new int[total];
      this.ordinalAt = new int[total];
      int words = (total + 63) >>> 6;
      this.byCapability = new long[Capability.values().length][words];
      Map<String, long[]> ownerBits = new TreeMap<>();
      for (int rank = 0; rank < total; rank++) {
        int ordinal = byId[rank];
        ordinalAt[rank] = ordinal;
        rankOf[ordinal] = rank;
        for (long rest = capabilityBits[ordinal]; rest != 0; rest &= rest - 1) {
          byCapability[Long.numberOfTrailingZeros(rest)][rank >>> 6] |= 1L << rank;
        }
        // Keyed in lower case: owners are free text, and a query names one in any case (OpenAI, openai).
        ownerBits.computeIfAbsent(owners[ordinal].toLowerCase(Locale.ROOT), owner -> new long[words])[rank >>> 6]
            |= 1L << rank;
      }
      this.byOwner = Map.copyOf(ownerBits);
    }
  }

  private Columns columns() {
    Columns read = columns;
    if (read == null) {
      read = new Columns(catalogs, catalogStart, size);
      columns = read; // racing readers build equal columns
    }
    return read;
  }

  int size() {
    return size;
  }

  /** The number of aliases; reads every key. */
  int aliasCount() {
    int aliases = 0;
    for (KeyTable table : allExactTables()) {
      aliases += table.countWithFlag(ALIAS_FLAG);
    }
    return aliases;
  }

  /** The catalog at this position (catalogs are sorted by provider id) and the first ordinal of each. */
  ModelCatalog catalog(int c) {
    return catalogs[c];
  }

  int catalogCount() {
    return catalogs.length;
  }

  int catalogStart(int c) {
    return catalogStart[c];
  }

  int catalogBits(int c) {
    return catalogBits[c];
  }

  /** The catalog of the model with this ordinal. */
  ModelCatalog catalogOf(int ordinal) {
    return catalogs[catalogOf[ordinal]];
  }

  /** The id of the model with this ordinal, from its catalog (without reading every id). */
  String modelId(int ordinal) {
    int c = catalogOf[ordinal];
    return catalogs[c].id(ordinal - catalogStart[c]);
  }

  List<ModelCatalog> catalogs() {
    return List.of(catalogs);
  }

  String id(int ordinal) {
    return columns().ids[ordinal];
  }

  /** The rank of each ordinal in id order (shared: do not modify). Read on the first query. */
  int[] rankOf() {
    return columns().rankOf;
  }

  /** The compiled ordinals in id order: the ordinal at each rank (shared: do not modify). */
  int[] ordinalsInIdOrder() {
    return columns().ordinalAt;
  }

  long capabilityBits(int ordinal) {
    return columns().capabilityBits[ordinal];
  }

  /** {@link #contextWindowsByRank()}; null until a query first asks for a context floor. */
  private volatile int[] contextWindows;

  /**
   * Every compiled model's context window, by rank, read from the catalogs ({@link ModelCatalog#contextWindow})
   * when a query first asks for a context floor: kept apart from the other columns, because a hand-written catalog
   * builds its models to answer. Shared: do not modify.
   */
  int[] contextWindowsByRank() {
    int[] read = contextWindows;
    if (read == null) {
      int[] rankOf = rankOf();
      read = new int[size];
      for (int c = 0; c < catalogs.length; c++) {
        for (int i = 0; i < catalogs[c].size(); i++) {
          read[rankOf[catalogStart[c] + i]] = catalogs[c].contextWindow(i);
        }
      }
      contextWindows = read; // racing readers build equal columns
    }
    return read;
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

  /**
   * The loaded exact tables' entries by partition ({@link KeyTable#entries}), for {@link #attachedHit}: shared, do
   * not modify.
   */
  Object[][] exactEntries() {
    return exactEntries;
  }

  /** log2 of the number of partitions, for {@link #attachedHit}. */
  int partitionBits() {
    return partitionBits;
  }

  /**
   * A repeated exact hit, found through the entries alone ({@link KeyTable#attachedTo}): static, so that a caller
   * holding {@link #exactEntries} reads a key and its definition as {@code HashMap.get} reads a node. Null when the
   * entries cannot tell (not loaded, not attached, not visible yet, or no such key): ask {@link #exactHit}.
   */
  @SuppressWarnings("unchecked") // only hit() attaches, and only a definition's Optional
  static Optional<ModelDefinition> attachedHit(Object[][] exactEntries, int partitionBits, String key) {
    int hash = key.hashCode();
    Object[] entries = exactEntries[ModelCatalog.keyBucketOfHash(hash, partitionBits)];
    return entries == null ? null : (Optional<ModelDefinition>) KeyTable.attachedTo(entries, key, hash);
  }

  /**
   * What {@code ModelRegistry.find} finds among the compiled ids and aliases, or null when the key is neither. A
   * hit returns the definition's own {@code Optional} and keeps it with the key ({@link KeyTable#attach}), so the
   * next hit on that key allocates nothing and {@link #attachedHit} finds it there.
   */
  Optional<ModelDefinition> exactHit(String key) {
    int hash = key.hashCode();
    KeyTable table = exactTable(hash);
    int slot = table.slotOf(key, hash);
    return slot < 0 ? null : hit(table, slot);
  }

  /**
   * What {@code ModelRegistry.find} finds among the compiled models past the exact tables: the normalized id, else
   * (when no model has it) the compact key; empty when none matches or a normalized form belongs to several
   * models. A hit keeps the definition's {@code Optional} with its key, as {@link #exactHit} does.
   */
  Optional<ModelDefinition> pastExact(String query) {
    long scanned = NormalizedKeys.scan(query, false);
    if (scanned == NormalizedKeys.NOT_ASCII) {
      return nonAscii(query);
    }
    int start = NormalizedKeys.startOf(scanned);
    int hash = NormalizedKeys.hashOf(scanned);
    KeyTable table = formTable(normalizedTables, hash);
    int slot = table.normalizedSlotOf(query, start, hash, false);
    if (slot < 0) {
      // A second walk for the compact hash: computing both in the first would slow every normalized hit.
      hash = NormalizedKeys.hashOf(NormalizedKeys.scan(query, true));
      table = formTable(compactTables, hash);
      slot = table.normalizedSlotOf(query, start, hash, true);
      if (slot < 0) {
        return Optional.empty();
      }
      Optional<ModelDefinition> found = hit(table, slot);
      // Without separators, qwen2-57b and qwen2.5-7b meet: a size the query states must be the model's. Read from
      // its id and aliases, not from the key hit, which may be a compact key whose sizes are glued to letters
      // (qwen257binstruct states none).
      return found.isPresent() && !SizeTokens.agree(query, found.get()) ? Optional.empty() : found;
    }
    return hit(table, slot);
  }

  @SuppressWarnings("unchecked") // only hit() attaches, and only a definition's Optional
  private Optional<ModelDefinition> hit(KeyTable table, int slot) {
    Object attached = table.attachment(slot);
    if (attached != null) {
      return (Optional<ModelDefinition>) attached;
    }
    int value = table.valueAt(slot);
    // An ambiguous normalized form finds nothing; ids and aliases are never ambiguous (UniqueKeys checked them).
    Optional<ModelDefinition> found = value < 0 ? Optional.empty() : model(value & ~ALIAS_FLAG).asOptional();
    table.attach(slot, found);
    return found;
  }

  /** {@link #pastExact} for a query with a non-ASCII character: normalized through strings. */
  private Optional<ModelDefinition> nonAscii(String query) {
    int value = normalized(query);
    if (value == KeyTable.MISSING) {
      value = compact(query);
      if (value >= 0 && !SizeTokens.agree(query, model(value))) {
        return Optional.empty();
      }
    }
    return value < 0 ? Optional.empty() : model(value).asOptional();
  }

  /** Exact id or alias: an ordinal (with {@link #ALIAS_FLAG} for an alias) or {@link KeyTable#MISSING}. */
  int exact(String key) {
    int hash = key.hashCode();
    return exactTable(hash).get(key, hash);
  }

  /** Normalized id: an ordinal, {@link KeyTable#MISSING} or {@link KeyTable#AMBIGUOUS}. */
  int normalized(String query) {
    return normalizedOrCompact(query, false);
  }

  /** Compact key: an ordinal, {@link KeyTable#MISSING} or {@link KeyTable#AMBIGUOUS}. */
  int compact(String query) {
    return normalizedOrCompact(query, true);
  }

  private int normalizedOrCompact(String query, boolean compact) {
    // The partition depends on the normalized form's hash, which ASCII input gives without building the form.
    KeyTable[] tables = compact ? compactTables : normalizedTables;
    long scanned = NormalizedKeys.scan(query, compact);
    if (scanned == NormalizedKeys.NOT_ASCII) {
      String form = NormalizedKeys.form(query, compact);
      return formTable(tables, form.hashCode()).getForm(form, compact);
    }
    int hash = NormalizedKeys.hashOf(scanned);
    KeyTable table = formTable(tables, hash);
    return table.valueAt(table.normalizedSlotOf(query, NormalizedKeys.startOf(scanned), hash, compact));
  }

  /** The models with the capability, as bit-set words over ranks (shared: do not modify). */
  long[] withCapability(Capability capability) {
    return columns().byCapability[capability.ordinal()];
  }

  /** The models of an owner, as bit-set words over ranks (shared: do not modify), or null. */
  long[] ownedByBits(String owner) {
    return columns().byOwner.get(owner.toLowerCase(Locale.ROOT));
  }

  // ---------------------------------------------------------------------------------------------- provider bits

  /** The models of the catalogs with this provider id, as fresh bit-set words over ranks. */
  long[] providerBits(String providerId) {
    long[] bits = new long[words()];
    int[] rankOf = rankOf();
    for (int c = 0; c < catalogs.length; c++) {
      if (catalogs[c].providerId().equalsIgnoreCase(providerId)) {
        for (int ordinal = catalogStart[c]; ordinal < catalogStart[c + 1]; ordinal++) {
          int rank = rankOf[ordinal];
          bits[rank >>> 6] |= 1L << rank;
        }
      }
    }
    return bits;
  }

  /** Number of bit-set words. */
  int words() {
    return (size + 63) >>> 6;
  }

  /** A fresh all-ones bit set over the ranks. */
  long[] all() {
    long[] bits = new long[words()];
    Arrays.fill(bits, -1L);
    int tail = size & 63;
    if (tail != 0) {
      bits[bits.length - 1] = (1L << tail) - 1;
    }
    return bits;
  }

  // ---------------------------------------------------------------------------------------------- discovery

  /** Calls the visitor with every id and alias and its table value (an ordinal, with {@link #ALIAS_FLAG}). */
  void forEachExactKey(java.util.function.ObjIntConsumer<String> visitor) {
    for (KeyTable table : allExactTables()) {
      table.forEach(visitor);
    }
  }
}
