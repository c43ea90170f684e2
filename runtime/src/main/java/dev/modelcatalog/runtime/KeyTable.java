package dev.modelcatalog.runtime;

/**
 * An immutable open-addressing table from string keys to non-negative ints, built once. Lookups probe with the
 * key's hash and compare in place; {@link #getNormalized} probes with the hash of a query's normalized form
 * without building that form. A key given two different values is stored as {@link #AMBIGUOUS}, so a key that
 * two models share is never silently given to one of them.
 *
 * <p>A table of normalized (or compact) forms ({@link Builder#ofForms}) is keyed by the form, but a key may be put as
 * any string with that form, such as the id or alias it came from: the table keeps the form's hash and compares
 * through the form, computed on the fly. A form put as an id or alias is then never held as a string of its own.
 */
final class KeyTable {

  /** No such key. */
  static final int MISSING = -1;
  /** The key belongs to more than one model. */
  static final int AMBIGUOUS = -2;

  static final KeyTable EMPTY = new Builder(0).build();

  /**
   * Each slot's key and attachment side by side ({@code [2i]} and {@code [2i + 1]}): a hit reads the key and what
   * its owner cached for it ({@link #attach}) from one cache line.
   */
  private final Object[] entries;
  /**
   * Each slot's key hash and value side by side ({@code [2i]} and {@code [2i + 1]}), {@link #MISSING} as the value of
   * an empty slot: a probe reads one cache line of ints, and the key (another object) only when its hash matches.
   */
  private final int[] slots;
  private final int mask;
  private final int size;
  /** {@link Builder#EXACT}, {@link Builder#NORMALIZED} or {@link Builder#COMPACT}. */
  private final int form;

  /**
   * A table of {@code capacity} slots (a power of two above {@code size}) holding the keys of a builder's arrays,
   * placed straight from them: the builder keeps its arrays, and nothing is copied twice.
   */
  private KeyTable(String[] keys, int[] hashes, int[] values, int size, int form, int capacity) {
    this.mask = capacity - 1;
    this.size = size;
    this.form = form;
    this.slots = new int[capacity * 2];
    this.entries = new Object[capacity * 2];
    for (int i = 1; i < slots.length; i += 2) {
      slots[i] = MISSING;
    }
    for (int j = 0; j < keys.length; j++) {
      if (keys[j] != null) {
        int i = spread(hashes[j]) & mask;
        while (entries[2 * i] != null) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = hashes[j];
        slots[2 * i + 1] = values[j];
        entries[2 * i] = keys[j];
      }
    }
  }

  int size() {
    return size;
  }

  /** The number of slots: a power of two. */
  int capacity() {
    return mask + 1;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private String keyAt(int slot) {
    return (String) entries[2 * slot];
  }

  /**
   * The value of the key, {@link #MISSING} or {@link #AMBIGUOUS}; in a table of forms, the value of the key's form
   * (the key may be the form itself, or any string with that form).
   */
  int get(String key) {
    return form == Builder.EXACT ? get(key, key.hashCode()) : getNormalized(key, form == Builder.COMPACT);
  }

  /** {@link #get(String)} in a table of exact keys, for a key whose {@link String#hashCode()} is at hand. */
  int get(String key, int hash) {
    return valueAt(slotOf(key, hash));
  }

  /** The key-and-attachment array of a table of exact keys, for {@link #attachedTo}; shared, do not modify. */
  Object[] entries() {
    return entries;
  }

  /**
   * What is attached to an exact key, found through the table's {@link #entries} alone (as {@code HashMap.get}
   * finds a value: key, then value, with the key's cached hash); null when the key is not there, not attached yet,
   * or (for an array read without a lock) not visible yet: the caller then asks the table.
   */
  static Object attachedTo(Object[] entries, String key, int hash) {
    // Indexes the key's position directly: the array's length is a power of two, so masking with length - 1 keeps
    // an even index in bounds, which lets the JIT drop the range check on the key as HashMap's table lookup does.
    int last = entries.length - 1;
    for (int i = (spread(hash) << 1) & last; ; i = (i + 2) & last) {
      Object k = entries[i];
      if (k == key || k != null && ((String) k).hashCode() == hash && key.equals(k)) {
        return entries[i + 1];
      }
      if (k == null) {
        return null;
      }
    }
  }

  /** The slot holding the key, or {@link #MISSING}. */
  int slotOf(String key, int hash) {
    int home = spread(hash) & mask;
    if (entries[2 * home] == key) {
      // The very key object stored here (a constant, or a key handed back): no hash or character compare needed.
      return home;
    }
    int[] ss = slots;
    for (int i = home; ; i = (i + 1) & mask) {
      if (ss[2 * i + 1] == MISSING) {
        return MISSING;
      }
      if (ss[2 * i] == hash && key.equals(keyAt(i))) {
        return i;
      }
    }
  }

  /** The value in a slot from {@link #slotOf} or {@link #normalizedSlotOf}; {@link #MISSING} for no slot. */
  int valueAt(int slot) {
    return slot < 0 ? MISSING : slots[2 * slot + 1];
  }

  /** What the owner attached to the slot's key ({@link #attach}), or null. */
  Object attachment(int slot) {
    return entries[2 * slot + 1];
  }

  /**
   * Keeps an object with the slot's key, so that a later hit finds it on the key's cache line instead of looking it
   * up by value. For objects derived only from the value and safe to publish without a lock (final fields only):
   * racing callers attach equal objects, and a reader that sees none derives it again.
   */
  void attach(int slot, Object attachment) {
    entries[2 * slot + 1] = attachment;
  }

  /**
   * The value stored under the normalized (or compact) form of {@code raw}, for a table whose keys are
   * normalized (or compact) forms. Allocation-free for ASCII input.
   */
  int getNormalized(String raw, boolean compact) {
    // One walk over the query: ASCII check, start and hash together; matches() reads it once more, for a hit only.
    long scanned = NormalizedKeys.scan(raw, compact);
    if (scanned == NormalizedKeys.NOT_ASCII) {
      return getForm(NormalizedKeys.form(raw, compact), compact);
    }
    return valueAt(normalizedSlotOf(raw, NormalizedKeys.startOf(scanned), NormalizedKeys.hashOf(scanned), compact));
  }

  /**
   * The value stored under a normalized (or compact) form given as itself, such as {@link Discovery} builds for a
   * non-ASCII query: the form is its own form, so its {@link String#hashCode()} is the form's hash.
   */
  int getForm(String form, boolean compact) {
    if (!NormalizedKeys.isAscii(form)) {
      // A query's form keeps its non-ASCII letters: no ASCII key is that form, and the character-by-character
      // comparisons read ASCII only. A key put with such a letter is stored as its form, so equality finds it.
      int hash = form.hashCode();
      for (int i = spread(hash) & mask; slots[2 * i + 1] != MISSING; i = (i + 1) & mask) {
        if (slots[2 * i] == hash && form.equals(keyAt(i))) {
          return slots[2 * i + 1];
        }
      }
      return MISSING;
    }
    return valueAt(normalizedSlotOf(form, 0, form.hashCode(), compact));
  }

  /**
   * The slot of the normalized (or compact) form of an ASCII query, which starts at {@code start} and hashes to
   * {@code hash} ({@link NormalizedKeys#scan}), or {@link #MISSING}.
   */
  int normalizedSlotOf(String raw, int start, int hash, boolean compact) {
    int[] ss = slots;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      if (ss[2 * i + 1] == MISSING) {
        return MISSING;
      }
      // Compare the stored hash before walking the query character by character.
      if (ss[2 * i] == hash && NormalizedKeys.matches(raw, start, compact, keyAt(i))) {
        return i;
      }
    }
  }

  /** The number of keys whose value (an ordinal, not {@link #AMBIGUOUS}) has this flag bit set. */
  int countWithFlag(int flag) {
    int count = 0;
    for (int i = 1; i < slots.length; i += 2) {
      if (slots[i] >= 0 && (slots[i] & flag) != 0) {
        count++;
      }
    }
    return count;
  }

  /** Calls the visitor for every key and value, in table order. */
  void forEach(java.util.function.ObjIntConsumer<String> visitor) {
    for (int i = 0; i <= mask; i++) {
      if (slots[2 * i + 1] != MISSING) {
        visitor.accept(keyAt(i), slots[2 * i + 1]);
      }
    }
  }

  /**
   * Collects keys; sized for an expected count but grows as needed. Keys are put one by one, or fed by catalogs
   * as a {@link ModelCatalog.KeySink} ({@link #forPartition}), which takes the keys of the builder's form and skips
   * the others: the registry builds a partition's tables this way, with no sink class of its own to load.
   */
  static final class Builder implements ModelCatalog.KeySink {
    static final int EXACT = 0;
    static final int NORMALIZED = 1;
    static final int COMPACT = 2;

    private final int form;
    private String[] keys;
    private int[] hashes;
    private int[] values;
    private int size;
    // Set for keys fed by catalogs: the partition built, of 1 << partitionBits, and the flag set on an alias's value.
    private int partition;
    private int partitionBits;
    private int aliasFlag;
    // The catalog feeding now: the ordinal of its first model, and whether its bucket spans several partitions.
    private int start;
    private boolean filter;

    /** A builder of a table of exact keys. */
    Builder(int expected) {
      this(expected, EXACT);
    }

    private Builder(int expected, int form) {
      this.form = form;
      int capacity = Integer.highestOneBit(Math.max(4, expected * 2 + 1)) << 1;
      keys = new String[capacity];
      hashes = new int[capacity];
      values = new int[capacity];
    }

    /**
     * A builder of a table of normalized (or, when {@code compact}, compact) forms: each key put is an id or alias
     * standing for its form (or the form itself), and keys with the same form are one key.
     */
    static Builder ofForms(int expected, boolean compact) {
      return new Builder(expected, compact ? COMPACT : NORMALIZED);
    }

    /** Adds the key; a key already present with a different value becomes {@link #AMBIGUOUS}. */
    Builder put(String key, int value) {
      return put(key, form == EXACT ? key.hashCode() : NormalizedKeys.formHash(key, form == COMPACT), value);
    }

    /**
     * {@link #put(String, int)} for a key whose hash the caller has at hand: {@link String#hashCode()} for a table of
     * exact keys, the form's hash ({@link NormalizedKeys#formHash}) for a table of forms.
     */
    Builder put(String key, int hash, int value) {
      if (value < 0) {
        throw new IllegalArgumentException("value: must not be negative, was " + value);
      }
      boolean compact = form == COMPACT;
      // A form is compared through ASCII strings on the fly; a key with another character stands as its form.
      String stored = form == EXACT || NormalizedKeys.isAscii(key) ? key : NormalizedKeys.form(key, compact);
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = spread(hash) & mask;
      for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
        // Forms with a non-ASCII letter are stored as themselves and compared as strings.
        boolean asStrings = form == EXACT || !NormalizedKeys.isAscii(stored) || !NormalizedKeys.isAscii(k);
        if (hashes[i] == hash && (asStrings ? k.equals(stored) : NormalizedKeys.matches(stored, compact, k))) {
          if (values[i] != value) {
            values[i] = AMBIGUOUS;
          }
          return this;
        }
      }
      keys[i] = stored;
      hashes[i] = hash;
      values[i] = value;
      size++;
      return this;
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldHashes = hashes;
      int[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      hashes = new int[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          int i = spread(oldHashes[j]) & mask;
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          hashes[i] = oldHashes[j];
          values[i] = oldValues[j];
        }
      }
    }

    /**
     * The capacity the built table gets for its keys: at most half full for exact keys, whose hits check the home
     * slot first and are the path every request takes; at most three quarters full for normalized and compact
     * forms, which a request reaches only when its exact lookup missed. A registry holds some five keys a model,
     * sixteen bytes a slot, so the fuller form tables keep a tenth of a 10,000-model registry's heap.
     */
    private int builtCapacity() {
      int capacity = 4;
      while (form == EXACT ? size * 2 > capacity : size * 4 > capacity * 3) {
        capacity <<= 1;
      }
      return capacity;
    }

    /**
     * Makes this builder a sink for the keys of one partition: a key fed with its model's index in the catalog is
     * put with the model's ordinal ({@link #catalog} gives the catalog's first), an alias's with {@code aliasFlag}
     * set.
     */
    void forPartition(int partition, int partitionBits, int aliasFlag) {
      this.partition = partition;
      this.partitionBits = partitionBits;
      this.aliasFlag = aliasFlag;
    }

    /**
     * The next catalog to feed keys: its first model's ordinal, and whether its key bucket holds the keys of several
     * partitions (it has fewer bucket bits than the registry), so that keys of other partitions are skipped.
     */
    void catalog(int start, boolean filter) {
      this.start = start;
      this.filter = filter;
    }

    @Override
    public void id(String id, int index) {
      if (form == EXACT) {
        fed(id, id.hashCode(), start + index);
      }
    }

    @Override
    public void alias(String alias, int index) {
      if (form == EXACT) {
        fed(alias, alias.hashCode(), (start + index) | aliasFlag);
      }
    }

    @Override
    public void normalized(String key, int index) {
      if (form == NORMALIZED) {
        // One hash per key, for the filter and the table: a form's hash walks the key.
        fed(key, NormalizedKeys.formHash(key, false), start + index);
      }
    }

    @Override
    public void compact(String key, int index) {
      if (form == COMPACT) {
        fed(key, NormalizedKeys.formHash(key, true), start + index);
      }
    }

    private void fed(String key, int hash, int value) {
      if (!filter || ModelCatalog.keyBucketOfHash(hash, partitionBits) == partition) {
        put(key, hash, value);
      }
    }

    /** A key fed by kind (a hand-written catalog): to the method of its kind. */
    @Override
    public void key(ModelCatalog.KeyKind kind, String key, int index) {
      // Ifs, not a switch: a switch on an enum compiles to one more class.
      if (kind == ModelCatalog.KeyKind.ID) {
        id(key, index);
      } else if (kind == ModelCatalog.KeyKind.ALIAS) {
        alias(key, index);
      } else if (kind == ModelCatalog.KeyKind.NORMALIZED) {
        normalized(key, index);
      } else {
        compact(key, index);
      }
    }

    KeyTable build() {
      // Sized for the keys put, not the count expected; the table copies, so the builder stays usable.
      return new KeyTable(keys, hashes, values, size, form, builtCapacity());
    }
  }
}
