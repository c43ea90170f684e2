package dev.modelcatalog.processor.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void className_capitalizesPartsOfTheLastSegment() {
    assertEquals("Gpt4o", JavaNames.className("gpt-4o"));
    assertEquals("GptOss120b", JavaNames.className("openai/gpt-oss-120b"));
    assertEquals("Llama3_1_8BInstruct", JavaNames.className("meta-llama/Llama-3.1-8B-Instruct"));
    assertEquals("ClaudeOpus4_1_20250805", JavaNames.className("claude-opus-4-1@20250805"));
  }

  @Test
  void className_keepsDigitRunsApartSoDistinctIdsStayDistinct() {
    assertEquals("Gpt4_1", JavaNames.className("gpt-4.1"));
    assertEquals("Gpt41", JavaNames.className("gpt-41"));
  }

  @Test
  void className_leadingDigit_getsPrefix() {
    assertEquals("Model360gpt", JavaNames.className("360gpt"));
    assertEquals("Model", JavaNames.className("---"));
  }

  @Test
  void packageSegment_replacesSeparatorsAndAvoidsKeywords() {
    assertEquals("cloudflare_workers_ai", JavaNames.packageSegment("cloudflare-workers-ai"));
    assertEquals("openai", JavaNames.packageSegment("openai"));
    assertEquals("p302ai", JavaNames.packageSegment("302ai"));
    assertEquals("pnew", JavaNames.packageSegment("new"));
  }

  @Test
  void isJavaName_rejectsIdsWithSeparators() {
    assertTrue(JavaNames.isJavaName("o1"));
    assertFalse(JavaNames.isJavaName("gpt-4o"));
    assertFalse(JavaNames.isJavaName("class"));
  }
}
