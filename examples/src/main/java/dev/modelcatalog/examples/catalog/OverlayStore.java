package dev.modelcatalog.examples.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.runtime.ModelDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The run-time changes of a registry (models added or replaced, compiled models removed) kept in one JSON file,
 * so that a restarted server answers as before. Each save writes a temporary file beside the target, flushes it
 * to the device and moves it into place, so a crash leaves either the old file or the new one, never half of one.
 * A damaged file is never replaced silently: {@link #load} refuses it, so a service built on it does not start
 * (and cannot overwrite it with an empty state) until someone looks at it.
 *
 * <pre>{@code {"models": [<detailed model>...], "removed": ["id", ...]}}</pre>
 */
public final class OverlayStore {

  /**
   * What the file holds.
   *
   * @param models models registered or replaced at run time, in id order
   * @param removed ids of compiled models hidden at run time, in order
   */
  public record State(List<ModelDefinition> models, Set<String> removed) {
    public State {
      models = List.copyOf(models);
      removed = Set.copyOf(new TreeSet<>(removed));
    }

    /** Nothing changed. */
    public static final State EMPTY = new State(List.of(), Set.of());
  }

  /** Writes the bytes of a save into the temporary file; tests put one here that fails half-way. */
  interface TempWriter {
    void write(Path temp, byte[] content) throws IOException;
  }

  private final Path file;
  private final TempWriter writer;

  public OverlayStore(Path file) {
    this(file, OverlayStore::writeDurably);
  }

  OverlayStore(Path file, TempWriter writer) {
    this.file = file;
    this.writer = writer;
  }

  /** Writes and flushes to the device, so the move that follows never publishes a file still in the page cache. */
  private static void writeDurably(Path temp, byte[] content) throws IOException {
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /** The file this store writes. */
  public Path file() {
    return file;
  }

  /**
   * The saved state; {@link State#EMPTY} when the file does not exist.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and the field when it is not a valid state
   */
  public State load() {
    if (!Files.exists(file)) {
      return State.EMPTY;
    }
    JsonNode root;
    try {
      root = ModelJson.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      // An empty or cut-down file is damage, not "nothing saved": reading it as empty would let the next save
      // overwrite what it held.
      throw new IllegalArgumentException(file.getFileName() + ": not a saved state; expected a JSON object with"
          + " \"models\" and \"removed\"");
    }
    List<ModelDefinition> models = new ArrayList<>();
    Set<String> removed = new TreeSet<>();
    try {
      for (JsonNode node : root.path("models")) {
        models.add(ModelJson.fromJson(node));
      }
      for (JsonNode id : root.path("removed")) {
        removed.add(id.asText());
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
    }
    return new State(models, removed);
  }

  /** Writes the state atomically. */
  public void save(Collection<ModelDefinition> models, Collection<String> removed) {
    ObjectNode root = ModelJson.MAPPER.createObjectNode();
    ArrayNode modelArray = root.putArray("models");
    models.stream().sorted(java.util.Comparator.comparing(ModelDefinition::id))
        .forEach(m -> modelArray.add(ModelJson.toDetailedJson(m)));
    ArrayNode removedArray = root.putArray("removed");
    new TreeSet<>(removed).forEach(removedArray::add);
    try {
      // Serialized before any file is touched, so a failure here leaves nothing behind.
      byte[] content = ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
      try {
        writer.write(temp, content);
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }
}
