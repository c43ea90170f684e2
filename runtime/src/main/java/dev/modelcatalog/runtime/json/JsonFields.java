package dev.modelcatalog.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.runtime.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Typed reads of a JSON document's fields. A problem is kept under its JSON path
 * ({@code $[2].pricing.input_per_million}) instead of thrown, so a document is checked whole and every problem is
 * reported at once. Each read returns null (or the fallback) when the field is absent or null, and reports a value
 * of the wrong type.
 */
final class JsonFields {

  private final List<Problem> problems;

  /** Reads that add their problems to {@code problems}. */
  JsonFields(List<Problem> problems) {
    this.problems = problems;
  }

  /** Whether the node is an object; reports it when not, and each field of it that is not {@code known}. */
  boolean object(JsonNode node, String path, List<String> known) {
    if (!node.isObject()) {
      error("wrong-type", path, "is " + type(node) + "; expected an object");
      return false;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        unknownField(path, name, known);
      }
    }
    return true;
  }

  /**
   * The field's value when it is present and of the kind {@code accepts} takes; null when the field is absent or
   * null, and null, reported as {@code wrong-type} ("is ...; expected {@code expected}"), when it is of another kind.
   */
  private JsonNode typed(JsonNode node, String path, String name, Predicate<JsonNode> accepts, String expected) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!accepts.test(value)) {
      error("wrong-type", path + "." + name, "is " + type(value) + "; expected " + expected);
      return null;
    }
    return value;
  }

  /** The string field. */
  String text(JsonNode node, String path, String name) {
    JsonNode value = typed(node, path, name, JsonNode::isTextual, "a string");
    return value == null ? null : value.asText();
  }

  /** The array of strings. */
  List<String> textList(JsonNode node, String path, String name) {
    JsonNode value = typed(node, path, name, JsonNode::isArray, "an array of strings");
    if (value == null) {
      return null;
    }
    List<String> list = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) {
        error("wrong-type", path + "." + name + "[" + i + "]", "is " + type(value.get(i)) + "; expected a string");
        return null;
      }
      list.add(value.get(i).asText());
    }
    return list;
  }

  /** The whole number. */
  Long longValue(JsonNode node, String path, String name) {
    JsonNode value = typed(node, path, name, v -> v.isIntegralNumber() && v.canConvertToLong(), "a whole number");
    return value == null ? null : value.longValue();
  }

  /** The whole number that fits an {@code int}. */
  Integer intValue(JsonNode node, String path, String name) {
    JsonNode value = typed(node, path, name, v -> v.isIntegralNumber() && v.canConvertToInt(),
        "a whole number up to " + Integer.MAX_VALUE);
    return value == null ? null : value.intValue();
  }

  /** The number, or {@code fallback}. */
  double number(JsonNode node, String path, String name, double fallback) {
    JsonNode value = typed(node, path, name, JsonNode::isNumber, "a number");
    return value == null ? fallback : value.doubleValue();
  }

  /** {@code true} or {@code false}. */
  Boolean bool(JsonNode node, String path, String name) {
    JsonNode value = typed(node, path, name, JsonNode::isBoolean, "true or false");
    return value == null ? null : value.booleanValue();
  }

  /** The constant a string names, case and {@code -}/{@code _} aside; an unknown one is reported with the closest. */
  <E extends Enum<E>> E enumValue(JsonNode node, String path, String name, E[] constants) {
    String text = text(node, path, name);
    if (text == null) {
      return null;
    }
    for (E constant : constants) {
      if (constant.name().equalsIgnoreCase(text.replace('-', '_'))) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    error("unknown-value", path + "." + name, "'" + text + "' is not one of " + names + suggestion(text, names));
    return null;
  }

  /** {@code value}, reporting the field as missing when the node does not have it, or has it as null. */
  <T> T required(T value, JsonNode node, String path, String name) {
    if (value == null) {
      requirePresent(node, path, name, "it is required");
    }
    return value;
  }

  /**
   * Reports the field as missing ({@code is missing; <why>}, or {@code is null; <why>}) when the node does not have
   * it or has it as null; a value of the wrong type is reported where it is read.
   */
  void requirePresent(JsonNode node, String path, String name, String why) {
    JsonNode given = node.get(name);
    if (given == null || given.isNull()) {
      error("missing-field", path + "." + name, (given == null ? "is missing; " : "is null; ") + why);
    }
  }

  /** Hands {@code value} to the setter unless it is null (absent, or reported). */
  static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /** Reports a field the document format does not have, with the closest known name. */
  void unknownField(String path, String name, List<String> known) {
    error("unknown-field", path + "." + name, "is not a known field" + suggestion(name, known));
  }

  /** {@code "; did you mean 'x'?"} for the closest candidate within a third of the length, else empty. */
  static String suggestion(String given, List<String> candidates) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(given.toLowerCase(Locale.ROOT), candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, given.length() / 3) ? "; did you mean '" + best + "'?" : "";
  }

  /** The node as a message names it: {@code the string "x"}, {@code number 3}, {@code object}. */
  static String type(JsonNode node) {
    if (node.isTextual()) {
      return "the string \"" + node.asText() + "\"";
    }
    // "number 5", "boolean true", "array"; null is its own value.
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return node.isNull() ? "null" : type + (node.isValueNode() ? " " + node : "");
  }

  /** Keeps an error under its JSON path. */
  void error(String code, String path, String message) {
    problems.add(Problem.error(code, path, message));
  }
}
