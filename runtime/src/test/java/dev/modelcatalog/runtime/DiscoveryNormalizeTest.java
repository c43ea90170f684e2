package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscoveryNormalizeTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "openai/gpt-oss-120b|gpt-oss-120b",
      "meta_llama/Llama_3.1_8B|llama-3-1-8b",
      "anthropic.claude-3-haiku-20240307-v1:0|anthropic-claude-3-haiku-20240307-v1-0",
      "GPT_4O|gpt-4o",
      "'  gpt-4o  '|gpt-4o",
      "--gpt--4o--|gpt-4o",
      "a/b/c/Mixtral-8x7B|mixtral-8x7b",
      "gpt-4o/|''",
      "ﬁne|ﬁne",
      "Gpt\u2014\u00C9t\u00E9|gpt-\u00E9t\u00E9",
      // the ends of the ranges: A and Z lower-case, a and z, 0 and 9 stay, @ [ ` { / : separate
      "Zephyr-7B-Alpha|zephyr-7b-alpha",
      "x/AZ@[az`{09:|az-az-09",
      // U+10000, the first letter outside the BMP, is one letter of two chars
      "\uD800\uDC00x|\uD800\uDC00x",
      "X\uD800\uDC00|x\uD800\uDC00",
  })
  void normalizeModelId_followsTheDocumentedSteps(String input, String expected) {
    assertEquals(expected, Discovery.normalizeModelId(input));
  }

  @Test
  void null_readsAsTheEmptyId_asInTheOtherDiscoveryFunctions() {
    assertEquals("", Discovery.normalizeModelId(null));
    assertEquals("", Discovery.compactKey(null));
  }

  @Test
  void compactKey_dropsSeparators() {
    assertEquals("gpt4o", Discovery.compactKey("GPT-4o"));
    assertEquals(Discovery.compactKey("gpt4"), Discovery.compactKey("gpt-4"));
    assertEquals("llama318b", Discovery.compactKey("meta_llama/Llama_3.1_8B"));
  }

  @Test
  void streamingHash_equalsHashOfNormalizedString_forRandomAsciiInput() {
    Random random = new Random(42);
    String alphabet = "aZ09-_./: @+Xx";
    String previous = "";
    for (int n = 0; n < 20_000; n++) {
      String input = appendRandom(new StringBuilder(), random, alphabet, random.nextInt(24)).toString();
      String normalized = Discovery.normalizeModelId(input);
      String compact = Discovery.compactKey(input);
      assertEquals(normalized.hashCode(), NormalizedKeys.hash(input, false), input);
      assertEquals(compact.hashCode(), NormalizedKeys.hash(input, true), input);
      assertTrue(NormalizedKeys.matches(input, false, normalized), input);
      assertTrue(NormalizedKeys.matches(input, true, compact), input);
      assertFalse(NormalizedKeys.matches(input, false, normalized + "x"), input);
      assertFalse(NormalizedKeys.matches(input, true, compact + "0"), input);
      // A stored key stands for its form: an id or alias spelled otherwise, under an organisation, matches.
      String respelled = "Org-1/" + input.substring(input.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT)
          .replace('-', '_');
      assertTrue(NormalizedKeys.matches(input, false, respelled), input + " / " + respelled);
      assertTrue(NormalizedKeys.matches(input, true, respelled), input + " / " + respelled);
      assertEquals(normalized.hashCode(), NormalizedKeys.formHash(respelled, false), respelled);
      if (normalized.length() > 1) {
        assertFalse(NormalizedKeys.matches(input, false, normalized.substring(0, normalized.length() - 1)), input);
        // Dashes and underscores are both separators: the key stands for the same form.
        assertTrue(NormalizedKeys.matches(input, false, normalized.replace('-', '_')), input);
      }
      // Against the normalized form of the previous input: a match exactly when the forms are equal.
      assertEquals(normalized.equals(previous), NormalizedKeys.matches(input, false, previous),
          input + " / " + previous);
      previous = normalized;
      long scanned = NormalizedKeys.scan(input, false);
      assertEquals(input.lastIndexOf('/') + 1, NormalizedKeys.startOf(scanned), input);
      assertEquals(normalized.hashCode(), NormalizedKeys.hashOf(scanned), input);
      assertEquals(compact.hashCode(), NormalizedKeys.hashOf(NormalizedKeys.scan(input, true)), input);
    }
  }

  @Test
  void streamingHash_equalsHashOfNormalizedString_forLongRandomAsciiInput() {
    // Ids run to 256 characters and queries to four times that: the streamed hash must hold at every length, with
    // slashes and separators anywhere.
    Random random = new Random(7);
    for (int length : new int[] {1, 2, 31, 32, 200, 254, 255, 256, 257, 258, 300, 511, 512, 1024}) {
      for (int n = 0; n < 200; n++) {
        String input = appendRandom(new StringBuilder(), random, "aZ09-_./", length).toString();
        assertEquals(Discovery.normalizeModelId(input).hashCode(), NormalizedKeys.hash(input, false), input);
        assertEquals(Discovery.compactKey(input).hashCode(), NormalizedKeys.hash(input, true), input);
      }
      String letters = appendRandom(new StringBuilder(), random, "aZ09", length).toString();
      assertEquals(Discovery.normalizeModelId(letters).hashCode(), NormalizedKeys.hash(letters, false), letters);
    }
  }

  @Test
  void scanAndMatch_singleSeparatorsBetweenTokens_agreeWithDiscovery() {
    // The usual shape of a query (GPT_4O, Org/Llama-3.1-8B), which matches() confirms without branches; random ones
    // of that shape, and the same with one separator doubled or added at an end, which it must leave to the loop.
    Random random = new Random(7);
    String tokenChars = "abcXYZ0189";
    String separators = "-_.: @+";
    for (int n = 0; n < 20_000; n++) {
      String prefix = random.nextBoolean() ? "" : "Org-" + n + (random.nextBoolean() ? "/" : "/x/");
      StringBuilder raw = new StringBuilder(prefix);
      // Up to 8 tokens of up to 9 characters: queries of every length up to about 80.
      int tokens = 1 + random.nextInt(8);
      for (int t = 0; t < tokens; t++) {
        if (t > 0) {
          appendRandom(raw, random, separators, 1);
        }
        appendRandom(raw, random, tokenChars, 1 + random.nextInt(9));
      }
      String regular = raw.toString();
      int cut = regular.lastIndexOf('/') + 1;
      String sep = String.valueOf(separators.charAt(random.nextInt(separators.length())));
      String leading = regular.substring(0, cut) + sep + regular.substring(cut);
      for (String input : new String[] {regular, regular + sep, leading, regular.replaceFirst("([-_.: @+])", "$1$1")}) {
        String normalized = Discovery.normalizeModelId(input);
        long scanned = NormalizedKeys.scan(input, false);
        assertEquals(input.lastIndexOf('/') + 1, NormalizedKeys.startOf(scanned), input);
        assertEquals(normalized.hashCode(), NormalizedKeys.hashOf(scanned), input);
        assertTrue(NormalizedKeys.matches(input, NormalizedKeys.startOf(scanned), false, normalized), input);
        assertFalse(NormalizedKeys.matches(input, NormalizedKeys.startOf(scanned), false, normalized + "0"), input);
      }
    }
  }

  /** Appends {@code count} characters drawn from {@code chars}. */
  private static StringBuilder appendRandom(StringBuilder out, Random random, String chars, int count) {
    for (int i = 0; i < count; i++) {
      out.append(chars.charAt(random.nextInt(chars.length())));
    }
    return out;
  }

  @Test
  void scan_anyNonAsciiCharacter_sendsTheLookupToTheAllocatingPath() {
    for (String input : new String[] {"\u212A_MODEL", "caf\u00e9/gpt-4o", "gpt-4o\u00e9", "\u00e9", "\u00e9gpt-4o",
        "gpt-\u00e94o-mini", "org/gpt-4o-mini-2024\u00e9"}) {
      assertEquals(NormalizedKeys.NOT_ASCII, NormalizedKeys.scan(input, false), input);
      assertEquals(NormalizedKeys.NOT_ASCII, NormalizedKeys.scan(input, true), input);
    }
    KeyTable table = new KeyTable.Builder(4).put("gpt-4o", 3).build();
    assertEquals(3, table.getNormalized("Openai/GPT_4O", false));
    assertEquals(KeyTable.MISSING, table.getNormalized("GPT_4", false));
  }

  @Test
  void nonAsciiLetters_areKeptAsLetters_soNoLookAlikeFindsAnotherModel() {
    // A Cyrillic o, a Greek omicron, an o with an umlaut: dropped as separators, each read as gpt-4.
    for (String query : new String[] {"gpt-4\u043E", "gpt-4\u03BF", "gpt-4\u00F6", "GPT-4\u00D6"}) {
      String form = Discovery.normalizeModelId(query);
      assertEquals(6, form.length(), form);
      assertEquals(Optional.empty(), Fixtures.registry().find(query), query);
    }
    assertEquals("caf\u00e9-gpt", Discovery.normalizeModelId("Caf\u00c9 GPT"));
    // Non-ASCII punctuation and marks still separate.
    assertEquals("gpt-4o", Discovery.normalizeModelId("gpt\u20144o"));
    assertEquals("i-x", Discovery.normalizeModelId("\u0130x"));
    // An ASCII query is untouched; a form with a non-ASCII letter matches no ASCII key, compared as strings.
    KeyTable table = KeyTable.Builder.ofForms(4, false).put("gpt-mini", 1).build();
    assertEquals(KeyTable.MISSING, table.getNormalized("gpt\u043Emini", false));
    assertEquals(1, table.getNormalized("GPT_MINI", false));
  }

  @Test
  void keyTable_normalizedLookup_agreesWithDiscovery_forNonAsciiInput() {
    KeyTable table = new KeyTable.Builder(4).put("k-model", 7).build();
    // U+212A KELVIN SIGN lower-cases to ASCII 'k': only the allocating path gets this right.
    assertEquals("k-model", Discovery.normalizeModelId("\u212A_MODEL"));
    assertEquals(7, table.getNormalized("\u212A_MODEL", false));
  }

  @Test
  void keyTableOfForms_holdsIdsAndAliases_andFindsThemByTheirForm() {
    KeyTable table = KeyTable.Builder.ofForms(4, false)
        .put("meta-llama/Llama-3.1-8B", 1)
        .put("llama-3.1-8b", 1) // the same form for the same model: one key
        .put("Twin_7B", 2)
        .put("twin-7b", 3) // the same form for two models: ambiguous
        .put("\uFF2C\uFF4C-x", 4) // fullwidth letters are letters: it stands as its form, its own lower case
        .build();
    assertEquals(3, table.size());
    assertEquals(1, table.getNormalized("LLAMA_3.1_8B", false));
    assertEquals(1, table.getNormalized("Other/llama 3 1 8b", false));
    assertEquals(1, table.get("llama-3-1-8b"));
    assertEquals(KeyTable.AMBIGUOUS, table.getNormalized("TWIN-7B", false));
    assertEquals(4, table.getNormalized("\uFF4C\uFF4C_X", false));
    assertEquals(KeyTable.MISSING, table.getNormalized("X", false), "the letters are not separators");
    assertEquals(KeyTable.MISSING, table.getNormalized("llama-3.1-8", false));
    assertEquals(KeyTable.MISSING, table.getNormalized("llama-3.18b", false));
    KeyTable compact = KeyTable.Builder.ofForms(4, true).put("gpt-4o", 7).build();
    assertEquals(7, compact.getNormalized("GPT4O", true));
    assertEquals(7, compact.getNormalized("g.p.t_4-o", true));
    assertEquals(7, compact.get("gpt4o"));
    assertEquals(KeyTable.MISSING, compact.getNormalized("gpt-4", true));
  }

  @Test
  void keyKindHash_isTheHashOfTheKeysForm() {
    assertEquals("gpt-3-5-turbo".hashCode(), ModelCatalog.KeyKind.NORMALIZED.hashOf("openai/GPT-3.5_Turbo"));
    assertEquals("gpt35turbo".hashCode(), ModelCatalog.KeyKind.COMPACT.hashOf("openai/GPT-3.5_Turbo"));
    assertEquals("gpt-3-5-turbo".hashCode(), ModelCatalog.KeyKind.NORMALIZED.hashOf("gpt-3-5-turbo"));
    assertEquals("openai/GPT-3.5_Turbo".hashCode(), ModelCatalog.KeyKind.ID.hashOf("openai/GPT-3.5_Turbo"));
    assertEquals("\uFF4C\uFF4C-x".hashCode(), ModelCatalog.KeyKind.NORMALIZED.hashOf("\uFF2C\uFF4C-x"));
  }

  @Test
  void keyTable_keyGivenTwoValues_isAmbiguous() {
    KeyTable table = new KeyTable.Builder(1).put("a", 1).put("b", 2).put("a", 3).put("c", 4).put("b", 2).build();
    assertEquals(KeyTable.AMBIGUOUS, table.get("a"));
    assertEquals(2, table.get("b"));
    assertEquals(4, table.get("c"));
    assertEquals(KeyTable.MISSING, table.get("d"));
    assertEquals(3, table.size());
  }
}
