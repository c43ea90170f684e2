package dev.modelcatalog.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Jackson's syntax errors as one readable line: its embedded source descriptions become plain locations. */
class JsonSyntaxTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonProcessingException errorOf(String json) {
    return assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(json));
  }

  @Test
  void describe_anUnclosedObject_namesWhereItStartedAsALocation_notAsJacksonsSource() {
    JsonProcessingException error = errorOf("[{\"id\": \"x\"\n");
    // What Jackson's own message says, so the test shows what is taken away.
    assertEquals("Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED"
        + " (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 2])",
        error.getOriginalMessage());
    assertEquals("Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 2)"
        + " at line 2, column 1", JsonSyntax.describe(error));
  }

  @Test
  void describe_aMessageWithoutAnEmbeddedLocation_isJacksonsMessage_andWhereTheParserStopped() {
    JsonProcessingException error = errorOf("{\"a\": 1,\n  x}");
    assertEquals(error.getOriginalMessage() + " at line 2, column 3", JsonSyntax.describe(error));
  }

  @Test
  void describe_twoNestedUnclosedValues_reportsTheInnermostStart() {
    JsonProcessingException error = errorOf("{\"a\": [1, 2");
    assertEquals("Unexpected end-of-input: expected close marker for Array (start marker at line 1, column 7)"
        + " at line 1, column 12", JsonSyntax.describe(error));
  }
}
