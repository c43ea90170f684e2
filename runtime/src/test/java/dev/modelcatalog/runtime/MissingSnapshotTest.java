package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dated id of a known family with no snapshot of that date: fuzzy resolution must not answer it with a sibling
 * snapshot (other prices, other limits); {@code missingSnapshot} and {@code require} say what exists instead.
 */
class MissingSnapshotTest {

  static final ModelDefinition TURBO = ModelDefinition.builder("gpt-4-turbo").provider("openai")
      .contextWindow(128_000).pricing(10, 30).build();

  ModelRegistry registry;

  private static Snapshot snapshot(String family, String id, String date) {
    return new Snapshot(family, id, LocalDate.parse(date));
  }

  @BeforeEach
  void setUp() {
    registry = ModelRegistry.builder()
        .addCatalogs(
            new VersionsTest.VersionedCatalog(new FixtureCatalog("openai", VersionsTest.AUGUST, VersionsTest.MAY,
                TURBO), List.of(
                snapshot("gpt-4o", "gpt-4o-2024-08-06", "2024-08-06"),
                snapshot("gpt-4o", "gpt-4o-2024-05-13", "2024-05-13"))),
            new VersionsTest.VersionedCatalog(new FixtureCatalog("anthropic", VersionsTest.SONNET_JUNE,
                VersionsTest.SONNET_OCTOBER), List.of(
                snapshot("claude-3-5-sonnet", "claude-3-5-sonnet-20240620", "2024-06-20"),
                snapshot("claude-3-5-sonnet", "claude-3-5-sonnet-20241022", "2024-10-22"))))
        .autoCreate(false)
        .build();
  }

  @Test
  void datedIdWithoutSnapshot_findsNoSibling() {
    assertEquals(Optional.empty(), registry.get("gpt-4o-2024-11-20"));
    assertEquals(Optional.empty(), registry.match("gpt-4o-2024-11-20"));
    assertEquals(Optional.empty(), registry.get("claude-3-5-sonnet-20250101"));
    assertEquals(Optional.empty(), registry.get("openai/gpt-4o-2024-11-20"), "behind a route prefix too");
    assertEquals(null, registry.asMap().get("gpt-4o-2024-11-20"), "the map view resolves like find");
  }

  @Test
  void datedIdWithoutSnapshot_findsNoSibling_whateverStepReachesIt() {
    // A Vertex-style date, reordered words, a typo, -latest after the date: each reached a sibling before.
    for (String query : List.of("claude-3-5-sonnet@20250101", "gpt-4o@2024-11-20", "claude-sonnet-3-5-20250101",
        "cluade-3-5-sonnet-20250101", "gpt-4o-2024-11-20-latest")) {
      assertEquals(Optional.empty(), registry.get(query), query);
    }
    assertThrows(UnknownSnapshotException.class, () -> registry.require("claude-3-5-sonnet@20250101"));
    // The dates that exist still resolve, each to its own snapshot.
    assertEquals("claude-3-5-sonnet-20241022", registry.get("claude-3-5-sonnet@20241022").orElseThrow().id());
    assertEquals("claude-3-5-sonnet-20240620", registry.get("claude-3-5-sonnet@20240620").orElseThrow().id());
    // Reordered words reach the family's undated alias, the October snapshot: not June's, so nothing.
    assertEquals(Optional.empty(), registry.get("claude-sonnet-3-5-20240620"));
    assertEquals("gpt-4o-2024-05-13", registry.get("gpt-4o@2024-05-13").orElseThrow().id());
  }

  /**
   * OpenAI's short dates ({@code gpt-4-0613}, {@code gpt-3.5-turbo-0125}) name a month and day: a query with one
   * gets the family's snapshot of that day, never a snapshot of another day.
   */
  @Test
  void shortDate_findsTheSnapshotOfThatDayOrNone() {
    assertSame(VersionsTest.AUGUST, registry.get("gpt-4o-0806").orElseThrow());
    assertSame(VersionsTest.MAY, registry.get("openai/gpt-4o-0513").orElseThrow());
    assertEquals("claude-3-5-sonnet-20241022", registry.get("claude-3-5-sonnet-1022").orElseThrow().id());
    for (String query : List.of("gpt-4o-1120", "gpt-4o-1120-latest", "openai/gpt-4o-1120",
        "claude-3-5-sonnet-0101", "cluade-3-5-sonnet-0101", "claude-sonnet-3-5-0101")) {
      assertEquals(Optional.empty(), registry.get(query), query);
    }
  }

  @Test
  void shortDate_withNinesAndZeros_findsItsOwnDay() {
    ModelRegistry gpt4 = ModelRegistry.builder()
        .addCatalogs(new VersionsTest.VersionedCatalog(new FixtureCatalog("openai", model("gpt-4-2023-09-19"),
            model("gpt-4-2023-06-13")), List.of(
            snapshot("gpt-4", "gpt-4-2023-09-19", "2023-09-19"),
            snapshot("gpt-4", "gpt-4-2023-06-13", "2023-06-13"))))
        .autoCreate(false)
        .build();
    assertEquals("gpt-4-2023-09-19", gpt4.get("gpt-4-0919").orElseThrow().id());
    assertEquals("gpt-4-2023-06-13", gpt4.get("gpt-4-0613").orElseThrow().id());
    assertEquals(Optional.empty(), gpt4.get("gpt-4-0909"));
  }

  @Test
  void shortDateOfNoFamily_leavesTheQueryToTheOtherSteps() {
    // modle-x is no family, so the short date decides nothing: the typo step still finds model-x-1010.
    ModelRegistry plain = ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("acme", model("model-x-1010")))
        .autoCreate(false)
        .build();
    assertEquals("model-x-1010", plain.get("modle-x-1010").orElseThrow().id());
  }

  @Test
  void typoInADatedId_findsTheSnapshotOfThatDate() {
    assertEquals("claude-3-5-sonnet-20240620", registry.get("cluade-3-5-sonnet-20240620").orElseThrow().id());
    assertEquals("claude-3-5-sonnet-20241022", registry.get("cluade-3-5-sonnet-20241022").orElseThrow().id());
  }

  private static ModelDefinition model(String id) {
    return ModelDefinition.builder(id).provider("openai").contextWindow(8192).build();
  }

  @Test
  void missingSnapshot_namesTheFamilyAndTheDatesThatExist() {
    MissingSnapshot missing = registry.missingSnapshot("gpt-4o-2024-11-20").orElseThrow();
    assertEquals("gpt-4o", missing.family());
    assertEquals(LocalDate.of(2024, 11, 20), missing.date());
    assertEquals(List.of(LocalDate.of(2024, 5, 13), LocalDate.of(2024, 8, 6)), missing.known());
    assertEquals("no snapshot of gpt-4o dated 2024-11-20; known: 2024-05-13, 2024-08-06", missing.message());
    assertEquals("claude-3-5-sonnet", registry.missingSnapshot("claude-3-5-sonnet-20250101").orElseThrow()
        .family());
  }

  @Test
  void require_datedIdWithoutSnapshot_throwsUnknownSnapshot() {
    UnknownSnapshotException e = assertThrows(UnknownSnapshotException.class,
        () -> registry.require("gpt-4o-2024-11-20"));
    assertTrue(e.getMessage().contains("no snapshot of gpt-4o dated 2024-11-20; known: 2024-05-13, 2024-08-06"),
        e.getMessage());
    assertEquals("gpt-4o-2024-11-20", e.query());
    assertTrue(e instanceof UnknownModelException, "handled wherever unknown models are");
  }

  @Test
  void existingSnapshots_andOtherQueries_areNotMissing() {
    assertEquals(Optional.empty(), registry.missingSnapshot("gpt-4o-2024-08-06"));
    assertEquals(Optional.empty(), registry.missingSnapshot("gpt-4o"));
    assertEquals(Optional.empty(), registry.missingSnapshot("gpt-5-2025-08-07"), "no such family");
    assertEquals(Optional.empty(), registry.missingSnapshot("gpt-4o-2024-13-45"), "not a date");
    assertEquals(Optional.empty(), registry.missingSnapshot(null));
    assertSame(VersionsTest.MAY, registry.get("gpt-4o-20240513").orElseThrow(), "another spelling of a snapshot");
    assertSame(VersionsTest.AUGUST, registry.get("openai/gpt-4o-2024-08-06").orElseThrow());
  }

  @Test
  void modelWithoutSnapshots_keepsFuzzyDatedResolution() {
    assertEquals(Optional.empty(), registry.missingSnapshot("gpt-4-turbo-2024-04-09"));
    assertSame(TURBO, registry.get("gpt-4-turbo-2024-04-09").orElseThrow());
  }

  @Test
  void removedSnapshot_isMissingAfterwards() {
    registry.remove("gpt-4o-2024-05-13");
    MissingSnapshot missing = registry.missingSnapshot("gpt-4o-2024-05-13").orElseThrow();
    assertEquals(List.of(LocalDate.of(2024, 8, 6)), missing.known());
    assertEquals(Optional.empty(), registry.get("gpt-4o-2024-05-13"));
  }
}
