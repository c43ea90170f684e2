package dev.modelcatalog.runtime;

import java.util.Arrays;

/**
 * Sorts {@code (hash << 32) | entry} pairs by hash, as {@code Arrays.sort} would sort them as longs, for pairs
 * appended entry by entry (entries ascending): a stable least-significant-digit radix sort on the hash alone keeps
 * the entries of one hash in the order given, so sorting the entry half is not needed.
 *
 * <p>The fuzzy index sorts some 40 pairs per id or alias (the hashes of every one-deletion variant of its forms):
 * 830,000 at 10,000 models, 4.2 million at 50,000. A comparison sort of those was the largest part of building the
 * index; three counting passes over them are a small one.
 */
final class HashPairSort {

  private static final int DIGIT_BITS = 11;
  private static final int DIGITS = 1 << DIGIT_BITS;

  private HashPairSort() {}

  /**
   * Sorts the first {@code count} pairs; returns the array holding them sorted, which is {@code pairs} or a new
   * one. Pairs with the same hash must come in ascending entry order.
   */
  static long[] sortByHash(long[] pairs, int count) {
    long[] from = pairs;
    long[] to = new long[count];
    int[] starts = new int[DIGITS + 1];
    for (int shift = 32; shift < 64; shift += DIGIT_BITS) {
      Arrays.fill(starts, 0);
      for (int i = 0; i < count; i++) {
        starts[digit(from[i], shift) + 1]++;
      }
      for (int d = 0; d < DIGITS; d++) {
        starts[d + 1] += starts[d];
      }
      for (int i = 0; i < count; i++) {
        to[starts[digit(from[i], shift)]++] = from[i];
      }
      long[] sorted = to;
      to = from;
      from = sorted;
    }
    return from;
  }

  /**
   * The digit of the pair's hash at {@code shift}: with the sign bit flipped, unsigned order of the digits is
   * signed order of the hashes (the order {@code Arrays.binarySearch} over the hashes expects).
   */
  private static int digit(long pair, int shift) {
    return (int) ((pair ^ Long.MIN_VALUE) >>> shift) & (DIGITS - 1);
  }
}
