package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Google's numbered stable versions ({@code gemini-2.0-flash-001}) resolve to their model, and only to it. */
class NumberedVersionTest {

  private static ModelDefinition model(String id) {
    return ModelDefinition.builder(id).provider("google").contextWindow(1_000_000).build();
  }

  private final ModelRegistry registry = ModelRegistry.builder()
      .addCatalogs(new FixtureCatalog("google", List.of(model("gemini-2.0-flash"), model("gemini-1.5-pro"),
          model("gemini-1.5-pro-002"), model("text-embedding-004"))))
      .autoCreate(false)
      .build();

  @ParameterizedTest
  @CsvSource({"gemini-2.0-flash-001, gemini-2.0-flash", "google/gemini-2.0-flash-001, gemini-2.0-flash",
      "GEMINI_2_0_FLASH_009, gemini-2.0-flash", "gemini-1.5-pro-002, gemini-1.5-pro-002"})
  void numberedVersionOfAModel_findsIt(String query, String expected) {
    assertEquals(expected, registry.get(query).orElseThrow().id(), query);
  }

  @ParameterizedTest
  @CsvSource({
      "gemini-1.5-pro-001, another numbered version is declared: it would be a guess",
      "gemini-1.5-pro-003, the same",
      "text-embedding-005, the number is part of the name: text-embedding is no model",
      "gemini-3.0-flash-001, no such model",
      "gemini-2.0-flash-000, no version zero"})
  void numberedVersionWithoutItsModel_findsNothing(String query, String why) {
    assertEquals(Optional.empty(), registry.get(query), why);
  }

  @Test
  void anyDeclaredNumberedVersion_fromFirstToLast_keepsOthersFromTheBase() {
    ModelRegistry numbered = ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("google", List.of(model("gemini-2.5-pro"), model("gemini-2.5-pro-099"),
            model("gemini-1.0-pro"), model("gemini-1.0-pro-012"), model("gemini-1.0-ultra"))))
        .autoCreate(false)
        .build();
    // -099 is the last number a version may have, -012 one with both digits set: each keeps -001 from the base.
    assertEquals(Optional.empty(), numbered.get("gemini-2.5-pro-001"));
    assertEquals(Optional.empty(), numbered.get("gemini-1.0-pro-003"));
    assertEquals("gemini-1.0-ultra", numbered.get("gemini-1.0-ultra-001").orElseThrow().id());
  }

  @Test
  void onlyThreeDigitsWithALeadingZeroAreANumberedVersion() {
    assertEquals("gemini-2-0-flash", NumberedVersion.base("gemini-2-0-flash-001"));
    assertEquals("x", NumberedVersion.base("x-099"));
    assertNull(NumberedVersion.base("gpt-4-0613"), "a short date");
    assertNull(NumberedVersion.base("llama-3-1-405"), "a size without its unit, or a name");
    assertNull(NumberedVersion.base("model-000"));
    assertNull(NumberedVersion.base("-001"), "nothing before it");
    assertNull(NumberedVersion.base("model001"));
  }
}
