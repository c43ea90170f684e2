package dev.modelcatalog.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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

  private JsonSyntax() {}

  /**
   * The error's message, its embedded locations as {@code line L, column C}, followed by {@code at line L, column
   * C} where the parser stopped, when Jackson knows it: {@code Unexpected end-of-input: expected close marker for
   * Object (start marker at line 1, column 2) at line 2, column 1}.
   */
  public static String describe(JsonProcessingException error) {
    String message = String.valueOf(error.getOriginalMessage());
    message = EMBEDDED_LOCATION.matcher(message).replaceAll("line $1, column $2");
    JsonLocation at = error.getLocation();
    return at == null || at.getLineNr() < 1 ? message
        : message + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
