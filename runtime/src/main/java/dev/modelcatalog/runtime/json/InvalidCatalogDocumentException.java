package dev.modelcatalog.runtime.json;

import dev.modelcatalog.runtime.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A model document was rejected as a whole: nothing from it was registered. The message lists every problem, one
 * per line; in {@link #problems()} each {@link Problem#field()} is a JSON path into the document, such as
 * {@code $[2].pricing.input_per_million}.
 */
public final class InvalidCatalogDocumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<Problem> problems;

  public InvalidCatalogDocumentException(String source, List<Problem> problems) {
    super("invalid model document " + source + ": " + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** Where the document came from: a file path, a resource name or an environment variable. */
  public String source() {
    return source;
  }

  /** Every error found, each with a JSON path as its field. */
  public List<Problem> problems() {
    return problems;
  }
}
