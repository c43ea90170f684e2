package dev.modelcatalog.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model definition broke one or more of {@link ModelRules}. The message lists every error, one per line,
 * each naming its field; {@link #problems()} gives them as data.
 */
public final class InvalidModelException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String modelId;
  private final transient List<Problem> problems;

  public InvalidModelException(String modelId, List<Problem> problems) {
    super(describe(modelId, problems));
    this.modelId = modelId;
    this.problems = List.copyOf(problems);
  }

  private static String describe(String modelId, List<Problem> problems) {
    return "invalid model '" + modelId + "': " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }

  /** The id of the model at fault, as given. */
  public String modelId() {
    return modelId;
  }

  /** Every problem found, errors and warnings. */
  public List<Problem> problems() {
    return problems;
  }
}
