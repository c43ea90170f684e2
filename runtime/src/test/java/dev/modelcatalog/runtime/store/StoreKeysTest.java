package dev.modelcatalog.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids become key segments safely: no raw separators, no climbing out, no collisions, exact round trips. */
class StoreKeysTest {

  static final List<String> HOSTILE = List.of("openai/gpt-4o", "ft:gpt-4o:acme::abc123", ".", "..", "../../etc/passwd",
      "a\\b", "%2F", "%", "with space", "ümlaut-模型", "a/./b", "/leading", "trailing/", "..%2F..", "x?y#z&w=1",
      "CON", "-", "_", "a..b", "\u0000nul");

  @Test
  void segment_hostileIds_holdOnlySafeCharactersAndRoundTrip() {
    for (String id : HOSTILE) {
      String segment = StoreKeys.segment(id, "id");
      assertTrue(segment.matches("[A-Za-z0-9._%-]+"), id + " -> " + segment);
      assertFalse(segment.equals(".") || segment.equals(".."), id);
      assertEquals(Optional.of(id), StoreKeys.decodeSegment(segment), id);
    }
  }

  @Test
  void segment_distinctIds_giveDistinctSegments() {
    Set<String> segments = new HashSet<>();
    for (String id : HOSTILE) {
      assertTrue(segments.add(StoreKeys.segment(id, "id")), id);
    }
    assertNotEquals(StoreKeys.segment("%2F", "id"), StoreKeys.segment("/", "id"));
  }

  @Test
  void segment_examples() {
    assertEquals("openai%2Fgpt-4o", StoreKeys.segment("openai/gpt-4o", "id"));
    assertEquals("ft%3Agpt-4o%3Aacme%3A%3Aabc123", StoreKeys.segment("ft:gpt-4o:acme::abc123", "id"));
    assertEquals("%2E%2E", StoreKeys.segment("..", "id"));
    assertEquals("models/by-provider/openai/openai%2Fgpt-4o.json", StoreKeys.model("openai", "openai/gpt-4o"));
    assertEquals("routes/by-model/gpt-4o/route-1-direct.json", StoreKeys.route("gpt-4o", "route-1-direct"));
  }

  @Test
  void segment_emptyOrTooLong_isRejectedNamingTheField() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> StoreKeys.segment("", "id"));
    assertTrue(empty.getMessage().startsWith("id:"));
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
        () -> StoreKeys.model("openai", "/".repeat(70)));
    assertTrue(tooLong.getMessage().startsWith("id:"), tooLong.getMessage());
  }

  @Test
  void segment_lettersAndDigitsStayPlain_theCharactersBesideThemAreEncoded() {
    assertEquals("AZaz09.-_", StoreKeys.segment("AZaz09.-_", "id"));
    assertEquals("%40%5B%60%7B%2F%3A", StoreKeys.segment("@[`{/:", "id"));
    assertEquals(Optional.of("AZaz09.-_"), StoreKeys.decodeSegment("AZaz09.-_"));
  }

  @Test
  void segment_ofTheLongestEncodedLength_isKept_oneMoreIsRejected() {
    String longest = "a".repeat(StoreKeys.MAX_SEGMENT_LENGTH - 3) + "/";
    assertEquals(StoreKeys.MAX_SEGMENT_LENGTH, StoreKeys.segment(longest, "id").length());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoreKeys.segment("a" + longest, "id"));
    assertTrue(e.getMessage().contains("(201 characters encoded, at most 200)"), e.getMessage());
  }

  /** The message shows an id of up to 40 characters whole, and the first 40 of a longer one. */
  @Test
  void segment_tooLong_showsTheIdAbbreviatedPast40Characters() {
    String forty = "\u20ac".repeat(40); // 9 characters each once encoded
    IllegalArgumentException whole = assertThrows(IllegalArgumentException.class,
        () -> StoreKeys.segment(forty, "id"));
    assertTrue(whole.getMessage().startsWith("id: '" + forty + "' is too long"), whole.getMessage());
    IllegalArgumentException cut = assertThrows(IllegalArgumentException.class,
        () -> StoreKeys.segment(forty + "x", "id"));
    assertTrue(cut.getMessage().startsWith("id: '" + forty + "...' is too long"), cut.getMessage());
  }

  @Test
  void decodeSegment_segmentsNoEncoderWrites_areRefused() {
    for (String bad : List.of("a/b", "%2f", "%G1", "%", "a%2", "..", ".", "%41", "")) {
      assertEquals(Optional.empty(), StoreKeys.decodeSegment(bad), bad);
    }
  }

  @Test
  void modelIdOf_onlyKeysOfTheLayout() {
    assertEquals(Optional.of("openai/gpt-4o"), StoreKeys.modelIdOf(StoreKeys.model("openai", "openai/gpt-4o")));
    assertEquals(Optional.empty(), StoreKeys.modelIdOf("models/by-provider/openai/extra/gpt-4o.json"));
    assertEquals(Optional.empty(), StoreKeys.modelIdOf("models/by-provider/openai/gpt-4o.txt"));
    assertEquals(Optional.empty(), StoreKeys.modelIdOf("routes/by-model/gpt-4o/route-1-direct.json"));
  }

  @Test
  void fileStore_hostileIds_stayInsideTheDirectoryAndListBack(@TempDir Path dir) throws IOException {
    Path root = dir.resolve("store");
    FileObjectStore objects = new FileObjectStore(root);
    for (String id : HOSTILE) {
      objects.put(StoreKeys.model("acme", id), id.getBytes(StandardCharsets.UTF_8), Precondition.absent());
    }
    try (var files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).forEach(f -> assertTrue(f.startsWith(root), f.toString()));
    }
    Set<String> listed = new HashSet<>();
    for (String key : objects.list(StoreKeys.MODELS).keySet()) {
      listed.add(StoreKeys.modelIdOf(key).orElseThrow());
    }
    assertEquals(Set.copyOf(HOSTILE), listed);
  }
}
