package dev.modelcatalog.runtime;

import java.util.List;

/** No model answers to the id; the message lists the closest ids, when there are any. */
public class UnknownModelException extends java.util.NoSuchElementException {

  private static final long serialVersionUID = 1L;

  private final String query;
  private final transient List<String> suggestions;

  public UnknownModelException(String query, List<String> suggestions) {
    super("unknown model '" + shown(query) + "'" + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ",
        suggestions.stream().map(s -> "'" + s + "'").toList()) + "?"));
    this.query = query;
    this.suggestions = List.copyOf(suggestions);
  }

  /** For subclasses that explain the miss in their own words. */
  protected UnknownModelException(String query, List<String> suggestions, String message) {
    super(message);
    this.query = query;
    this.suggestions = List.copyOf(suggestions);
  }

  /** The query as a message shows it: a client's text, clipped and with control characters escaped. */
  static String shown(String query) {
    return query == null ? "null" : ModelRules.printable(query);
  }

  /** The id as asked for, whole. */
  public String query() {
    return query;
  }

  /** The closest known ids, best first; possibly empty. */
  public List<String> suggestions() {
    return suggestions;
  }
}
