package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void typoCandidates_findsOneEditAwayOnly() {
    FuzzyIndex index = new FuzzyIndex(List.of("claude-3-opus", "gpt-4o-mini", "mistral-large"), new int[] {0, 1, 2});
    int[] found = index.typoCandidates(FuzzyIndex.deleteHashes("cluade3opus"));
    assertTrue(Arrays.stream(found).anyMatch(e -> index.ordinal(e) == 0));
    assertTrue(Arrays.stream(found).noneMatch(e -> index.ordinal(e) == 2));
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
