package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashPairSortTest {

  /**
   * Pairs appended as the fuzzy index appends them (entry by entry, each with several hashes), over the whole int
   * range and with hashes repeated across entries and within one: the radix sort must give what sorting the longs
   * gives, negative hashes before positive ones, each hash's entries ascending, repeated pairs side by side.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 17, 5_000, 200_000})
  void sortByHash_ordersAsSortingTheLongs(int count) {
    SplittableRandom random = new SplittableRandom(count);
    int[] repeated = random.ints(64).toArray();
    long[] pairs = new long[count];
    int entry = 0;
    for (int i = 0; i < count; i++) {
      if (random.nextInt(8) == 0) {
        entry++;
      }
      int hash = random.nextInt(4) == 0 ? repeated[random.nextInt(repeated.length)] : random.nextInt();
      pairs[i] = ((long) hash << 32) | entry;
    }
    long[] expected = pairs.clone();
    Arrays.sort(expected);

    assertArrayEquals(expected, HashPairSort.sortByHash(pairs, count));
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE})
  void sortByHash_placesExtremeHashesAsSignedOrderDoes(int extreme) {
    long[] pairs = {
        ((long) 5 << 32) | 0, ((long) extreme << 32) | 0, ((long) -7 << 32) | 1, ((long) extreme << 32) | 2};
    long[] expected = pairs.clone();
    Arrays.sort(expected);

    assertArrayEquals(expected, HashPairSort.sortByHash(pairs, pairs.length));
  }

  @Test
  void sortByHash_sortsOnlyTheFirstCount() {
    long[] pairs = {((long) 9 << 32) | 0, ((long) 3 << 32) | 0, ((long) 1 << 32) | 1, 123L};

    long[] sorted = HashPairSort.sortByHash(pairs, 3);

    assertArrayEquals(new long[] {((long) 1 << 32) | 1, ((long) 3 << 32) | 0, ((long) 9 << 32) | 0},
        Arrays.copyOf(sorted, 3));
  }
}
