package dev.modelcatalog.runtime.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The store's index ({@value StoreKeys#INDEX}): the key and tag of every model, route and platform object. Replicas
 * read it with a conditional GET, so an unchanged store costs one request, and fetch only the objects whose tag
 * changed. It is derived: writers rebuild it from a listing after each write (compare-and-set on its own tag), and
 * readers fall back to a listing when it is missing or unreadable.
 *
 * @param objects every indexed key to its tag, in key order
 */
record StoreIndex(SortedMap<String, String> objects) {

  StoreIndex {
    objects = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(objects));
  }

  byte[] encode() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("object", "index");
    ObjectNode entries = root.putObject("objects");
    objects.forEach(entries::put);
    return StoreCodec.bytes(root);
  }

  /**
   * Reads an index.
   *
   * @throws dev.modelcatalog.runtime.json.InvalidCatalogDocumentException when it is not a valid index
   */
  static StoreIndex decode(byte[] content) {
    JsonNode root = StoreCodec.parse(StoreKeys.INDEX, content);
    JsonNode entries = root.get("objects");
    if (entries == null || !entries.isObject()) {
      throw StoreCodec.invalid(StoreKeys.INDEX, "document-shape", "$.objects", "is missing or not an object");
    }
    SortedMap<String, String> objects = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : entries.properties()) {
      if (!entry.getValue().isTextual()) {
        throw StoreCodec.invalid(StoreKeys.INDEX, "wrong-type", "$.objects." + entry.getKey(), "is not a tag");
      }
      objects.put(entry.getKey(), entry.getValue().textValue());
    }
    return new StoreIndex(objects);
  }
}
