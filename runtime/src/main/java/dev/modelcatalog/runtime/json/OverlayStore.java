package dev.modelcatalog.runtime.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.RuntimeChanges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Saves a registry's run-time models (registered and replaced; auto-created ones are made again on demand) and the
 * compiled models it removed to a JSON file and restores them, so a server restart loses nothing.
 *
 * <p>The file is a list response of detailed models ({@code {"object":"list","data":[...]}}, sorted by id), the
 * format {@link ModelDocumentReader} reads, so it can be edited by hand and is checked like any model document.
 * Writes are atomic: the JSON goes to a temporary file in the same directory, which is then moved over the target,
 * so a crash mid-write leaves the previous file intact. A corrupt or invalid file is rejected as a whole on
 * restore, and the registry keeps its previous state. A file may also list, under {@code "removed"}, the ids of
 * models a server deleted that the registry starts with; {@link #restore} removes them again.
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
    write(file, ModelJson.writePretty(ModelJson.list(sorted, ModelJson::toDetailedJson)));
  }

  /** Writes the text to a temporary file beside the target and moves it into place. */
  private static void write(Path file, String json) throws IOException {
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

  /**
   * Saves the registry's {@link ModelRegistry#runtimeChanges() run-time changes}: its run-time models, and the ids
   * of the compiled models it removed, so that {@link #restore} into a registry of the same catalogs makes the same
   * models visible.
   */
  public static void save(ModelRegistry registry, Path file) throws IOException {
    RuntimeChanges changes = registry.runtimeChanges();
    save(file, changes.models(), changes.removedCompiledIds());
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
   * Restores a saved overlay into the registry, all or nothing: the models with exactly a removed id are removed,
   * then each model replaces the visible model with the same id, or is added. A missing file restores nothing.
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
    // Read once: the models and the removals come from the same text, so they cannot disagree.
    String json = Files.readString(file, StandardCharsets.UTF_8);
    CustomModels.Document document = CustomModels.parse(json, file.toString());
    List<String> removed = removedIds(json, file.toString(), document.models());
    // One step, removals first: a saved model may hold an alias or normalized id of a model removed before it was
    // added. Only a model with exactly a removed id goes: after a catalog update the id may be another's alias.
    return CustomModels.putAfterRemoving(registry, List.of(document), removed);
  }

  // ---------------------------------------------------------------------------------------------- removals
  // Removed models: a server that deletes a model it started with (a compiled one, or one registered at start-up)
  // saves its id under "removed", so the deletion survives a restart as well as the additions do.

  /** The top-level field listing removed model ids. */
  public static final String REMOVED_FIELD = "removed";

  /**
   * Writes the models and the ids of removed models to the file atomically:
   * {@code {"object":"list","data":[...],"removed":["gpt-4",...]}}, models sorted by id, ids sorted. {@link #restore}
   * removes the model with exactly each removed id, if one is visible, and puts the models, in one step.
   *
   * @throws IOException when the file cannot be written; the previous file, if any, is left as it was
   * @throws IllegalArgumentException when an id is both saved and removed
   */
  public static void save(Path file, Collection<ModelDefinition> models, Collection<String> removedIds)
      throws IOException {
    List<ModelDefinition> sorted = new ArrayList<>(models);
    sorted.sort(Comparator.comparing(ModelDefinition::id));
    TreeSet<String> removed = new TreeSet<>(removedIds);
    for (ModelDefinition model : sorted) {
      if (removed.contains(model.id())) {
        throw new IllegalArgumentException("removedIds: '" + model.id() + "' is also among the saved models");
      }
    }
    ObjectNode root = ModelJson.list(sorted, ModelJson::toDetailedJson);
    if (!removed.isEmpty()) {
      removed.forEach(root.putArray(REMOVED_FIELD)::add);
    }
    write(file, ModelJson.writePretty(root));
  }

  /**
   * The removed ids a saved file lists; empty for a missing file or one without removals.
   *
   * @throws IOException when the file exists but cannot be read
   * @throws InvalidCatalogDocumentException when the file is corrupt or the removals are not a list of ids
   */
  public static List<String> loadRemoved(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    String json = Files.readString(file, StandardCharsets.UTF_8);
    return removedIds(json, file.toString(), CustomModels.parse(json, file.toString()).models());
  }

  /** The {@value #REMOVED_FIELD} ids of a document whose models were read already, checked. */
  private static List<String> removedIds(String json, String source, List<ModelDefinition> saved) {
    JsonNode root;
    try {
      root = ModelJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the document was parsed once already", e);
    }
    JsonNode list = root.isObject() ? root.get(REMOVED_FIELD) : null;
    if (list == null || list.isNull()) {
      return List.of();
    }
    String path = "$." + REMOVED_FIELD;
    List<Problem> problems = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Set<String> savedIds = new HashSet<>();
    saved.forEach(model -> savedIds.add(model.id()));
    if (!list.isArray()) {
      problems.add(Problem.error("wrong-type", path, "is "
          + list.getNodeType().name().toLowerCase(Locale.ROOT) + "; expected an array of model ids"));
    } else {
      for (int i = 0; i < list.size(); i++) {
        JsonNode id = list.get(i);
        if (!id.isTextual() || id.asText().isBlank()) {
          problems.add(Problem.error("wrong-type", path + "[" + i + "]",
              "is " + id + "; expected a model id"));
        } else if (savedIds.contains(id.asText())) {
          problems.add(Problem.error("removed-and-saved", path + "[" + i + "]",
              "'" + id.asText() + "' is both a saved model and a removed one"));
        } else {
          ids.add(id.asText());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCatalogDocumentException(source, problems);
    }
    return List.copyOf(ids);
  }
}
