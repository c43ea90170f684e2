package dev.modelcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.ModelRules;
import dev.modelcatalog.runtime.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the built-in catalog must hold, and that it holds it cleanly. */
class CatalogContentsTest {

  /** Every model the catalog promises, by canonical id. */
  private static final List<String> PROMISED = List.of(
      "openai/gpt-oss-120b", "openai/gpt-oss-20b", "gpt-4o-realtime-preview", "gpt-4o", "gpt-4o-mini",
      "gpt-4-turbo", "gpt-4", "gpt-4-32k", "gpt-3.5-turbo", "gpt-3.5-turbo-16k", "o1", "o1-preview", "o1-mini",
      "text-embedding-3-large", "text-embedding-3-small", "text-embedding-ada-002", "text-moderation-stable",
      "text-moderation-latest", "dall-e-3", "dall-e-2", "tts-1", "tts-1-hd", "whisper-1",
      "TinyLlama/TinyLlama-1.1B-Chat-v1.0",
      "claude-3-5-sonnet-20241022", "claude-3-5-haiku-20241022", "claude-3-opus-20240229",
      "claude-3-sonnet-20240229", "claude-3-haiku-20240307", "claude-2.1",
      "meta-llama/Llama-3.3-70B-Instruct", "meta-llama/Llama-3.2-90B-Vision-Instruct",
      "meta-llama/Llama-3.2-11B-Vision-Instruct", "meta-llama/Llama-3.2-3B-Instruct",
      "meta-llama/Llama-3.2-1B-Instruct", "meta-llama/Llama-3.1-405B-Instruct",
      "meta-llama/Llama-3.1-70B-Instruct", "meta-llama/Llama-3.1-8B-Instruct",
      "meta-llama/Meta-Llama-3-70B-Instruct", "meta-llama/Meta-Llama-3-8B-Instruct",
      "meta-llama/Llama-2-70b-chat-hf", "meta-llama/Llama-2-13b-chat-hf", "meta-llama/Llama-2-7b-chat-hf",
      "mistralai/Mixtral-8x22B-Instruct-v0.1", "mistralai/Mixtral-8x7B-Instruct-v0.1",
      "mistralai/Mistral-7B-Instruct-v0.2", "mistral-small-2503", "mistral-medium-2505", "mistral-large-2411",
      "pixtral-12b-2409",
      "deepseek-ai/DeepSeek-V3", "deepseek-ai/DeepSeek-R1", "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
      "deepseek-coder",
      "nvidia/nemotron-4-340b-instruct", "nv-mistralai/mistral-nemo-12b-instruct", "nvidia/cosmos-vision",
      "nvidia/nv-embed-v1", "nvidia/nv-rerank-qa-mistral-4b");

  private static ModelRegistry registry;

  @BeforeAll
  static void load() {
    registry = ModelRegistry.builder().addClassPathCatalogs().autoCreate(false).build();
  }

  private static ModelDefinition model(String id) {
    return registry.find(id).orElseThrow(() -> new AssertionError("missing " + id));
  }

  @Test
  void registry_holdsEveryPromisedModelAndNothingElse() {
    List<String> missing = new ArrayList<>();
    for (String id : PROMISED) {
      if (registry.find(id).map(ModelDefinition::id).filter(id::equals).isEmpty()) {
        missing.add(id);
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(PROMISED.size(), registry.size());
  }

  @Test
  void everyModel_passesEveryRuleWithoutWarnings() {
    Map<String, List<Problem>> problems = new TreeMap<>();
    for (ModelDefinition model : registry.all()) {
      List<Problem> found = ModelRules.check(model);
      if (!found.isEmpty()) {
        problems.put(model.id(), found);
      }
    }
    assertEquals(Map.of(), problems);
  }

  @Test
  void replacements_nameModelsInTheCatalog() {
    int deprecated = 0;
    for (ModelDefinition model : registry.all()) {
      if (model.deprecated()) {
        deprecated++;
        String replacement = model.replacement().orElseThrow(() -> new AssertionError(model.id()));
        assertEquals(replacement, model(replacement).id(), model.id() + " names an unknown replacement");
        assertFalse(model(replacement).deprecated(), model.id() + " is replaced by a deprecated model");
      }
    }
    assertTrue(deprecated >= 5, "gpt-4-32k, gpt-3.5-turbo-16k, o1-preview, claude-3-sonnet, claude-2.1");
  }

  @Test
  void aliases_resolveShortFormsAndSnapshots() {
    assertEquals("gpt-4o", model("gpt-4o-2024-08-06").id());
    assertEquals("claude-3-5-sonnet-20241022", model("claude-3-5-sonnet-latest").id());
    assertEquals("mistralai/Mixtral-8x7B-Instruct-v0.1", model("mixtral-8x7b").id());
    assertEquals("deepseek-ai/DeepSeek-R1", model("deepseek-reasoner").id());
    assertEquals("deepseek-ai/DeepSeek-V3", model("deepseek-chat").id());
    assertEquals("meta-llama/Meta-Llama-3-8B-Instruct", model("meta-llama/Llama-3-8B-Instruct").id());
  }

  @Test
  void singlePurposeModels_doExactlyTheirOneThing() {
    Map<String, Capability> only = Map.of(
        "dall-e-3", Capability.IMAGE_GENERATION,
        "dall-e-2", Capability.IMAGE_GENERATION,
        "tts-1", Capability.SPEECH,
        "tts-1-hd", Capability.SPEECH,
        "whisper-1", Capability.TRANSCRIPTION,
        "nvidia/nv-rerank-qa-mistral-4b", Capability.RERANKING,
        "text-moderation-latest", Capability.CONTENT_MODERATION,
        "text-moderation-stable", Capability.CONTENT_MODERATION);
    only.forEach((id, capability) -> assertEquals(Capabilities.of(capability), model(id).capabilities(), id));
  }

  @Test
  void embeddingsModels_neverChat() {
    List<String> embedders = registry.listModelIds(ModelQuery.builder().require(Capability.EMBEDDINGS).build());
    assertEquals(List.of("nvidia/nv-embed-v1", "text-embedding-3-large", "text-embedding-3-small",
        "text-embedding-ada-002"), embedders.stream().sorted().toList());
    for (String id : embedders) {
      assertFalse(model(id).has(Capability.CHAT), id);
      assertFalse(model(id).has(Capability.COMPLETION), id);
    }
  }

  @Test
  void moeModels_areExactlyThePublishedMixtures() {
    List<String> moe = registry.listModelIds(ModelQuery.builder().require(Capability.MOE).build());
    assertEquals(List.of("deepseek-ai/DeepSeek-R1", "deepseek-ai/DeepSeek-V3", "deepseek-coder",
        "mistralai/Mixtral-8x22B-Instruct-v0.1", "mistralai/Mixtral-8x7B-Instruct-v0.1", "openai/gpt-oss-120b",
        "openai/gpt-oss-20b"), moe.stream().sorted().toList());
  }

  @Test
  void tinyLlama_isOwnedByItsProjectThoughListedWithOpenAi() {
    ModelDefinition tiny = model("TinyLlama/TinyLlama-1.1B-Chat-v1.0");
    assertEquals("tinyllama", tiny.ownedBy());
    assertEquals("openai", tiny.provider().orElseThrow());
    assertFalse(tiny.has(Capability.TOOL_CALLING));
  }
}
