package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyTableTest {

  @Test
  void builtTables_areSizedForTheKeysPut_exactAtMostHalfFull_formsAtMostThreeQuartersFull() {
    for (int n : new int[] {0, 1, 2, 3, 5, 47, 48, 49, 96, 97, 500, 1000, 3000}) {
      // Expected counts far from the real one: the built table follows the keys, not the guess.
      for (int expected : new int[] {0, n, n * 8}) {
        KeyTable.Builder exact = new KeyTable.Builder(expected);
        KeyTable.Builder forms = KeyTable.Builder.ofForms(expected, false);
        for (int i = 0; i < n; i++) {
          exact.put("model-" + i, i);
          forms.put("model-" + i, i);
        }
        KeyTable exactTable = exact.build();
        KeyTable formTable = forms.build();
        assertLoad(exactTable, n, 1, 2);
        assertLoad(formTable, n, 3, 4);
        for (int i = 0; i < n; i++) {
          assertEquals(i, exactTable.get("model-" + i));
          assertEquals(i, formTable.get("MODEL_" + i));
        }
        assertEquals(KeyTable.MISSING, exactTable.get("model-" + n));
        assertEquals(KeyTable.MISSING, formTable.get("MODEL_" + n));
      }
    }
  }

  @Test
  void builder_keepsWorkingAfterBuild_andEarlierTablesDoNotChange() {
    KeyTable.Builder builder = new KeyTable.Builder(2).put("a", 1);
    KeyTable first = builder.build();
    for (int i = 0; i < 100; i++) {
      builder.put("k" + i, i);
    }
    KeyTable second = builder.build();
    assertEquals(1, first.size());
    assertEquals(KeyTable.MISSING, first.get("k5"));
    assertEquals(101, second.size());
    assertEquals(1, second.get("a"));
    assertEquals(99, second.get("k99"));
  }

  @Test
  void attachedTo_findsWhatIsAttached_throughEqualKeysAndCollidingHashes_andNothingElse() {
    // "Aa" and "BB" share a String hash, so one of them sits past its home slot.
    assertEquals("Aa".hashCode(), "BB".hashCode());
    KeyTable table = new KeyTable.Builder(4).put("Aa", 0).put("BB", 1).put("gpt-4o", 2).build();
    Object[] entries = table.entries();
    for (String key : new String[] {"Aa", "BB", "gpt-4o"}) {
      String copy = new String(key.toCharArray());
      assertNull(KeyTable.attachedTo(entries, copy, copy.hashCode()), key + ": nothing attached yet");
      Object attachment = new Object();
      table.attach(table.slotOf(key, key.hashCode()), attachment);
      assertSame(attachment, KeyTable.attachedTo(entries, copy, copy.hashCode()), key + ", an equal copy");
      assertSame(attachment, KeyTable.attachedTo(entries, key, key.hashCode()), key + ", the key itself");
    }
    assertNull(KeyTable.attachedTo(entries, "gpt-4", "gpt-4".hashCode()));
    assertNull(KeyTable.attachedTo(entries, "C#", "C#".hashCode()), "the shared hash of Aa and BB, another key");
    assertEquals("Aa".hashCode(), "C#".hashCode());
  }

  @Test
  void formsWithANonAsciiLetter_areFoundAsThemselves_pastCollisions() {
    // A form table is up to three quarters full, so among 300 keys many sit past their home slot; a key with a
    // non-ASCII letter is stored as its form and found by string equality along the same probe sequence.
    KeyTable.Builder builder = KeyTable.Builder.ofForms(0, false);
    for (int i = 0; i < 300; i++) {
      builder.put("Modèle-" + i, i);
    }
    KeyTable table = builder.build();
    for (int i = 0; i < 300; i++) {
      String form = Discovery.normalizeModelId("Modèle-" + i);
      assertEquals(i, table.getForm(form, false), form);
    }
    assertEquals(KeyTable.MISSING, table.getForm(Discovery.normalizeModelId("Modèle-300"), false));
  }

  /** At most {@code num/den} full, and not more than twice as large as that needs (but at least 4 slots). */
  private static void assertLoad(KeyTable table, int keys, int num, int den) {
    int capacity = table.capacity();
    assertEquals(keys, table.size());
    assertEquals(0, capacity & (capacity - 1), "a power of two: " + capacity);
    assertTrue((long) keys * den <= (long) capacity * num, keys + " keys in " + capacity + " slots");
    assertTrue(capacity == 4 || (long) keys * den > (long) (capacity / 2) * num,
        keys + " keys would fit " + capacity / 2 + " slots");
  }
}
