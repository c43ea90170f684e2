package dev.modelcatalog.runtime.json;

import dev.modelcatalog.runtime.ModelConflictException;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Extra models loaded at run time from a JSON document (see {@link ModelDocumentReader} for the format): a file,
 * a class-path resource, the environment variable {@value #ENV_VAR} (a JSON array, like the reference design's
 * {@code FAKEAI_CUSTOM_MODELS}) or a {@value #CONFIG_FILE} file.
 *
 * <p>Loading is all or nothing. A document with any problem is rejected as a whole with
 * {@link InvalidCatalogDocumentException}, listing every problem by JSON path, and nothing from it is registered;
 * a document whose models clash with models already in the registry is rejected the same way.
 *
 * <pre>{@code
 * ModelRegistry registry = ModelRegistry.loadDefault();
 * CustomModels.register(registry, CustomModels.discover(System.getenv(), Path.of(".")));
 * }</pre>
 */
public final class CustomModels {

  private CustomModels() {}

  /** The environment variable holding a JSON array of extra models. */
  public static final String ENV_VAR = "MODELCATALOG_CUSTOM_MODELS";
  /** The file name looked for by {@link #discover}. */
  public static final String CONFIG_FILE = "models.json";

  /** A checked document: its models, where it came from, and the JSON path of each model. */
  public static final class Document {
    private final String source;
    private final List<ModelDefinition> models;
    private final List<String> paths;

    private Document(String source, ModelDocumentReader.Located located) {
      this.source = source;
      this.models = located.models();
      this.paths = located.paths();
    }

    /** Where the document came from. */
    public String source() {
      return source;
    }

    /** Its models, in document order. */
    public List<ModelDefinition> models() {
      return models;
    }

    String pathOf(String modelId) {
      int index = -1;
      for (int i = 0; i < models.size(); i++) {
        if (models.get(i).id().equals(modelId)) {
          index = i;
        }
      }
      return index < 0 || index >= paths.size() ? "$" : paths.get(index);
    }
  }

  /**
   * Parses and checks a document given as text.
   *
   * @throws InvalidCatalogDocumentException listing every problem by JSON path
   */
  public static Document parse(String json, String source) {
    return new Document(source, ModelDocumentReader.readLocated(json, source));
  }

  /**
   * Reads a document from a file (UTF-8).
   *
   * @throws IOException when the file cannot be read
   * @throws InvalidCatalogDocumentException listing every problem by JSON path
   */
  public static Document fromFile(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads a document from a class-path resource (UTF-8).
   *
   * @throws IOException when the resource does not exist or cannot be read
   * @throws InvalidCatalogDocumentException listing every problem by JSON path
   */
  public static Document fromResource(ClassLoader loader, String name) throws IOException {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new java.io.FileNotFoundException("resource '" + name + "' is not on the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + name);
    }
  }

  /**
   * The document in {@value #ENV_VAR}, or an empty document when the variable is unset or blank.
   *
   * @param environment the environment, usually {@code System.getenv()}
   * @throws InvalidCatalogDocumentException listing every problem by JSON path
   */
  public static Document fromEnvironment(Map<String, String> environment) {
    String value = environment.get(ENV_VAR);
    if (value == null || value.isBlank()) {
      return parse("[]", ENV_VAR);
    }
    return parse(value, ENV_VAR);
  }

  /**
   * Every document found: {@value #ENV_VAR} in the environment, then {@value #CONFIG_FILE} in the directory if the
   * file exists. Each is checked on its own; the first invalid one throws.
   *
   * @throws IOException when the config file exists but cannot be read
   * @throws InvalidCatalogDocumentException listing every problem of the first invalid document
   */
  public static List<Document> discover(Map<String, String> environment, Path directory) throws IOException {
    List<Document> documents = new ArrayList<>();
    documents.add(fromEnvironment(environment));
    Path config = directory.resolve(CONFIG_FILE);
    if (Files.isRegularFile(config)) {
      documents.add(fromFile(config));
    }
    return documents;
  }

  /**
   * Registers the models of the documents, all or nothing.
   *
   * @return the number of models registered
   * @throws InvalidCatalogDocumentException when a model clashes with a registered one (the problem points at
   *     the model in its document); the registry is unchanged
   */
  public static int register(ModelRegistry registry, List<Document> documents) {
    return apply(documents, registry::registerAll);
  }

  /** {@link #register(ModelRegistry, List)} of one document. */
  public static int register(ModelRegistry registry, Document document) {
    return register(registry, List.of(document));
  }

  /**
   * Removes the visible models with exactly these ids and registers the models of the documents, replacing models
   * with the same id, in one step, all or nothing (restoring a saved overlay with its removals).
   */
  static int putAfterRemoving(ModelRegistry registry, List<Document> documents, List<String> removedIds) {
    return apply(documents, models -> registry.applyChanges(models, removedIds));
  }

  private static int apply(List<Document> documents, Consumer<List<ModelDefinition>> write) {
    List<ModelDefinition> all = new ArrayList<>();
    for (Document document : documents) {
      all.addAll(document.models());
    }
    try {
      write.accept(all);
    } catch (ModelConflictException e) {
      for (Document document : documents) {
        for (ModelDefinition model : document.models()) {
          if (model.id().equals(e.modelId())) {
            String field = e.field().equals("normalized id") ? "id" : e.field();
            throw new InvalidCatalogDocumentException(document.source(), List.of(Problem.error("model-conflict",
                JsonPaths.of(document.pathOf(model.id()), field), e.getMessage())));
          }
        }
      }
      throw e;
    }
    return all.size();
  }
}
