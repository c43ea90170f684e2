package dev.modelcatalog.benchmarks.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads the models.dev catalog ({@code {"providers": {id: {models: {id: {...}}}}}}) into {@link SourceModel}s. */
public final class ModelsDevReader {

  /** The copy of models.dev shipped with the generator (MIT licence). */
  public static final String RESOURCE = "models-dev.json";

  private ModelsDevReader() {}

  /** Every model of the shipped catalog, in file order (providers, then models). */
  public static List<SourceModel> readShipped() {
    try (InputStream in = ModelsDevReader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": not found beside " + ModelsDevReader.class.getName());
      }
      return read(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": unreadable", e);
    }
  }

  /** Every model of a models.dev document, in document order. */
  public static List<SourceModel> read(JsonNode root) {
    List<SourceModel> models = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> providers = root.path("providers").fields(); providers.hasNext();) {
      Map.Entry<String, JsonNode> provider = providers.next();
      for (JsonNode model : provider.getValue().path("models")) {
        models.add(toSource(provider.getKey(), model));
      }
    }
    return models;
  }

  private static SourceModel toSource(String provider, JsonNode m) {
    JsonNode cost = m.path("cost");
    JsonNode limit = m.path("limit");
    return new SourceModel(provider, m.path("id").asText(), m.path("name").asText(m.path("id").asText()),
        m.path("reasoning").asBoolean(), m.path("tool_call").asBoolean(), m.path("temperature").asBoolean(true),
        m.path("open_weights").asBoolean(), m.path("knowledge").asText(""), m.path("release_date").asText(""),
        texts(m.path("modalities").path("input")), texts(m.path("modalities").path("output")),
        cost.path("input").asDouble(0), cost.path("output").asDouble(0),
        cost.has("cache_read") ? cost.path("cache_read").asDouble() : -1,
        cost.has("cache_write") ? cost.path("cache_write").asDouble() : -1,
        limit.path("context").asInt(0), limit.path("output").asInt(0));
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      values.add(value.asText());
    }
    return values;
  }
}
