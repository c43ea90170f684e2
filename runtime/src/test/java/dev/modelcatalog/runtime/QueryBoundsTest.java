package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Queries past {@link ModelRegistry#MAX_QUERY_LENGTH} are answered at once and as documented; queries up to it
 * still resolve. The time guards are generous on purpose: they catch a blow-up (a quadratic step on a 1 MiB
 * query takes minutes), not a slow machine.
 */
class QueryBoundsTest {

  private static final ModelRegistry REGISTRY = FuzzRegistries.realistic();
  private static final Duration BLOW_UP = Duration.ofSeconds(30);

  /** {@code x/x/.../gpt-4o} of exactly this length: normalizes to gpt-4o whatever the length. */
  private static String routed(int length) {
    String tail = "/gpt-4o";
    int prefix = length - tail.length();
    return (prefix % 2 == 0 ? "" : "y") + "x/".repeat(prefix / 2) + tail;
  }

  @Test
  void lookups_queryAtTheLimit_stillResolve() {
    String query = routed(ModelRegistry.MAX_QUERY_LENGTH);
    assertEquals(ModelRegistry.MAX_QUERY_LENGTH, query.length());
    assertEquals("gpt-4o", REGISTRY.find(query).orElseThrow().id());
    assertEquals("gpt-4o", REGISTRY.get(query).orElseThrow().id());
    assertEquals("gpt-4o", REGISTRY.match(query).orElseThrow().modelId());
  }

  @Test
  void lookups_queryPastTheLimit_findNothing() {
    String query = routed(ModelRegistry.MAX_QUERY_LENGTH + 1);
    assertEquals(ModelRegistry.MAX_QUERY_LENGTH + 1, query.length());
    assertEquals(Optional.empty(), REGISTRY.find(query));
    assertFalse(REGISTRY.contains(query));
    assertEquals(Optional.empty(), REGISTRY.get(query));
    assertEquals(Optional.empty(), REGISTRY.get(query, false));
    assertEquals(Optional.empty(), REGISTRY.match(query));
    assertEquals(List.of(), REGISTRY.suggest(query, 5));
    assertEquals(List.of(), REGISTRY.search("gpt " + query, 5));
    assertFalse(REGISTRY.search("gpt", 5).isEmpty(), "the same words, short, do find models");
  }

  @Test
  void require_queryPastTheLimit_throwsUnknownModel() {
    UnknownModelException e = assertThrows(UnknownModelException.class,
        () -> REGISTRY.require(routed(ModelRegistry.MAX_QUERY_LENGTH + 1)));
    assertEquals(List.of(), e.suggestions());
  }

  @Test
  void unknownModel_messageShowsTheQueryClippedAndEscaped_accessorKeepsItWhole() {
    String query = "\u0000" + "x".repeat(1 << 20);
    UnknownModelException e = assertThrows(UnknownModelException.class, () -> REGISTRY.require(query));
    assertEquals("unknown model '\\u0000" + "x".repeat(79) + "...'", e.getMessage());
    assertEquals(query, e.query());
    assertEquals(e.getMessage(),
        assertThrows(UnknownModelException.class, () -> REGISTRY.capabilities(query)).getMessage());
    assertEquals(e.getMessage(),
        assertThrows(UnknownModelException.class, () -> REGISTRY.alternatives(query)).getMessage());
  }

  @Test
  void getOrCreate_queryPastTheLimit_throwsInvalidModelNamingTheId() {
    String query = "z".repeat(ModelRegistry.MAX_QUERY_LENGTH + 1);
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> REGISTRY.getOrCreate(query));
    Problem problem = e.problems().get(0);
    assertEquals("id-too-long", problem.code());
    assertEquals("id", problem.field());
    assertTrue(e.getMessage().length() < 400, "the message does not echo the whole query");
    assertEquals(0, REGISTRY.autoCreateStats().size());
  }

  @Test
  void getOrCreate_idBetweenIdLimitAndQueryLimit_isRejectedByTheRules() {
    String id = "q".repeat(ModelRules.MAX_ID_LENGTH + 1);
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> REGISTRY.getOrCreate(id));
    assertEquals("id-too-long", e.problems().get(0).code());
  }

  @Test
  void hostileQueries_areAnsweredWithoutBlowUp() {
    // "ab." repeated is a chain of vendor prefixes (anthropic.claude): stripping them one by one copies the
    // rest each time, quadratic in the length without the limit.
    List<String> queries = List.of("ab.".repeat(350_000), "x".repeat(1 << 20), "ft:" + ":".repeat(1 << 20),
        "ft:" + "a:".repeat(500_000) + ":j", "-".repeat(1 << 20), "gpt-4o".repeat(170_000),
        "a b ".repeat(250_000), "x".repeat(10_000),
        // U+0130 lower-cases to two chars, which String.toLowerCase handles in quadratic time on JDK 17.
        "\u0130".repeat(1 << 19), "\u0130/".repeat(1 << 18) + "gpt-4o");
    for (String query : queries) {
      assertTimeoutPreemptively(BLOW_UP, () -> {
        assertEquals(Optional.empty(), REGISTRY.get(query));
        assertEquals(Optional.empty(), REGISTRY.match(query));
        assertEquals(List.of(), REGISTRY.suggest(query, 5));
        assertEquals(List.of(), REGISTRY.search(query, 5));
        assertThrows(InvalidModelException.class, () -> REGISTRY.getOrCreate(query));
      }, () -> "query of " + query.length() + " characters starting " + query.substring(0, 12));
    }
  }

  @Test
  void discoveryFunctions_onMegabyteInput_stayLinear() {
    String big = "Ab_C/".repeat(200_000) + "gpt-4o";
    String dotted = "\u0130".repeat(1 << 19);
    assertTimeoutPreemptively(BLOW_UP, () -> {
      assertEquals("gpt-4o", Discovery.normalizeModelId(big));
      // Each U+0130 is "i" and a combining dot, a separator.
      assertEquals(String.join("-", java.util.Collections.nCopies(1 << 19, "i")), Discovery.normalizeModelId(dotted));
      assertEquals("gpt4o", Discovery.compactKey(big));
      assertTrue(Discovery.parseFineTuned("ft:" + big + ":org::job").isPresent());
    });
  }
}
