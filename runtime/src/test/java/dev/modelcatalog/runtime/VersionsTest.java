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
 * Dated snapshots as a compiled catalog declares them: each snapshot a model of its own, the family id an alias
 * of the latest (what the processor generates).
 */
class VersionsTest {

  static final ModelDefinition MAY = ModelDefinition.builder("gpt-4o-2024-05-13").provider("openai")
      .contextWindow(128_000).maxOutputTokens(4_096).pricing(5, 15).build();
  static final ModelDefinition AUGUST = ModelDefinition.builder("gpt-4o-2024-08-06").provider("openai")
      .contextWindow(128_000).maxOutputTokens(16_384).aliases("gpt-4o").pricing(2.5, 10).build();
  static final ModelDefinition SONNET_JUNE = ModelDefinition.builder("claude-3-5-sonnet-20240620")
      .provider("anthropic").contextWindow(200_000).pricing(3, 15).build();
  static final ModelDefinition SONNET_OCTOBER = ModelDefinition.builder("claude-3-5-sonnet-20241022")
      .provider("anthropic").contextWindow(200_000).aliases("claude-3-5-sonnet").pricing(3, 15).build();
  static final ModelDefinition UNDATED = ModelDefinition.builder("text-embedding-3-small").provider("openai")
      .contextWindow(8191).build();

  ModelRegistry registry;

  /** A fixture catalog that also declares snapshots. */
  static final class VersionedCatalog extends ForwardingCatalog {
    private final List<Snapshot> snapshots;

    VersionedCatalog(FixtureCatalog models, List<Snapshot> snapshots) {
      super(models);
      this.snapshots = snapshots;
    }

    @Override
    public List<Snapshot> snapshots() {
      return snapshots;
    }
  }

  private static Snapshot snapshot(String family, String id, String date) {
    return new Snapshot(family, id, LocalDate.parse(date));
  }

  @BeforeEach
  void setUp() {
    registry = ModelRegistry.builder()
        .addCatalogs(
            new VersionedCatalog(new FixtureCatalog("openai", AUGUST, MAY, UNDATED), List.of(
                snapshot("gpt-4o", "gpt-4o-2024-08-06", "2024-08-06"),
                snapshot("gpt-4o", "gpt-4o-2024-05-13", "2024-05-13"))),
            new VersionedCatalog(new FixtureCatalog("anthropic", SONNET_JUNE, SONNET_OCTOBER), List.of(
                snapshot("claude-3-5-sonnet", "claude-3-5-sonnet-20240620", "2024-06-20"),
                snapshot("claude-3-5-sonnet", "claude-3-5-sonnet-20241022", "2024-10-22"))))
        .build();
  }

  @Test
  void get_familyAndDate_findsThatSnapshot() {
    assertSame(AUGUST, registry.get("gpt-4o", "2024-08-06").orElseThrow());
    assertSame(MAY, registry.get("gpt-4o", "2024-05-13").orElseThrow());
    assertSame(SONNET_JUNE, registry.get("claude-3-5-sonnet", "20240620").orElseThrow());
    assertSame(MAY, registry.get("GPT_4O", "2024-05-13").orElseThrow(), "any spelling of the family");
    assertSame(MAY, registry.get("gpt-4o-2024-08-06", "2024-05-13").orElseThrow(), "or of a sibling snapshot");
  }

  @Test
  void get_dateWithoutSnapshot_isEmpty_notANeighbour() {
    assertEquals(Optional.empty(), registry.get("gpt-4o", "2024-08-07"));
    assertEquals(Optional.empty(), registry.get("gpt-4o", "2024-11-20"));
    assertEquals(Optional.empty(), registry.get("text-embedding-3-small", "2024-01-25"), "a model without snapshots");
    assertEquals(Optional.empty(), registry.get("gpt-5", "2025-08-07"));
  }

  @Test
  void get_notADate_isRejectedNamingTheField() {
    for (String bad : new String[] {"2024-13-01", "yesterday", "2024-8-6", "", null}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.get("gpt-4o", bad));
      assertTrue(e.getMessage().startsWith("date:"), e.getMessage());
    }
  }

  @Test
  void undatedFamilyId_findsTheLatest() {
    assertSame(AUGUST, registry.find("gpt-4o").orElseThrow());
    assertSame(AUGUST, registry.latest("gpt-4o").orElseThrow());
    assertSame(SONNET_OCTOBER, registry.latest("claude-3-5-sonnet-20240620").orElseThrow());
    assertEquals(Optional.empty(), registry.latest("text-embedding-3-small"));
  }

  @Test
  void versions_listsSnapshotsOldestFirst() {
    List<Snapshot> expected = List.of(snapshot("gpt-4o", "gpt-4o-2024-05-13", "2024-05-13"),
        snapshot("gpt-4o", "gpt-4o-2024-08-06", "2024-08-06"));
    assertEquals(expected, registry.versions("gpt-4o"));
    assertEquals(expected, registry.versions("gpt-4o-2024-05-13"));
    assertEquals(List.of(), registry.versions("text-embedding-3-small"));
    assertEquals(List.of(), registry.versions("nope"));
  }

  @Test
  void removedSnapshot_isNoLongerListedOrFound() {
    registry.remove("gpt-4o-2024-05-13");
    assertEquals(List.of("gpt-4o-2024-08-06"), registry.versions("gpt-4o").stream().map(Snapshot::id).toList());
    assertEquals(Optional.empty(), registry.get("gpt-4o", "2024-05-13"));
    assertSame(AUGUST, registry.latest("gpt-4o").orElseThrow());
  }

  @Test
  void removedLatest_leavesTheOlderSnapshotsReachableByFamilyId() {
    registry.remove("gpt-4o-2024-08-06");
    assertEquals(Optional.empty(), registry.find("gpt-4o"), "the family id was the removed model's alias");
    assertSame(MAY, registry.latest("gpt-4o").orElseThrow());
    assertSame(MAY, registry.get("gpt-4o", "2024-05-13").orElseThrow());
    assertEquals(Optional.empty(), registry.get("gpt-4o", "2024-08-06"));
  }

  @Test
  void conflictingSnapshots_fromSeparateCatalogs_areRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new VersionIndex(List.of(
        snapshot("gpt-4o", "gpt-4o-2024-08-06", "2024-08-06"),
        snapshot("gpt-4o", "gpt-4o-copy", "2024-08-06"))));
    assertTrue(e.getMessage().contains("two snapshots dated 2024-08-06"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> new VersionIndex(List.of(
        snapshot("gpt-4o", "gpt-4o-2024-08-06", "2024-08-06"),
        snapshot("gpt-4o-mini", "gpt-4o-2024-08-06", "2024-07-18"))));
    assertTrue(e.getMessage().contains("declared twice"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> new VersionIndex(List.of(
        snapshot("gpt-4o", "gpt-4o-2024-08-06", "2024-08-06"),
        snapshot("gpt-4o-2024-08-06", "gpt-4o-2024-08-06-mini", "2024-09-01"))));
    assertTrue(e.getMessage().contains("both a family id and a snapshot id"), e.getMessage());
  }
}
