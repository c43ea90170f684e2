package dev.modelcatalog.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.Fixtures;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved overlay under faults: a writer killed half-way, a file cut short at any byte, writers racing each
 * other. The previous good state is never lost: either the file still holds it, or restoring refuses the damaged
 * file and the registry keeps what it had.
 */
class OverlayDurabilityTest {

  @TempDir
  Path dir;

  private static List<ModelDefinition> state(String tag, int count) {
    List<ModelDefinition> models = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      models.add(ModelDefinition.builder("acme/" + tag + "-" + i).ownedBy("acme").contextWindow(1000 + i)
          .description("state " + tag).build());
    }
    return models;
  }

  private static Set<String> ids(List<ModelDefinition> models) {
    return models.stream().map(ModelDefinition::id).collect(Collectors.toSet());
  }

  @Test
  void writerKilledHalfWay_previousStateIsRestored() throws IOException {
    Path file = dir.resolve("overlay.json");
    List<ModelDefinition> good = state("good", 3);
    OverlayStore.save(file, good);
    byte[] saved = Files.readAllBytes(file);
    // What a process killed during the next save leaves: its temporary file, half written, beside the target.
    Path temp = Files.createTempFile(dir, "overlay.json", ".tmp");
    String next = ModelJson.writePretty(ModelJson.list(state("next", 3), ModelJson::toDetailedJson));
    Files.writeString(temp, next.substring(0, next.length() / 2), StandardCharsets.UTF_8);

    ModelRegistry restarted = Fixtures.registry();
    assertEquals(3, OverlayStore.restore(restarted, file));
    assertEquals(ids(good), ids(restarted.runtimeModels()));
    assertTrue(java.util.Arrays.equals(saved, Files.readAllBytes(file)), "the target was not touched");

    OverlayStore.save(file, state("after", 2));
    assertEquals(ids(state("after", 2)), ids(OverlayStore.load(file)), "the next save is not disturbed");
  }

  @Test
  void fileCutShortAtAnyByte_isRefusedWholeAndTheRegistryKeepsItsState() throws IOException {
    Path file = dir.resolve("overlay.json");
    OverlayStore.save(file, state("full", 2));
    byte[] bytes = Files.readAllBytes(file);
    ModelRegistry registry = Fixtures.registry();
    registry.register(ModelDefinition.builder("acme/kept").ownedBy("acme").contextWindow(10).build());
    List<ModelDefinition> before = registry.runtimeModels();
    Path cut = dir.resolve("cut.json");
    int refused = 0;
    // Every third byte, and each of the last twenty: enough to cut inside every token and every structure.
    for (int length = 0; length < bytes.length; length += length < bytes.length - 20 ? 3 : 1) {
      Files.write(cut, java.util.Arrays.copyOf(bytes, length));
      // Only whitespace may be missing for the document to be complete; anything shorter is refused.
      boolean complete = new String(bytes, length, bytes.length - length, StandardCharsets.UTF_8).isBlank();
      if (complete) {
        continue;
      }
      assertThrows(InvalidCatalogDocumentException.class, () -> OverlayStore.restore(registry, cut),
          "cut at " + length);
      assertEquals(before, registry.runtimeModels(), "cut at " + length);
      refused++;
    }
    assertTrue(refused > bytes.length / 4, "checked " + refused + " cuts");
  }

  @Test
  void racingWriters_readersAlwaysSeeOneWholeState() throws Exception {
    Path file = dir.resolve("overlay.json");
    OverlayStore.save(file, state("w0", 4));
    List<Set<String>> states = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      states.add(ids(state("w" + w, 4)));
    }
    AtomicBoolean done = new AtomicBoolean();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    Thread reader = new Thread(() -> {
      while (!done.get()) {
        try {
          Set<String> seen = ids(OverlayStore.load(file));
          if (!states.contains(seen)) {
            failures.add("read a state no writer wrote: " + seen);
          }
        } catch (IOException | RuntimeException e) {
          failures.add("read failed: " + e);
        }
      }
    });
    reader.start();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      List<ModelDefinition> mine = state("w" + w, 4);
      Thread writer = new Thread(() -> {
        for (int i = 0; i < 40; i++) {
          try {
            OverlayStore.save(file, mine);
          } catch (IOException e) {
            failures.add("write failed: " + e);
          }
        }
      });
      writer.start();
      writers.add(writer);
    }
    for (Thread writer : writers) {
      writer.join();
    }
    done.set(true);
    reader.join();
    assertEquals(List.of(), new ArrayList<>(failures));
    assertTrue(states.contains(ids(OverlayStore.load(file))));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }
  }
}
