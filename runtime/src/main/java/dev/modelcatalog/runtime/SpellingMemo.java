package dev.modelcatalog.runtime;

/**
 * What a lookup found for spellings that are not an id or alias, for one registry state (one {@link Overlay}):
 * {@link ModelRegistry#find}'s hits past the exact keys ({@code GPT_4O}, {@code Meta-Llama/Llama-3.1-8B},
 * {@code gpt4o}), and the fuzzy step's ({@code claude-3-5-sonnet-latest}, {@code cluade-3-opus}). A server resolves
 * the same few spellings on every request; a spelling seen before is then one probe with the query's own hash,
 * which its exact lookup computed already, and a string comparison, instead of the normalizing walk over its
 * characters or the fuzzy index.
 *
 * <p>{@code find} keeps its hits only (its misses go on to the fuzzy step); the fuzzy step keeps its misses too, as
 * a client repeating an unknown name would otherwise pay the index on every request. Only queries of at most
 * {@link ModelRules#MAX_ID_LENGTH} characters are kept. Bounded: past its capacity it starts over, so a client
 * sending endless spellings holds at most {@code capacity} of them. A write publishes a new overlay, and the first
 * answer after it starts a new memo, so answers are never stale. Lookups read without a lock: entries are
 * immutable (final fields only), and a lookup that does not see an entry yet resolves the query as before. Inserts,
 * first sightings only, take the memo's lock.
 *
 * @param <V> what an answer is remembered as; immutable
 */
final class SpellingMemo<V> {

  /** Slots in a new memo's table; it doubles as spellings come, up to twice the capacity. */
  private static final int INITIAL_SLOTS = 16;

  private static final class Entry {
    final String spelling;
    final int hash;
    final Object answer;

    Entry(String spelling, int hash, Object answer) {
      this.spelling = spelling;
      this.hash = hash;
      this.answer = answer;
    }
  }

  private final Overlay layer;
  private final int capacity;
  /**
   * Open addressing, at most half full. An entry only ever fills an empty slot; the table is replaced by a new one
   * when it grows or starts over.
   */
  private volatile Entry[] slots = new Entry[INITIAL_SLOTS];
  /** Entries in {@link #slots}; written under the lock. */
  private int count;

  SpellingMemo(Overlay layer, int capacity) {
    this.layer = layer;
    this.capacity = capacity;
  }

  /** The registry state the answers belong to. */
  Overlay layer() {
    return layer;
  }

  /** Whether a query of this length may be kept. */
  static boolean keeps(String query) {
    return query.length() <= ModelRules.MAX_ID_LENGTH;
  }

  /** What was found for this spelling, or null when it is not kept here. */
  @SuppressWarnings("unchecked") // put() takes only V
  V get(String query) {
    int hash = query.hashCode();
    Entry[] table = slots;
    int mask = table.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      Entry e = table[i];
      if (e == null) {
        return null;
      }
      if (e.spelling == query || e.hash == hash && e.spelling.equals(query)) {
        return (V) e.answer;
      }
    }
  }

  /** Keeps an answer; a memo at its capacity starts over first. */
  synchronized void put(String query, V answer) {
    int hash = query.hashCode();
    Entry[] table = slots;
    if (count >= capacity) {
      table = new Entry[INITIAL_SLOTS];
      count = 0;
    } else if ((count + 1) * 2 > table.length) {
      table = grown(table);
    }
    int mask = table.length - 1;
    int i = spread(hash) & mask;
    for (Entry e; (e = table[i]) != null; i = (i + 1) & mask) {
      if (e.hash == hash && e.spelling.equals(query)) {
        return; // a racing lookup kept it first
      }
    }
    // Into a table no reader sees yet, or into an empty slot of the one they see: either way a reader finds the
    // entry whole or not at all.
    table[i] = new Entry(query, hash, answer);
    count++;
    slots = table;
  }

  private static Entry[] grown(Entry[] table) {
    Entry[] next = new Entry[table.length * 2];
    int mask = next.length - 1;
    for (Entry e : table) {
      if (e != null) {
        int i = spread(e.hash) & mask;
        while (next[i] != null) {
          i = (i + 1) & mask;
        }
        next[i] = e;
      }
    }
    return next;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
