package dev.modelcatalog.runtime.json;

/**
 * Turns a {@link dev.modelcatalog.runtime.Problem#field()} (the annotation's terms: {@code pricing.inputPerMillion},
 * {@code aliases[1]}) into the JSON path of the same value in a model document ({@code $[3].pricing.input_per_million},
 * {@code $[3].aliases[1]}): each camel-case name becomes snake case, indexes stay.
 */
final class JsonPaths {

  private JsonPaths() {}

  /** The JSON path of {@code field} inside the model object at {@code modelPath}. */
  static String of(String modelPath, String field) {
    return modelPath + "." + snake(field);
  }

  static String snake(String field) {
    StringBuilder out = new StringBuilder(field.length() + 8);
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append('_').append((char) (c + ('a' - 'A')));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
