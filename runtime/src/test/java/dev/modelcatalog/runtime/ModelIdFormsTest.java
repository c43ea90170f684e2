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

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // id, snapshot, latest, undated
      "mistral-large-latest, mistral-large, true, false",
      "gpt-4o-2024-08-06, gpt-4o, false, false",
      "gpt-4o, gpt-4o, false, true",
      // a date then -latest, or -latest then a date: both come off
      "claude-3-5-sonnet-20241022-latest, claude-3-5-sonnet, true, false",
      "claude-3-5-sonnet-latest-20241022, claude-3-5-sonnet, true, false",
      // an id is never stripped to nothing: the last segment stays, whatever it is
      "latest, latest, false, true",
      "0613, 0613, false, true",
      "2024-08-06, 2024, false, false",
      "08-06, 08-06, false, true",
      "x-08-06, x, false, false",
  })
  void of_snapshotForm_latestAndUndated(String id, String snapshot, boolean latest, boolean undated) {
    ModelIdForms forms = ModelIdForms.of(id);
    assertEquals(snapshot, forms.snapshot, "snapshot");
    assertEquals(latest, forms.latest, "latest");
    assertEquals(undated, forms.undated, "undated");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // dates: year 20xx, month 01 to 12, day 01 to 31
      "model-2024-01-01, model",
      "model-2024-12-31, model",
      "model-2024-13-01, model-2024-13-01",
      "model-2024-00-10, model-2024-00-10",
      "model-2024-01-32, model-2024-01-32",
      "model-2024-01-00, model-2024-01-00",
      "model-20241231, model",
      "model-19991231, model-19991231",
      "model-20241301, model-20241301",
      "model-12345678, model-12345678",
      // four digits: a month and a day (0613), or a year 23 to 29 and a month (2505)
      "model-1231, model",
      "model-0101, model",
      "model-1301, model-1301",
      "model-2301, model",
      "model-2912, model",
      "model-2201, model-2201",
      "model-3001, model-3001",
      "model-2913, model-2913",
      "model-123, model-123",
  })
  void of_stripsOnlyWhatReadsAsADate(String id, String snapshot) {
    assertEquals(snapshot, ModelIdForms.of(id).snapshot);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // an organisation word goes only when two segments stay behind it
      "meta-llama-3, llama-3",
      "meta-llama, meta-llama",
      // neutral qualifiers go only from ids that state a size, and never the last two segments
      "llama-8b-instruct, llama-8b",
      "llama-8b-instruct-fp8, llama-8b",
      "8b-instruct, 8b-instruct",
      "llama-instruct, llama-instruct",
      "llama-b-instruct, llama-b-instruct",
  })
  void of_coreForm_keepsTwoSegments(String id, String core) {
    assertEquals(core, ModelIdForms.of(id).core);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // a vendor prefix: letters and digits, starting with a letter, two characters or more, then a letter
      "ai21.jamba-1-5-large, jamba-1-5-large",
      "z09.model-x, model-x",
      "abc.zeta-7b, zeta-7b",
      "us.anthropic.claude-3-haiku, claude-3-haiku",
      "a.model-x, a-model-x",
      "acme-labs.model-x, acme-labs-model-x",
      "9ai.model-x, 9ai-model-x",
      "gpt-3.5-turbo, gpt-3-5-turbo",
      "vendor., vendor",
      // an API version at the very end: -v, digits, a colon, digits
      "titan-text-v2:0, titan-text",
      "titan-text-v2:0a, titan-text-v2-0a",
      "titan-text-v:0, titan-text-v-0",
      "titan-text-v2:, titan-text-v2",
  })
  void of_routedForm_vendorPrefixesAndApiVersions(String id, String routed) {
    assertEquals(routed, ModelIdForms.of(id).routed);
  }

  @Test
  void words_lettersBetweenSeparatorsAndDigits() {
    assertEquals(List.of("gpt", "o", "mini"), ModelIdForms.words("gpt-4o-mini"));
    assertEquals(List.of("llama", "b"), ModelIdForms.words("llama-3-1-70b"));
    assertEquals(List.of("a", "z"), ModelIdForms.words("a1z"));
    assertEquals(List.of(), ModelIdForms.words("4-0"));
    assertEquals(List.of(), ModelIdForms.words(""));
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
    assertEquals(ModelIdForms.of("claude-4-sonnet").reorderKey(), ModelIdForms.of("sonnet-claude-4").reorderKey());
    assertEquals("3-5|claude-haiku", ModelIdForms.of("haiku-3-claude-5").reorderKey());
    assertNotEquals(ModelIdForms.of("claude-3-5-haiku").reorderKey(),
        ModelIdForms.of("claude-5-3-haiku").reorderKey());
    assertNotEquals(ModelIdForms.of("gpt-4o-mini").reorderKey(), ModelIdForms.of("gpt-o4-mini").reorderKey());
  }

  @Test
  void numberSignature_keepsBoundaries() {
    assertEquals("3,1,70", ModelIdForms.of("llama-3.1-70b").numberSignature());
    assertEquals("0,9,90", ModelIdForms.numberSignature("a0b9-90z"));
    assertEquals("", ModelIdForms.numberSignature("gpt-o"));
    assertNotEquals(ModelIdForms.of("gpt-4.1").numberSignature(), ModelIdForms.of("gpt-41").numberSignature());
  }
}
