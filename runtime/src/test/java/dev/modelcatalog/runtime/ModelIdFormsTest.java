package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelIdFormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // id, routed, snapshot, core
      "gpt-4o-2024-08-06, gpt-4o-2024-08-06, gpt-4o, gpt-4o",
      "claude-3-5-sonnet-20241022, claude-3-5-sonnet-20241022, claude-3-5-sonnet, claude-3-5-sonnet",
      "bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0, claude-3-5-haiku-20241022, claude-3-5-haiku, "
          + "claude-3-5-haiku",
      "claude-opus-4@20250514, claude-opus-4-20250514, claude-opus-4, claude-opus-4",
      "gemini-1.5-pro@001, gemini-1-5-pro, gemini-1-5-pro, gemini-1-5-pro",
      "gpt-3.5-turbo-0613, gpt-3-5-turbo-0613, gpt-3-5-turbo, gpt-3-5-turbo",
      "mistral-large-latest, mistral-large-latest, mistral-large, mistral-large",
      "gemini-2.5-flash-preview-05-20, gemini-2-5-flash-preview-05-20, gemini-2-5-flash-preview, "
          + "gemini-2-5-flash-preview",
      "deepseek/deepseek-r1:free, deepseek-r1, deepseek-r1, deepseek-r1",
      "anthropic/claude-3.7-sonnet:thinking, claude-3-7-sonnet, claude-3-7-sonnet, claude-3-7-sonnet",
      "openai/gpt-4o:online, gpt-4o, gpt-4o, gpt-4o",
      "moonshotai/kimi-k2:exacto, kimi-k2, kimi-k2, kimi-k2",
      "qwen/qwen3-coder:batch, qwen3-coder, qwen3-coder, qwen3-coder",
      "acme/model:unknown-tier, model-unknown-tier, model-unknown-tier, model-unknown-tier",
      "meta/meta-llama-3.1-8b-instruct, meta-llama-3-1-8b-instruct, meta-llama-3-1-8b-instruct, llama-3-1-8b",
      "llama3-70b-8192, llama3-70b-8192, llama3-70b-8192, llama3-70b-8192",
      "gpt-3.5-turbo-instruct, gpt-3-5-turbo-instruct, gpt-3-5-turbo-instruct, gpt-3-5-turbo-instruct",
      "deepseek-chat, deepseek-chat, deepseek-chat, deepseek-chat",
      "mistral-7b-instruct-v0.2, mistral-7b-instruct-v0-2, mistral-7b-instruct-v0-2, mistral-7b-instruct-v0-2",
  })
  void of_stripsRoutesSnapshotsAndNeutralWords(String id, String routed, String snapshot, String core) {
    ModelIdForms forms = ModelIdForms.of(id);
    assertEquals(routed, forms.routed, "routed");
    assertEquals(snapshot, forms.snapshot, "snapshot");
    assertEquals(core, forms.core, "core");
  }

  @Test
  void pooled_keepsEveryForm_andSharesEqualStrings() {
    Map<String, String> strings = new HashMap<>();
    ModelIdForms plain = ModelIdForms.of("openai/gpt-4o-2024-08-06");
    ModelIdForms pooled = plain.pooled(s -> strings.computeIfAbsent(s, same -> same));
    assertEquals(List.of(plain.normalized, plain.routed, plain.snapshot, plain.core, plain.snapshotCompact,
        plain.coreCompact), List.of(pooled.normalized, pooled.routed, pooled.snapshot, pooled.core,
        pooled.snapshotCompact, pooled.coreCompact));
    assertEquals(plain.undated, pooled.undated);
    assertEquals(plain.latest, pooled.latest);
    // gpt-4o is the snapshot form and the core: one string for both, and the one another id's forms reuse.
    assertSame(pooled.snapshot, pooled.core);
    assertSame(pooled.core, ModelIdForms.of("GPT_4O").pooled(s -> strings.computeIfAbsent(s, same -> same)).core);
  }

  @Test
  void reorderKey_wordOrderFree_numberOrderKept() {
    assertEquals(ModelIdForms.of("claude-4-sonnet").reorderKey(), ModelIdForms.of("claude-sonnet-4").reorderKey());
    assertNotEquals(ModelIdForms.of("claude-3-5-haiku").reorderKey(),
        ModelIdForms.of("claude-5-3-haiku").reorderKey());
    assertNotEquals(ModelIdForms.of("gpt-4o-mini").reorderKey(), ModelIdForms.of("gpt-o4-mini").reorderKey());
  }

  @Test
  void numberSignature_keepsBoundaries() {
    assertEquals("3,1,70", ModelIdForms.of("llama-3.1-70b").numberSignature());
    assertNotEquals(ModelIdForms.of("gpt-4.1").numberSignature(), ModelIdForms.of("gpt-41").numberSignature());
  }
}
