package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyIndexTest {

  @Test
  void deleteHashes_equalHashCodesOfTheDeletedStrings() {
    for (String s : List.of("claude3opus", "gpt4omini", "a", "mixtral8x7b")) {
      int[] hashes = FuzzyIndex.deleteHashes(s);
      assertEquals(s.hashCode(), hashes[0]);
      for (int i = 0; i < s.length(); i++) {
        String deleted = s.substring(0, i) + s.substring(i + 1);
        int hash = deleted.hashCode();
        assertTrue(Arrays.stream(hashes).anyMatch(h -> h == hash), s + " without " + i);
      }
    }
  }

  @Test
  void deleteHashesOfTwoForms_areEachFormsHashesOnce() {
    String first = "llama318binstruct";
    String second = "llama318b";
    int[] both = FuzzyIndex.deleteHashes(first, second);
    java.util.Set<Integer> expected = new java.util.TreeSet<>();
    Arrays.stream(FuzzyIndex.deleteHashes(first)).forEach(expected::add);
    Arrays.stream(FuzzyIndex.deleteHashes(second)).forEach(expected::add);
    assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), both);
  }

  @Test
  void typoCandidates_findsOneEditAwayOnly() {
    FuzzyIndex index = new FuzzyIndex(List.of("claude-3-opus", "gpt-4o-mini", "mistral-large"), new int[] {0, 1, 2});
    int[] found = index.typoCandidates(FuzzyIndex.deleteHashes("cluade3opus"));
    assertTrue(Arrays.stream(found).anyMatch(e -> index.ordinal(e) == 0));
    assertTrue(Arrays.stream(found).noneMatch(e -> index.ordinal(e) == 2));
  }

  @Test
  void typoCandidates_areTheEntriesSharingADeleteHash_inABucketedTable() {
    // Enough keys for the sorted hashes to be split into buckets; the answer must be what a scan of every entry's
    // filed hashes gives, in entry order.
    java.util.Random random = new java.util.Random(11);
    String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    List<String> keys = new java.util.ArrayList<>();
    for (int k = 0; k < 3_000; k++) {
      StringBuilder key = new StringBuilder();
      for (int i = 0, n = 4 + random.nextInt(12); i < n; i++) {
        key.append(i > 0 && random.nextInt(5) == 0 ? "-" : "").append(letters.charAt(random.nextInt(letters.length())));
      }
      keys.add(key.toString());
    }
    FuzzyIndex index = new FuzzyIndex(keys, java.util.stream.IntStream.range(0, keys.size()).toArray());
    for (int q = 0; q < 500; q++) {
      String key = keys.get(random.nextInt(keys.size())).replace("-", "");
      int at = random.nextInt(key.length());
      String query = q % 2 == 0 ? key.substring(0, at) + key.substring(at + 1) : key.substring(0, at) + 'z' + key;
      int[] queryHashes = FuzzyIndex.deleteHashes(query);
      java.util.Set<Integer> wanted = new java.util.HashSet<>();
      Arrays.stream(queryHashes).forEach(wanted::add);
      int[] expected = java.util.stream.IntStream.range(0, index.size())
          .filter(e -> index.forms(e).coreCompact.length() >= FuzzyIndex.MIN_TYPO_LENGTH - 1)
          .filter(e -> Arrays.stream(FuzzyIndex.deleteHashes(index.forms(e).coreCompact,
              index.typoForm(e, 0).compact())).anyMatch(wanted::contains))
          .toArray();
      assertArrayEquals(expected, index.typoCandidates(queryHashes), query);
    }
  }

  @Test
  void typoCandidates_collectEveryEntryOfAHashFiledUnderMany() {
    // "orbit-a-7" ... "orbit-z-7" each give "orbit7" when their letter is deleted: one hash filed under 26
    // entries, whichever of them a search of the sorted hashes lands on. Other keys fill the table's buckets.
    List<String> keys = new java.util.ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) {
      keys.add("orbit-" + c + "-7");
    }
    for (int k = 0; k < 2_000; k++) {
      keys.add("filler-" + Integer.toString(k * 7919, 36) + "-model");
    }
    FuzzyIndex index = new FuzzyIndex(keys, java.util.stream.IntStream.range(0, keys.size()).toArray());

    int[] found = index.typoCandidates(new int[] {"orbit7".hashCode()});

    assertArrayEquals(java.util.stream.IntStream.range(0, 26).toArray(), found);
  }

  @Test
  void typoCandidates_findTheTablesFirstAndLastHashes() {
    // The smallest hash sits at the table's first pair and the largest at its last: a search must take both
    // ends, in a table of one bucket and in one of many.
    List<String> few = List.of("claude-3-opus", "gpt-4o-mini", "mistral-large");
    List<String> many = new java.util.ArrayList<>(few);
    for (int k = 0; k < 2_000; k++) {
      many.add("filler-" + Integer.toString(k * 7919, 36) + "-model");
    }
    for (List<String> keys : List.of(few, many)) {
      FuzzyIndex index = new FuzzyIndex(keys, java.util.stream.IntStream.range(0, keys.size()).toArray());
      int[][] filed = new int[index.size()][];
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (int e = 0; e < index.size(); e++) {
        filed[e] = FuzzyIndex.deleteHashes(index.forms(e).coreCompact, index.typoForm(e, 0).compact());
        min = Math.min(min, Arrays.stream(filed[e]).min().orElseThrow());
        max = Math.max(max, Arrays.stream(filed[e]).max().orElseThrow());
      }
      for (int hash : new int[] {min, max}) {
        int[] expected = java.util.stream.IntStream.range(0, index.size())
            .filter(e -> Arrays.stream(filed[e]).anyMatch(h -> h == hash)).toArray();
        assertTrue(expected.length > 0);
        assertArrayEquals(expected, index.typoCandidates(new int[] {hash}), keys.size() + " keys, hash " + hash);
      }
    }
  }

  @Test
  void anIndexOfOneLongKey_holdsEveryDeleteHashOfIt() {
    // One key of 40 letters files 41 hashes of its core and more of its dated form: more than the pair table
    // starts with for one key, so the table grows while it is built.
    String id = "acme-extraordinarily-long-model-name-for-testing-2024-05-13";
    FuzzyIndex index = new FuzzyIndex(List.of(id), new int[] {0});
    String core = index.forms(0).coreCompact;
    assertTrue(core.length() > 32, core);
    for (int i = 0; i < core.length(); i++) {
      String typo = core.substring(0, i) + core.substring(i + 1);
      assertArrayEquals(new int[] {0}, index.typoCandidates(FuzzyIndex.deleteHashes(typo)), typo);
    }
  }

  @Test
  void form_hasOnlyItsOwnWordsOfLetters() {
    FuzzyIndex.Form form = FuzzyIndex.Form.of("claude-3-opus");
    assertTrue(form.hasWord("claude"));
    assertTrue(form.hasWord("opus"));
    assertFalse(form.hasWord("sonnet"));
    assertFalse(form.hasWord("3"));
    assertFalse(FuzzyIndex.Form.of("4-8").hasWord("claude"), "a form without words");
  }

  @Test
  void byFirstWord_listsCoresThatStartWithTheWord_upToTheLimit() {
    FuzzyIndex index = new FuzzyIndex(List.of("gpt-4o", "4o-mini", "gpt-4-turbo", "o1-preview"),
        new int[] {0, 1, 2, 3});
    assertArrayEquals(new int[] {0, 2}, index.byFirstWord("gpt", 10));
    assertArrayEquals(new int[] {0, 2}, index.byFirstWord("gpt", 2));
    assertArrayEquals(new int[] {0}, index.byFirstWord("gpt", 1));
    assertArrayEquals(new int[] {3}, index.byFirstWord("o", 10), "4o-mini's first word is not where it starts");
    assertArrayEquals(new int[0], index.byFirstWord("mini", 10));
  }

  @Test
  void lookups_bySnapshotCoreAndReorder() {
    FuzzyIndex index = new FuzzyIndex(List.of("claude-sonnet-4-20250514", "gpt-4o"), new int[] {7, 8});
    assertEquals(7, index.ordinal(index.bySnapshot("claudesonnet4")[0]));
    assertEquals(7, index.ordinal(index.byReorder(ModelIdForms.of("claude-4-sonnet").reorderKey())[0]));
    assertEquals(0, index.byCore("gpt5").length);
    assertTrue(index.isWord("sonnet"));
  }
}
