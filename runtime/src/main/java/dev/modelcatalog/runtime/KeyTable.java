package dev.modelcatalog.runtime;

import java.util.Arrays;

/**
 * An immutable open-addressing table from string keys to non-negative ints, built once. Lookups probe with the
 * key's hash and compare in place; {@link #getNormalized} probes with the hash of a query's normalized form
 * without building that form. A key given two different values is stored as {@link #AMBIGUOUS}, so a key that
 * two models share is never silently given to one of them.
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

  private KeyTable(String[] keys, int[] values, int size) {
    this.mask = keys.length - 1;
    this.size = size;
    this.slots = new int[keys.length * 2];
    this.entries = new Object[keys.length * 2];
    for (int i = 0; i < keys.length; i++) {
      slots[2 * i] = keys[i] == null ? 0 : keys[i].hashCode();
      slots[2 * i + 1] = keys[i] == null ? MISSING : values[i];
      entries[2 * i] = keys[i];
    }
  }

  int size() {
    return size;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private String keyAt(int slot) {
    return (String) entries[2 * slot];
  }

  /** The value of the key, {@link #MISSING} or {@link #AMBIGUOUS}. */
  int get(String key) {
    return get(key, key.hashCode());
  }

  /** {@link #get(String)} for a key whose {@link String#hashCode()} the caller has at hand. */
  int get(String key, int hash) {
    return valueAt(slotOf(key, hash));
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
      return get(compact ? Discovery.compactKey(raw) : Discovery.normalizeModelId(raw));
    }
    return valueAt(normalizedSlotOf(raw, NormalizedKeys.startOf(scanned), NormalizedKeys.hashOf(scanned), compact));
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

  /** Collects keys; sized for an expected count but grows as needed. */
  static final class Builder {
    private String[] keys;
    private int[] values;
    private int size;

    Builder(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected * 2 + 1)) << 1;
      keys = new String[capacity];
      values = new int[capacity];
    }

    /** Adds the key; a key already present with a different value becomes {@link #AMBIGUOUS}. */
    Builder put(String key, int value) {
      if (value < 0) {
        throw new IllegalArgumentException("value: must not be negative, was " + value);
      }
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = spread(key.hashCode()) & mask;
      for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
        if (k.equals(key)) {
          if (values[i] != value) {
            values[i] = AMBIGUOUS;
          }
          return this;
        }
      }
      keys[i] = key;
      values[i] = value;
      size++;
      return this;
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(values, 0);
      size = 0;
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          int i = spread(oldKeys[j].hashCode()) & mask;
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
          size++;
        }
      }
    }

    KeyTable build() {
      return new KeyTable(keys.clone(), values.clone(), size);
    }
  }
}
