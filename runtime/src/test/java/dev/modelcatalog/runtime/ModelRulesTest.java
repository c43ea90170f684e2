package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The capability, pricing and date-order rules, one definition each, checked without a compiler. */
class ModelRulesTest {

  private static ModelDefinition.Builder model(CapabilityPreset preset) {
    return ModelDefinition.builder("m").contextWindow(8192).preset(preset);
  }

  /** Each problem of the builder's definition as {@code code@field}, in rule order. */
  static List<String> problems(ModelDefinition.Builder builder) {
    return codesAtFields(builder.problems());
  }

  /** The problems as {@code code@field}, in their order: what the rule tests compare. */
  static List<String> codesAtFields(List<Problem> problems) {
    return problems.stream().map(p -> p.code() + "@" + p.field()).toList();
  }

  @Test
  void everyPreset_isConsistentOnItsOwn() {
    for (CapabilityPreset preset : CapabilityPreset.values()) {
      assertEquals(List.of(), problems(model(preset)), preset.name());
    }
  }

  @Test
  void idOrAlias_withoutANameAfterTheLastSlash_isIdWithoutName() {
    // An empty normalized form would make the model the answer to every query whose form is empty too.
    assertEquals(List.of("id-without-name@id"), problems(ModelDefinition.builder("openai/").contextWindow(10)));
    assertEquals(List.of("id-without-name@aliases[0]"),
        problems(ModelDefinition.builder("gpt-4o").contextWindow(10).aliases("openai/gpt-4o/")));
    assertEquals(List.of("id-without-name@id"), problems(ModelDefinition.builder("--").contextWindow(10)));
    assertEquals(List.of(), problems(ModelDefinition.builder("openai/gpt-4o").contextWindow(10)));
  }

  @Test
  void deprecationDate_ofTheRightShapeButNoDay_isDateFormat() {
    ModelDefinition.Builder b = ModelDefinition.builder("m").contextWindow(10).deprecated(true).replacement("n")
        .deprecationDate("2024-02-30");
    assertEquals(List.of("date-format@deprecationDate"), problems(b));
  }

  @Test
  void capabilities_featuresWithoutTask_isOneNoTaskError() {
    ModelDefinition.Builder b = model(CapabilityPreset.BASE).capability(Capability.COMPLETION, false);
    assertEquals(List.of("no-task@capabilities"), problems(b));
  }

  @Test
  void capabilities_embeddingsWithStreaming_isStreamingWithoutOutput() {
    ModelDefinition.Builder b = model(CapabilityPreset.EMBEDDINGS).capability(Capability.STREAMING, true);
    assertEquals(List.of("streaming-without-output@capabilities.streaming"), problems(b));
  }

  @Test
  void capabilities_streamingSpeech_isAllowed() {
    ModelDefinition.Builder b = model(CapabilityPreset.MODERATION).capability(Capability.CONTENT_MODERATION, false)
        .capability(Capability.SPEECH, true).capability(Capability.STREAMING, true);
    assertEquals(List.of(), problems(b));
  }

  @Test
  void capabilities_embeddingsWithCompletion_isEmbeddingsWithChat() {
    ModelDefinition.Builder b = model(CapabilityPreset.EMBEDDINGS).capability(Capability.COMPLETION, true);
    assertEquals(List.of("embeddings-with-chat@capabilities.completion"), problems(b));
  }

  @Test
  void capabilities_twoSinglePurposeTasks_isConflictOnTheSecond() {
    ModelDefinition.Builder b = model(CapabilityPreset.EMBEDDINGS).capability(Capability.RERANKING, true);
    assertEquals(List.of("conflicting-tasks@capabilities.reranking"), problems(b));
  }

  @Test
  void capabilities_moderationWithTools_isOneError() {
    ModelDefinition.Builder b = model(CapabilityPreset.MODERATION).capability(Capability.TOOL_CALLING, true);
    assertEquals(List.of("moderation-with-tools@capabilities.toolCalling"), problems(b));
  }

  @Test
  void capabilities_chatModelThatModeratesWithTools_isError() {
    ModelDefinition.Builder b = model(CapabilityPreset.CHAT).capability(Capability.CONTENT_MODERATION, true);
    assertEquals(List.of("moderation-with-tools@capabilities.toolCalling"), problems(b));
  }

  @Test
  void capabilities_visionOnBasePreset_isForbidden() {
    ModelDefinition.Builder b = model(CapabilityPreset.BASE).capability(Capability.VISION, true);
    assertEquals(List.of("vision-forbidden-by-preset@capabilities.vision"), problems(b));
  }

  @Test
  void capabilities_visionOnEmbeddings_isAllowedForMultimodalEmbeddings() {
    assertEquals(List.of(), problems(model(CapabilityPreset.EMBEDDINGS).capability(Capability.VISION, true)));
  }

  @Test
  void capabilities_predictedOutputsOnEmbeddings_isFeatureWithoutGeneration() {
    ModelDefinition.Builder b = model(CapabilityPreset.EMBEDDINGS).capability(Capability.PREDICTED_OUTPUTS, true);
    assertEquals(List.of("feature-without-generation@capabilities.predictedOutputs"), problems(b));
  }

  @Test
  void pricing_perImageOnTextModel_isWarning() {
    ModelDefinition.Builder b = model(CapabilityPreset.CHAT)
        .pricing(Pricing.builder().inputPerMillion(1).outputPerMillion(2).perImage(0.04).build());
    List<Problem> problems = b.problems();
    assertEquals(List.of("price-without-capability@pricing.perImage"), problems(b));
    assertTrue(!problems.get(0).isError());
    b.build(); // a warning does not fail the build
  }

  @Test
  void pricing_audioMinuteOnTranscriber_isAllowed() {
    ModelDefinition.Builder b = model(CapabilityPreset.MODERATION).capability(Capability.CONTENT_MODERATION, false)
        .capability(Capability.TRANSCRIPTION, true)
        .pricing(Pricing.builder().audioPerMinute(0.006).build());
    assertEquals(List.of(), problems(b));
  }

  @Test
  void dates_cutoffAfterCreation_isError() {
    ModelDefinition.Builder b = model(CapabilityPreset.CHAT).created(1715558400L).trainingCutoff("2024-06");
    assertEquals(List.of("training-cutoff-after-created@trainingCutoff"), problems(b));
    assertEquals(List.of(), problems(model(CapabilityPreset.CHAT).created(1715558400L).trainingCutoff("2024-05")));
  }

  @Test
  void dates_deprecatedBeforeCreation_isError() {
    ModelDefinition.Builder b = model(CapabilityPreset.CHAT).created(1715558400L).deprecated(true)
        .replacement("n").deprecationDate("2024-05-12");
    assertEquals(List.of("deprecated-before-created@deprecationDate"), problems(b));
  }

  @Test
  void dates_createdFarInTheFuture_isReportedOnce() {
    ModelDefinition.Builder b = model(CapabilityPreset.CHAT).created(Long.MAX_VALUE).trainingCutoff("2024-01");
    assertEquals(List.of("created-in-future@created"), problems(b));
  }
}
