package dev.modelcatalog.examples.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's state file under faults. A save that dies half-way leaves the previous file and the registry as
 * they were; a damaged file stops the service from starting instead of being read as empty and overwritten;
 * racing writers never leave a half-written file for a reader.
 */
class OverlayStoreDurabilityTest {

  @TempDir Path dir;

  private static ModelDefinition model(String id) {
    return ModelDefinition.builder(id).ownedBy("acme").contextWindow(4096).build();
  }

  /** Writes half the bytes, then fails as a full disk or a killed process would. */
  private static void dieHalfWay(Path temp, byte[] content) throws IOException {
    Files.write(temp, java.util.Arrays.copyOf(content, content.length / 2));
    throw new IOException("device gone");
  }

  @Test
  void saveDyingHalfWay_keepsTheFileAndUndoesTheRegistry() throws IOException {
    Path file = dir.resolve("state.json");
    CatalogService service = new CatalogService(SampleCatalog.registry(), new OverlayStore(file));
    service.create(model("acme/first"));
    byte[] good = Files.readAllBytes(file);

    ModelRegistry registry = SampleCatalog.registry();
    CatalogService failing = new CatalogService(registry, new OverlayStore(file, OverlayStoreDurabilityTest::dieHalfWay));
    assertTrue(registry.find("acme/first").isPresent(), "the saved state was replayed");
    assertThrows(UncheckedIOException.class, () -> failing.create(model("acme/second")));
    assertFalse(registry.find("acme/second").isPresent(), "the registry was not left half-updated");
    assertThrows(UncheckedIOException.class, () -> failing.delete("acme/first"));
    assertTrue(registry.find("acme/first").isPresent(), "a failed delete is undone");

    assertArrayEquals(good, Files.readAllBytes(file), "the previous file is intact");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "the half-written temporary file is gone");
    }
    ModelRegistry restarted = SampleCatalog.registry();
    new CatalogService(restarted, new OverlayStore(file));
    assertTrue(restarted.find("acme/first").isPresent());
    assertFalse(restarted.find("acme/second").isPresent());
  }

  @Test
  void damagedFile_stopsTheServiceAndIsNeverOverwritten() throws IOException {
    Path file = dir.resolve("state.json");
    new CatalogService(SampleCatalog.registry(), new OverlayStore(file)).create(model("acme/kept"));
    byte[] good = Files.readAllBytes(file);
    List<byte[]> damaged = List.of(new byte[0], java.util.Arrays.copyOf(good, good.length / 2),
        java.util.Arrays.copyOf(good, 1), "null".getBytes(), "[1,2]".getBytes(), new byte[] {(byte) 0xff, 0, 1},
        new String(good).replace("\"context_window\" : 4096", "\"context_window\" : -1").getBytes());
    for (byte[] content : damaged) {
      Files.write(file, content);
      RuntimeException e = assertThrows(RuntimeException.class,
          () -> new CatalogService(SampleCatalog.registry(), new OverlayStore(file)), new String(content));
      assertTrue(e instanceof UncheckedIOException || e instanceof IllegalArgumentException, e.toString());
      assertTrue(e.getMessage().contains("state.json"), "the message names the file: " + e.getMessage());
      assertArrayEquals(content, Files.readAllBytes(file), "the damaged file is left for repair");
    }
  }

  @Test
  void racingWriters_readersSeeOnlyWholeStates() throws Exception {
    Path file = dir.resolve("state.json");
    OverlayStore store = new OverlayStore(file);
    store.save(List.of(model("acme/w0")), Set.of());
    AtomicBoolean done = new AtomicBoolean();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    Thread reader = new Thread(() -> {
      while (!done.get()) {
        try {
          OverlayStore.State state = new OverlayStore(file).load();
          if (state.models().size() != 1 || !state.models().get(0).id().startsWith("acme/w")) {
            failures.add("unexpected state " + state);
          }
        } catch (RuntimeException e) {
          failures.add("read failed: " + e);
        }
      }
    });
    reader.start();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      // Separate stores on one file, as separate processes would have.
      OverlayStore mine = new OverlayStore(file);
      List<ModelDefinition> state = List.of(model("acme/w" + w));
      Thread writer = new Thread(() -> {
        for (int i = 0; i < 40; i++) {
          mine.save(state, Set.of());
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
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }
}
