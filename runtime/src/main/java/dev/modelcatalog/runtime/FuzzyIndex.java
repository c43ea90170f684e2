package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The index behind fuzzy resolution, over one immutable set of keys (the ids and aliases of the compiled
 * catalogs, or of one run-time overlay). Built once; every lookup is a few hash probes, never a scan.
 *
 * <ul>
 *   <li>Hash maps from the compact {@linkplain ModelIdForms#snapshot snapshot}, {@linkplain ModelIdForms#core
 *       core} and {@linkplain ModelIdForms#reorderKey reordered} forms to the entries that have them.
 *   <li>A symmetric-delete table for typos (as in SymSpell): each compact core is filed under the hash of
 *       itself and of every string one deletion away. A query probes with the same hashes, which finds every
 *       key one substitution, insertion, deletion or adjacent transposition away (and some two away) without
 *       looking at the others. Candidates are then verified with Commons Text's distance.
 *   <li>The vocabulary: every word of letters in any core, so a query word that names something else in the
 *       catalog ({@code mixtral}) is never taken for a typo of another ({@code pixtral}).
 * </ul>
 *
 * <p>An entry is one key of one model: its {@link #ordinal} is whatever the builder gave it (a compiled ordinal
 * or an overlay index).
 */
final class FuzzyIndex {

  static final FuzzyIndex EMPTY = new FuzzyIndex(List.of(), new int[0]);

  /** Cores shorter than this are never corrected: a typo in {@code o3} is another model. */
  static final int MIN_TYPO_LENGTH = 5;

  private static final int[] NONE = new int[0];
  /** The most bits a bucket of {@link #deleteBuckets} uses: 65,536 buckets, 256 KB. */
  private static final int MAX_BUCKET_BITS = 16;

  private final int[] ordinals;
  private final ModelIdForms[] forms;
  /** Per entry, the compared forms: index 0 the routed form (date kept), index 1 the core. */
  private final Form[][] typoForms;
  private final Map<String, int[]> bySnapshot;
  private final Map<String, int[]> byCore;
  private final Map<String, int[]> byReorder;
  private final Map<String, int[]> byFirstWord;
  private final Set<String> vocabulary;
  /**
   * The (delete hash, entry) pairs, sorted by hash and then entry, as two parallel arrays: a hash filed under
   * several entries repeats. Most hashes have one entry, so this is smaller than distinct hashes with an array of
   * where each one's entries start (some 130 bytes a model less at 10,000 models).
   */
  private final int[] deleteHashes;
  private final int[] deleteEntries;
  /**
   * Where each bucket of {@link #deleteHashes} starts, a bucket being the top {@link #bucketBits} bits of a hash
   * ({@link #bucketOf}), sized to hold 8 to 16 pairs: a query searches one bucket instead of the whole
   * array, whose upper levels alone are a dozen cache misses at 10,000 models.
   */
  private final int[] deleteBuckets;
  private final int bucketBits;

  /**
   * Indexes the keys; {@code ordinals[i]} is the model of {@code keys.get(i)}. Keys whose normalized form is
   * empty are left out.
   */
  FuzzyIndex(List<String> keys, int[] ordinals) {
    int n = keys.size();
    this.ordinals = ordinals.clone();
    this.forms = new ModelIdForms[n];
    this.typoForms = new Form[n][];
    Map<String, List<Integer>> snapshots = new HashMap<>();
    Map<String, List<Integer>> cores = new HashMap<>();
    Map<String, List<Integer>> reorders = new HashMap<>();
    Map<String, List<Integer>> firstWords = new HashMap<>();
    Set<String> vocabulary = new HashSet<>();
    // (delete hash, entry) pairs packed in longs, appended entry by entry and sorted below by hash (signed, as
    // binarySearch wants), each hash's entries staying in entry order. Boxed maps of lists cost seconds at 50,000
    // models; a sort of primitives costs milliseconds.
    long[] deletes = new long[Math.max(16, n * 32)];
    int pairs = 0;
    // Ids share most of their words (llama, instruct) and an id's forms are often equal to each other: each
    // distinct string is held once, which roughly halves the index's heap (it was some 4.5 KB a model).
    Map<String, String> strings = new HashMap<>();
    UnaryOperator<String> pool = s -> strings.computeIfAbsent(s, same -> same);
    for (int e = 0; e < n; e++) {
      ModelIdForms f = ModelIdForms.of(keys.get(e)).pooled(pool);
      forms[e] = f;
      typoForms[e] = new Form[] {Form.of(f.routed, pool), Form.of(f.core, pool)};
      String[] coreWords = typoForms[e][1].words;
      if (f.coreCompact.isEmpty()) {
        continue;
      }
      vocabulary.addAll(Arrays.asList(typoForms[e][0].words));
      snapshots.computeIfAbsent(f.snapshotCompact, k -> new ArrayList<>()).add(e);
      cores.computeIfAbsent(f.coreCompact, k -> new ArrayList<>()).add(e);
      reorders.computeIfAbsent(pool.apply(f.reorderKey()), k -> new ArrayList<>()).add(e);
      if (coreWords.length > 0 && f.core.startsWith(coreWords[0])) {
        firstWords.computeIfAbsent(coreWords[0], k -> new ArrayList<>()).add(e);
      }
      if (f.coreCompact.length() >= MIN_TYPO_LENGTH - 1) {
        for (int hash : deleteHashes(f.coreCompact, typoForms[e][0].compact)) {
          if (pairs == deletes.length) {
            deletes = Arrays.copyOf(deletes, pairs * 2);
          }
          deletes[pairs++] = ((long) hash << 32) | e;
        }
      }
    }
    this.bySnapshot = freeze(snapshots);
    this.byCore = freeze(cores);
    this.byReorder = freeze(reorders);
    this.byFirstWord = freeze(firstWords);
    this.vocabulary = Set.copyOf(vocabulary);
    deletes = HashPairSort.sortByHash(deletes, pairs);
    // Count first, so the tables are allocated at their final sizes (millions of pairs at 50,000 models).
    int total = 0;
    for (int i = 0; i < pairs; i++) {
      // One entry filed twice under a hash (two deletions give one string) is kept once.
      total += i > 0 && deletes[i] == deletes[i - 1] ? 0 : 1;
    }
    this.deleteHashes = new int[total];
    this.deleteEntries = new int[total];
    total = 0;
    for (int i = 0; i < pairs; i++) {
      if (i == 0 || deletes[i] != deletes[i - 1]) {
        deleteHashes[total] = (int) (deletes[i] >> 32);
        deleteEntries[total++] = (int) deletes[i];
      }
    }
    this.bucketBits = Math.min(MAX_BUCKET_BITS, Math.max(0, 31 - Integer.numberOfLeadingZeros(total) - 3));
    this.deleteBuckets = new int[(1 << bucketBits) + 1];
    for (int b = 0, d = 0; b < deleteBuckets.length; b++) {
      while (d < total && bucketOf(deleteHashes[d]) < b) {
        d++;
      }
      deleteBuckets[b] = d;
    }
  }

  /** The top {@link #bucketBits} bits of a hash, flipped so that bucket order is signed hash order. */
  private int bucketOf(int hash) {
    return bucketBits == 0 ? 0 : (hash >>> (32 - bucketBits)) ^ (1 << (bucketBits - 1));
  }

  private static String[] pooled(List<String> strings, UnaryOperator<String> pool) {
    String[] out = new String[strings.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = pool.apply(strings.get(i));
    }
    return out;
  }

  private static Map<String, int[]> freeze(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((key, list) -> out.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  int size() {
    return ordinals.length;
  }

  int ordinal(int entry) {
    return ordinals[entry];
  }

  ModelIdForms forms(int entry) {
    return forms[entry];
  }

  /** The entry's routed form ({@code level} 0) or core (1), as typo matching compares them. */
  Form typoForm(int entry, int level) {
    return typoForms[entry][level];
  }

  /**
   * A form as typo matching compares it: without separators, its runs of digits (which must match exactly),
   * and its words of letters (which must exist in the candidate when the catalog knows them).
   */
  record Form(String compact, String numbers, String[] words) {
    static Form of(String form) {
      return of(form, UnaryOperator.identity());
    }

    /** The form of {@code form}, its strings taken from {@code pool} ({@link ModelIdForms#pooled}). */
    static Form of(String form, UnaryOperator<String> pool) {
      return new Form(pool.apply(form.replace("-", "")), pool.apply(ModelIdForms.numberSignature(form)),
          pooled(ModelIdForms.words(form), pool));
    }

    boolean hasWord(String word) {
      for (String w : words) {
        if (w.equals(word)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Whether some core in the index has this word of letters. */
  boolean isWord(String word) {
    return vocabulary.contains(word);
  }

  /** Entries whose compact snapshot form is this. */
  int[] bySnapshot(String snapshotCompact) {
    return bySnapshot.getOrDefault(snapshotCompact, NONE);
  }

  /** Entries whose compact core is this. */
  int[] byCore(String coreCompact) {
    return byCore.getOrDefault(coreCompact, NONE);
  }

  /** Entries whose {@link ModelIdForms#reorderKey} is this. */
  int[] byReorder(String reorderKey) {
    return byReorder.getOrDefault(reorderKey, NONE);
  }

  /** The distinct entries filed under any of these delete hashes (see {@link #deleteHashes}), in entry order. */
  int[] typoCandidates(int[] queryHashes) {
    int[] found = new int[16];
    int count = 0;
    for (int hash : queryHashes) {
      int bucket = bucketOf(hash);
      int from = deleteBuckets[bucket];
      int i = Arrays.binarySearch(deleteHashes, from, deleteBuckets[bucket + 1], hash);
      if (i < 0) {
        continue;
      }
      // The search lands on any pair of the hash: its pairs are the run of equal hashes around it.
      while (i > from && deleteHashes[i - 1] == hash) {
        i--;
      }
      for (int j = i; j < deleteHashes.length && deleteHashes[j] == hash; j++) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = deleteEntries[j];
      }
    }
    return sortedDistinct(found, count);
  }

  /** Up to {@code limit} entries whose core starts with this word of letters ({@code gpt}, {@code claude}). */
  int[] byFirstWord(String word, int limit) {
    int[] entries = byFirstWord.getOrDefault(word, NONE);
    return entries.length <= limit ? entries : Arrays.copyOf(entries, limit);
  }

  /**
   * The hash of the string and of each string one deletion away, without building those strings: with prefix
   * hashes {@code p} and suffix hashes {@code s} (both polynomial in 31, as {@link String#hashCode}), deleting
   * the character at {@code i} gives {@code p[i] * 31^(n-1-i) + s[i+1]}.
   */
  static int[] deleteHashes(String first, String second) {
    int[] a = deleteHashes(first);
    if (first.equals(second)) {
      return a;
    }
    int[] b = deleteHashes(second);
    int[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return sortedDistinct(both, both.length);
  }

  /**
   * The distinct values among the first {@code count}, ascending, sorted in place. {@code IntStream.distinct()}
   * boxes every value: millions of objects per index build, and some for every fuzzy query.
   */
  private static int[] sortedDistinct(int[] values, int count) {
    Arrays.sort(values, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        values[distinct++] = values[i];
      }
    }
    return distinct == values.length ? values : Arrays.copyOf(values, distinct);
  }

  static int[] deleteHashes(String s) {
    int n = s.length();
    int[] prefix = new int[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = 31 * prefix[i] + s.charAt(i);
    }
    int[] suffix = new int[n + 1];
    int power = 1;
    for (int i = n - 1; i >= 0; i--) {
      suffix[i] = s.charAt(i) * power + suffix[i + 1];
      power *= 31;
    }
    int[] out = new int[n + 1];
    out[0] = prefix[n];
    int pow = 1;
    for (int i = n - 1; i >= 0; i--) {
      out[i + 1] = prefix[i] * pow + suffix[i + 1];
      pow *= 31;
    }
    return out;
  }
}
