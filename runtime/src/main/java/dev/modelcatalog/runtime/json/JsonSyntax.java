package dev.modelcatalog.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors as one line for a person. Jackson writes a location inside some messages as its source
 * description ({@code expected close marker for Object (start marker at [Source: REDACTED
 * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 2])}); that becomes {@code line 1,
 * column 2}, and where the parser stopped follows the message.
 */
public final class JsonSyntax {

  /** A location as Jackson writes it into a message: a source description, then the line and column. */
  private static final Pattern EMBEDDED_LOCATION =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]", Pattern.DOTALL);
  /**
   * Jackson's refusal of content after the document's value, which names its own classes and the feature that
   * refused it.
   */
  private static final Pattern TRAILING_TOKEN = Pattern.compile("^Trailing token \\(of type (\\w+)\\) found after value");

  private JsonSyntax() {}

  /**
   * The error's message, its embedded locations as {@code line L, column C}, followed by {@code at line L, column
   * C} where the parser stopped, when Jackson knows it: {@code Unexpected end-of-input: expected close marker for
   * Object (start marker at line 1, column 2) at line 2, column 1}.
   */
  public static String describe(JsonProcessingException error) {
    String message = String.valueOf(error.getOriginalMessage());
    message = EMBEDDED_LOCATION.matcher(message).replaceAll("line $1, column $2");
    Matcher trailing = TRAILING_TOKEN.matcher(message);
    if (trailing.find()) {
      message = "more content (" + token(trailing.group(1)) + ") after the document's value; a document is one"
          + " JSON value";
    }
    JsonLocation at = error.getLocation();
    return at == null || at.getLineNr() < 1 ? message
        : message + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** A token as the document shows it: {@code '['}, {@code 'true'}, or its kind, {@code a string}. */
  private static String token(String name) {
    switch (name) {
      case "VALUE_STRING":
        return "a string";
      case "VALUE_NUMBER_INT":
      case "VALUE_NUMBER_FLOAT":
        return "a number";
      default:
        try {
          String shown = JsonToken.valueOf(name).asString();
          return shown == null ? name : "'" + shown + "'";
        } catch (IllegalArgumentException e) {
          return name; // a token kind of a later Jackson, shown as Jackson names it
        }
    }
  }
}
