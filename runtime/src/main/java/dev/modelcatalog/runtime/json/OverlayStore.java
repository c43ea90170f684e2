package dev.modelcatalog.runtime.json;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Saves a registry's run-time models (registered, replaced and auto-created) to a JSON file and restores them,
 * so a server restart loses nothing.
 *
 * <p>The file is a list response of detailed models ({@code {"object":"list","data":[...]}}, sorted by id), the
 * format {@link ModelDocumentReader} reads, so it can be edited by hand and is checked like any model document.
 * Writes are atomic: the JSON goes to a temporary file in the same directory, which is then moved over the target,
 * so a crash mid-write leaves the previous file intact. A corrupt or invalid file is rejected as a whole on
 * restore, and the registry keeps its previous state.
 *
 * <pre>{@code
 * OverlayStore.restore(registry, Path.of("overlay.json"));   // at start-up
 * OverlayStore.save(registry, Path.of("overlay.json"));      // after changes, or at shutdown
 * }</pre>
 */
public final class OverlayStore {

  private OverlayStore() {}

  /**
   * Writes the models to the file atomically, sorted by id. Takes any collection, so callers choose what the
   * overlay holds (for example {@link ModelRegistry#runtimeModels()}).
   *
   * @throws IOException when the file cannot be written; the previous file, if any, is left as it was
   */
  public static void save(Path file, Collection<ModelDefinition> models) throws IOException {
    List<ModelDefinition> sorted = new ArrayList<>(models);
    sorted.sort(Comparator.comparing(ModelDefinition::id));
    String json = ModelJson.writePretty(ModelJson.list(sorted, ModelJson::toDetailedJson));
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    Files.createDirectories(directory);
    Path temp = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, json, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Saves the registry's {@link ModelRegistry#runtimeModels() run-time models}. */
  public static void save(ModelRegistry registry, Path file) throws IOException {
    save(file, registry.runtimeModels());
  }

  /**
   * Reads the models of a saved overlay.
   *
   * @throws IOException when the file cannot be read
   * @throws InvalidCatalogDocumentException when the file is corrupt or a model breaks a rule
   */
  public static List<ModelDefinition> load(Path file) throws IOException {
    return CustomModels.fromFile(file).models();
  }

  /**
   * Restores a saved overlay into the registry, all or nothing: each model replaces the visible model with the
   * same id, or is added. A missing file restores nothing.
   *
   * @return the number of models restored
   * @throws IOException when the file exists but cannot be read
   * @throws InvalidCatalogDocumentException when the file is corrupt, a model breaks a rule or clashes with
   *     another model; the registry is unchanged
   */
  public static int restore(ModelRegistry registry, Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    return CustomModels.put(registry, List.of(CustomModels.fromFile(file)));
  }
}
