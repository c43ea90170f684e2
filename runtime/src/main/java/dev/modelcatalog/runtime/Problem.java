package dev.modelcatalog.runtime;

/**
 * One thing wrong (or suspicious) with a model definition, as found by {@link ModelRules}.
 *
 * @param code a short stable code such as {@code context-window-not-positive}; tests and tools match on it
 * @param field the path of the field at fault, in the annotations' terms: {@code contextWindow},
 *     {@code pricing.inputPerMillion}, {@code moe.activeParams}, {@code latency.ttftMean},
 *     {@code capabilities.reasoning}; the processor maps it to the annotation attribute, the JSON loader to a
 *     JSON path
 * @param message what is wrong, the value found, what is allowed and how to fix it
 * @param severity whether the definition is rejected
 */
public record Problem(String code, String field, String message, Severity severity) {

  /** How serious a problem is. */
  public enum Severity {
    /** The definition is rejected. */
    ERROR,
    /** The definition is legal but probably not what was meant. */
    WARNING
  }

  public static Problem error(String code, String field, String message) {
    return new Problem(code, field, message, Severity.ERROR);
  }

  public static Problem warning(String code, String field, String message) {
    return new Problem(code, field, message, Severity.WARNING);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code [code] field: message}. */
  @Override
  public String toString() {
    return "[" + code + "] " + field + ": " + message;
  }
}
