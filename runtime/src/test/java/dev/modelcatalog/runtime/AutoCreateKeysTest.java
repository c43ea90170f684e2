package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The memo of auto-created models' store keys: the same keys as computed afresh, kept for a spelling, bounded. */
class AutoCreateKeysTest {

  @Test
  void of_givesTheKeyTheStoreUses_forEveryKindOfSpelling() {
    AutoCreateKeys keys = new AutoCreateKeys();
    for (String id : new String[] {"house-model-1-chat", "Acme/House_Model.1", "ft:gpt-4o:acme::x1", "---", "ÄÖ-1"}) {
      assertEquals(Resolver.autoCreateKey(id), keys.of(id), id);
      assertEquals(Resolver.autoCreateKey(id), keys.of(id), id + ", remembered");
    }
    assertEquals("house-model-1", keys.of("Acme/House_Model.1"));
    assertEquals("ft ft:gpt-4o:acme::x1", keys.of("ft:gpt-4o:acme::x1"));
    assertEquals("---", keys.of("---"), "a spelling that normalizes to nothing is its own key");
  }

  @Test
  void of_anEqualSpellingAgain_isTheRememberedKey_notANewOne() {
    AutoCreateKeys keys = new AutoCreateKeys();
    String first = keys.of("Acme/House_Model.1");
    // A server's JSON parser hands over an equal copy of the spelling on each request.
    String again = keys.of(new String("Acme/House_Model.1"));
    assertSame(first, again);
    assertNotSame(first, Resolver.autoCreateKey("Acme/House_Model.1"), "computed afresh, a key is a new string");
    assertEquals(1, keys.size());
  }

  @Test
  void of_spellingsLongerThanAnId_areAnsweredButNotKept() {
    AutoCreateKeys keys = new AutoCreateKeys();
    String long1 = "m".repeat(ModelRules.MAX_ID_LENGTH + 1);
    assertEquals(Resolver.autoCreateKey(long1), keys.of(long1));
    assertEquals(0, keys.size());
    String longest = "m".repeat(ModelRules.MAX_ID_LENGTH);
    keys.of(longest);
    assertEquals(1, keys.size());
  }

  @Test
  void of_everNewSpellings_keepAtMostTheCapacity_andStillAnswerRight() {
    AutoCreateKeys keys = new AutoCreateKeys();
    for (int i = 0; i < AutoCreateKeys.CAPACITY * 3 + 7; i++) {
      String id = "Client/Model_" + i;
      assertEquals("model-" + i, keys.of(id));
      assertTrue(keys.size() <= AutoCreateKeys.CAPACITY, "kept " + keys.size() + " after " + (i + 1));
    }
    assertEquals(7, keys.size(), "a full memo starts over: the last round's spellings only");
  }
}
