package dev.modelcatalog.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Error bodies: user input echoed in a message is cut short, and an unknown model's message lists the hints. */
class ApiErrorTest {

  @Test
  void clip_keepsTextUpToTheLimit_andCutsLongerTextToExactlyIt() {
    String limit = "a".repeat(120);
    assertEquals(limit, ApiError.clip(limit));
    String longer = "b".repeat(120) + "c";
    assertEquals("b".repeat(117) + "...", ApiError.clip(longer));
    assertEquals(120, ApiError.clip(longer).length());
    assertEquals("abcd", ApiError.clip("abcd", 4));
    assertEquals("ab...", ApiError.clip("abcdef", 5));
  }

  @Test
  void unknownModel_namesTheQueryAndItsSuggestions() {
    ApiError error = ApiError.unknownModel("gtp-5", List.of("gpt-4o", "gpt-4"));
    assertEquals(404, error.status);
    assertEquals("model", error.param);
    assertEquals("model_not_found", error.code);
    assertEquals("The model 'gtp-5' does not exist; did you mean 'gpt-4o', 'gpt-4'?", error.getMessage());
    assertEquals("The model 'x' does not exist", ApiError.unknownModel("x", List.of()).getMessage());
  }
}
