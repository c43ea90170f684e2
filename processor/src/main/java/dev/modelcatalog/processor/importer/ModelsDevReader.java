package dev.modelcatalog.processor.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelcatalog.runtime.json.JsonSyntax;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the models.dev catalog: {@code {"providers": {providerId: {id, name, models: {modelId: {...}}}}}}, each
 * model with {@code name}, {@code attachment}, {@code reasoning}, {@code temperature}, {@code tool_call},
 * optionally {@code structured_output} and {@code status}, {@code modalities {input, output}},
 * {@code limit {context, input, output}}, {@code cost {input, output, cache_read, cache_write, reasoning,
 * input_audio, output_audio, context_over_200k {input, output}}}, {@code knowledge}, {@code release_date},
 * {@code last_updated} and {@code open_weights}.
 *
 * <p>Providers and models are read with a streaming parser so that a key written twice is reported as a
 * duplicate instead of silently replacing the first (a JSON tree keeps only the last).
 */
final class ModelsDevReader implements SourceReader {

  /** Model fields this reader maps; any other field is counted as not imported. */
  private static final Set<String> MAPPED_FIELDS = Set.of("id", "name", "attachment", "reasoning", "temperature",
      "tool_call", "structured_output", "status", "modalities", "limit", "cost", "knowledge", "release_date",
      "open_weights", "last_updated");
  /** Cost fields this reader maps. */
  private static final Set<String> MAPPED_COSTS = Set.of("input", "output", "cache_read", "cache_write",
      "reasoning", "input_audio", "output_audio", "context_over_200k");

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public SourceCatalog read(InputStream in) throws IOException {
    List<SourceProvider> providers = new ArrayList<>();
    List<ReportLine> readerLines = new ArrayList<>();
    Map<String, Integer> notImported = new TreeMap<>();
    try (JsonParser parser = mapper.getFactory().createParser(in)) {
      expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "$");
      boolean sawProviders = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("providers")) {
          sawProviders = true;
          readProviders(parser, providers, readerLines, notImported);
        } else {
          parser.skipChildren();
        }
      }
      if (!sawProviders) {
        throw new CatalogFormatException("$.providers: missing; a models.dev catalog is an object with a"
            + " \"providers\" object");
      }
      // Two catalogs run together, or a file appended to, is not read as if it ended after the first object.
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new CatalogFormatException("$: " + describe(after) + " after the catalog's object at line "
            + parser.currentLocation().getLineNr() + "; a models.dev catalog is one JSON object");
      }
    } catch (JsonProcessingException e) {
      throw new CatalogFormatException("not valid JSON: " + JsonSyntax.describe(e), e);
    } catch (CharConversionException e) {
      // Bytes no encoding JSON allows decodes (Jackson guessed UTF-32 from the first bytes, say): the input's fault.
      throw new CatalogFormatException("not valid JSON text: " + e.getMessage(), e);
    }
    return new SourceCatalog(providers, readerLines, notImported);
  }

  private void readProviders(JsonParser parser, List<SourceProvider> providers, List<ReportLine> readerLines,
      Map<String, Integer> notImported) throws IOException {
    expect(parser, parser.currentToken(), JsonToken.START_OBJECT, "$.providers");
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      String path = "$.providers." + key;
      expect(parser, parser.currentToken(), JsonToken.START_OBJECT, path);
      if (!seen.add(key)) {
        readerLines.add(new ReportLine(key, "*", Category.DUPLICATE, "provider '" + key + "' is listed twice",
            "skipped the second listing and all of its models"));
        parser.skipChildren();
        continue;
      }
      String name = key;
      List<SourceEntry> entries = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("models")) {
          readModels(parser, key, path + ".models", entries, readerLines, notImported);
        } else if (field.equals("name") && parser.currentToken() == JsonToken.VALUE_STRING) {
          name = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      providers.add(new SourceProvider(key, name, entries));
    }
  }

  private void readModels(JsonParser parser, String provider, String path, List<SourceEntry> entries,
      List<ReportLine> readerLines, Map<String, Integer> notImported) throws IOException {
    expect(parser, parser.currentToken(), JsonToken.START_OBJECT, path);
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      JsonNode model = mapper.readTree(parser);
      if (!seen.add(key)) {
        readerLines.add(new ReportLine(provider, key, Category.DUPLICATE, "model key '" + key
            + "' appears twice in the provider", "kept the first listing, skipped the second"));
        continue;
      }
      if (!model.isObject()) {
        readerLines.add(new ReportLine(provider, key, Category.SKIPPED, path + "." + key + " is "
            + model.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ", not an object",
            "not imported"));
        continue;
      }
      entries.add(entry(provider, key, model, readerLines, notImported));
    }
  }

  private SourceEntry entry(String provider, String key, JsonNode model, List<ReportLine> readerLines,
      Map<String, Integer> notImported) {
    List<ReportLine> notes = new ArrayList<>();
    String id = key;
    String declaredId = text(model, "id");
    if (declaredId != null && !declaredId.equals(key)) {
      notes.add(new ReportLine(provider, key, Category.ID_MISMATCH, "the entry's id field is '" + declaredId
          + "' but its key is '" + key + "'", "the key is used as the id"));
    }
    for (Iterator<String> names = model.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!MAPPED_FIELDS.contains(field)) {
        notImported.merge(field, 1, Integer::sum);
      }
    }
    JsonNode modalities = model.path("modalities");
    ModelsDevCapabilities.Mapped mapped = ModelsDevCapabilities.map(provider, id,
        strings(modalities.path("input"), "text"), strings(modalities.path("output"), "text"),
        model.path("reasoning").asBoolean(false), model.path("tool_call").asBoolean(false),
        model.path("temperature").asBoolean(false), model.path("structured_output").asBoolean(false),
        model.path("attachment").asBoolean(false));
    notes.addAll(mapped.notes());
    JsonNode limit = model.path("limit");
    return new SourceEntry(provider, id, text(model, "name"), mapped.capabilities(),
        limit.path("context").asLong(0), limit.path("output").asLong(0), cost(provider, id, model, notes),
        text(model, "knowledge"), text(model, "release_date"), model.path("open_weights").asBoolean(false),
        text(model, "status"), notes, text(model, "last_updated"),
        List.copyOf(strings(modalities.path("input"), "text")), List.copyOf(strings(modalities.path("output"), "text")),
        limit.path("input").asLong(0));
  }

  private static SourceEntry.Cost cost(String provider, String id, JsonNode model, List<ReportLine> notes) {
    JsonNode cost = model.get("cost");
    if (cost == null || !cost.isObject()) {
      return null;
    }
    for (Map.Entry<String, JsonNode> field : cost.properties()) {
      if (!MAPPED_COSTS.contains(field.getKey())) {
        notes.add(new ReportLine(provider, id, Category.PRICE, "cost." + field.getKey() + " = "
            + field.getValue().asText() + " has no field in the catalog's pricing",
            field.getKey().equals("reasoning") ? "not represented: reasoning tokens are priced as output tokens"
                : "not represented"));
      }
    }
    JsonNode tier = cost.path("context_over_200k");
    return new SourceEntry.Cost(number(cost, "input"), number(cost, "output"), number(cost, "cache_read"),
        number(cost, "cache_write"), number(cost, "reasoning"), number(cost, "input_audio"),
        number(cost, "output_audio"), number(tier, "input"), number(tier, "output"));
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isNumber() ? value.asDouble() : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static Set<String> strings(JsonNode array, String fallback) {
    Set<String> values = new LinkedHashSet<>();
    if (array.isArray()) {
      for (JsonNode value : array) {
        values.add(value.asText());
      }
    } else {
      values.add(fallback);
    }
    return values;
  }

  private static void expect(JsonParser parser, JsonToken actual, JsonToken expected, String path)
      throws CatalogFormatException {
    if (actual != expected) {
      throw new CatalogFormatException(path + ": expected " + describe(expected) + " but found "
          + (actual == null ? "the end of the input" : describe(actual)) + " at line "
          + parser.currentLocation().getLineNr());
    }
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      default:
        return token.asString() == null ? token.name().toLowerCase(java.util.Locale.ROOT) : token.asString();
    }
  }
}
