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
 * so that a restarted server answers as before. Each save writes a temporary file beside the target and moves
 * it into place, so a crash leaves either the old file or the new one, never half of one.
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

  private final Path file;

  public OverlayStore(Path file) {
    this.file = file;
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
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
      try {
        ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
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
