package dev.modelcatalog.runtime;

import java.util.List;
import java.util.stream.Collectors;

/** A route broke one or more of {@link RouteRules}; the message lists every error, each naming its field. */
public final class InvalidRouteException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidRouteException(String route, List<Problem> problems) {
    super("invalid route " + route + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found. */
  public List<Problem> problems() {
    return problems;
  }
}
