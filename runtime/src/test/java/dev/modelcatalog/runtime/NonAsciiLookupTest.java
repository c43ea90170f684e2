package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Queries with a character past ASCII take the registry's string path: a Unicode dash or space is a separator
 * like any other, so it reaches the model an ASCII spelling would; a letter past ASCII stays a letter.
 */
class NonAsciiLookupTest {

  private static final ModelRegistry REGISTRY =
      TestCatalogs.unmemoizedRegistryOf("Qwen/Qwen2.5-7B-Instruct", "gpt-4o", "claude-3-opus");
  /** Qwen alone, so that the model whose size the string path checks is ordinal 0, at the edge of its test. */
  private static final ModelRegistry QWEN = TestCatalogs.unmemoizedRegistryOf("Qwen/Qwen2.5-7B-Instruct");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "GPT\u20104O, gpt-4o",                     // a hyphen (U+2010): the normalized form
      "gpt\u2013\u20134o, gpt-4o",               // two en dashes: one separator
      "gpt\u20104\u2010o, gpt-4o",               // gpt-4-o: the compact form
      "claude\u00a03\u00a0opus, claude-3-opus",  // no-break spaces
      "qwen2.5\u20107b\u2010instruct, Qwen/Qwen2.5-7B-Instruct",
      "qwen25\u20107b\u2010instruct, Qwen/Qwen2.5-7B-Instruct"}) // compact, stating the model's size
  void unicodeSeparators_reachTheModel(String query, String id) {
    assertEquals(id, REGISTRY.find(query).map(ModelDefinition::id).orElse("-"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "qwen2\u201057b\u2010instruct", // compact qwen257binstruct meets Qwen2.5-7B-Instruct; 57b is not its size
      "gpt\u20104\u043e",   // a Cyrillic o: a letter, not the o of gpt-4o
      "g\u00e9pt-4o"})
  void unicodeQueries_thatNameNoModel_findNothing(String query) {
    assertEquals(Optional.empty(), REGISTRY.find(query));
    assertEquals(Optional.empty(), QWEN.find(query));
  }

  @Test
  void theOnlyModel_isFoundThroughAUnicodeSeparator() {
    assertEquals("Qwen/Qwen2.5-7B-Instruct", QWEN.find("qwen25\u20107b\u2010instruct").orElseThrow().id());
    assertEquals("Qwen/Qwen2.5-7B-Instruct", QWEN.find("QWEN2.5\u20107B\u2010INSTRUCT").orElseThrow().id());
  }
}
