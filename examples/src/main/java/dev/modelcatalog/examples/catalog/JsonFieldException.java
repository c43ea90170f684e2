package dev.modelcatalog.examples.catalog;

/** A JSON document has a field that is unknown, missing or of the wrong type; the message names the field. */
public final class JsonFieldException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public JsonFieldException(String field, String problem) {
    super((field.isEmpty() ? "" : field + ": ") + problem);
    this.field = field;
  }

  /** The dotted path of the field at fault; empty for the document itself. */
  public String field() {
    return field;
  }
}
