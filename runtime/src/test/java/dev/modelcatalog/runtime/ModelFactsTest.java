package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.RequestParameter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Model facts on the definition: defaults, derivations, statements and the rules that check them. */
class ModelFactsTest {

  private static ModelDefinition.Builder chat() {
    return ModelDefinition.builder("acme/chat").contextWindow(128_000);
  }

  /** The codes and fields of the errors the rules find in the changed builder, as "code@field". */
  private static List<String> errors(UnaryOperator<ModelDefinition.Builder> change) {
    return ModelRulesTest.codesAtFields(ModelRules.errorsOnly(change.apply(chat()).problems()));
  }

  // ----------------------------------------------------------------------------------------------- defaults

  @Test
  void facts_notStated_areEmptyOrDerived() {
    ModelDefinition model = chat().build();
    assertEquals(ModelArchitecture.NONE, model.architecture());
    assertEquals(OptionalLong.empty(), model.parameters());
    assertEquals(ArchitectureFamily.TRANSFORMER, model.architectureFamily());
    assertEquals(ModelStatus.ACTIVE, model.status());
    assertEquals(Optional.empty(), model.statedStatus());
    assertEquals(Optional.empty(), model.releaseDate());
    assertFalse(model.openWeights());
    assertEquals(128_000, model.maxInputTokens());
    assertEquals(Optional.empty(), model.statedInputModalities());
    assertEquals(Optional.empty(), model.statedSupportedParameters());
  }

  @Test
  void parameters_withMoeOnly_areTheMoeTotalAndFamilyIsMoe() {
    assertEquals(OptionalLong.of(46_700_000_000L), Fixtures.MIXTRAL.parameters());
    assertEquals(ArchitectureFamily.MOE, Fixtures.MIXTRAL.architectureFamily());
  }

  @Test
  void supportedParameters_derived_followCapabilities() {
    assertEquals(Set.of(RequestParameter.MAX_TOKENS, RequestParameter.STOP, RequestParameter.SEED,
        RequestParameter.STREAM, RequestParameter.TOOLS, RequestParameter.TOOL_CHOICE,
        RequestParameter.RESPONSE_FORMAT, RequestParameter.REASONING_EFFORT), Fixtures.O1.supportedParameters());
    assertEquals(Set.of(RequestParameter.DIMENSIONS, RequestParameter.ENCODING_FORMAT),
        Fixtures.EMBEDDING.supportedParameters());
    assertEquals(Set.of(), Fixtures.DALL_E_3.supportedParameters());
  }

  @Test
  void supportedFeatures_areTheJsonNamesOfTheDerivation() {
    assertEquals(List.of("dimensions", "encoding_format"),
        CapabilityReport.supportedFeatures(Fixtures.EMBEDDING.capabilities()));
    assertEquals(List.of("max_tokens", "stop", "seed", "stream", "tools", "tool_choice", "response_format",
        "reasoning_effort"), CapabilityReport.supportedFeatures(Fixtures.O1.capabilities()));
  }

  // ------------------------------------------------------------------------------------------- statements

  @Test
  void statedSupportedParameters_replaceTheDerivation_andReachTheReport() {
    ModelDefinition model = chat().supportedParameters(RequestParameter.MAX_TOKENS, RequestParameter.TOOLS).build();
    assertEquals(Set.of(RequestParameter.MAX_TOKENS, RequestParameter.TOOLS), model.supportedParameters());
    assertEquals(List.of("max_tokens", "tools"), CapabilityReport.of(model).supportedFeatures());
  }

  @Test
  void statedModalities_replaceTheDerivation_andDriveTheQueryPredicates() {
    ModelDefinition model = ModelDefinition.builder("acme/vision").preset(CapabilityPreset.VISION)
        .contextWindow(8_000).inputModalities(Modality.TEXT, Modality.IMAGE, Modality.PDF).build();
    assertEquals(Set.of(Modality.TEXT, Modality.IMAGE, Modality.PDF), model.inputModalities());
    assertTrue(Modality.PDF.isInputOf(model)); // no "pdf" tag needed once stated
    assertEquals(Set.of(Modality.TEXT, Modality.IMAGE), Modality.derivedInputs(model.capabilities(), model.tags()));
  }

  @Test
  void statement_equalToTheDerivation_isKeptAsNone() {
    ModelDefinition stated = chat().inputModalities(Modality.TEXT).outputModalities(Modality.TEXT)
        .status(ModelStatus.ACTIVE).architectureFamily(ArchitectureFamily.TRANSFORMER).build();
    assertEquals(chat().build(), stated);
    assertEquals(Optional.empty(), stated.statedInputModalities());
    assertEquals(Optional.empty(), stated.statedStatus());
  }

  @Test
  void status_deprecatedOrRetired_makesTheModelDeprecated() {
    ModelDefinition retired = chat().status(ModelStatus.RETIRED).replacement("acme/chat-2").build();
    assertTrue(retired.deprecated());
    assertEquals(ModelStatus.RETIRED, retired.status());
    ModelDefinition deprecated = chat().status(ModelStatus.DEPRECATED).build();
    assertEquals(chat().deprecated(true).build(), deprecated);
  }

  @Test
  void toBuilder_keepsEveryFact() {
    ModelDefinition model = chat().parameters(8_030_000_000L).numLayers(32).hiddenSize(4096).numHeads(32)
        .status(ModelStatus.BETA).releaseDate("2024-07-23").lastUpdated("2024-08-01").openWeights(true)
        .paperUrl("https://arxiv.org/abs/2407.21783").docsUrl("https://llama.meta.com/docs")
        .maxInputTokens(100_000).supportedParameters(RequestParameter.MAX_TOKENS)
        .pricing(Pricing.builder().inputPerMillion(1).reasoningPerMillion(2).perRequest(0.01)
            .longContextThreshold(64_000).longContextInputPerMillion(2).build())
        .build();
    assertEquals(model, model.toBuilder().build());
    assertEquals(OptionalLong.of(8_030_000_000L), model.parameters());
    assertEquals(100_000, model.maxInputTokens());
    assertEquals(ModelStatus.BETA, ModelStatus.of(model));
  }

  // ------------------------------------------------------------------------------------------------ rules

  @Test
  void architecture_negativeNumbers_areErrorsOnEachField() {
    assertEquals(List.of("fact-not-positive@parameters", "fact-not-positive@numLayers",
        "fact-not-positive@hiddenSize", "fact-not-positive@numHeads"),
        errors(b -> b.parameters(-1).numLayers(-2).hiddenSize(-3).numHeads(-4)));
  }

  @Test
  void architecture_headsNotDividingHiddenSize_isError() {
    assertEquals(List.of("architecture-heads-not-divisor@numHeads"), errors(b -> b.hiddenSize(4096).numHeads(48)));
    assertEquals(List.of(), errors(b -> b.hiddenSize(4096).numHeads(32)));
  }

  @Test
  void architecture_parametersDifferFromMoeTotal_isError() {
    MoEConfig moe = MoEConfig.sparse(100, 10, 8, 2);
    assertEquals(List.of("architecture-parameters-mismatch@parameters"), errors(b -> b.moe(moe).parameters(99)));
    assertEquals(List.of(), errors(b -> b.moe(moe).parameters(100)));
  }

  @Test
  void architecture_familyContradictsMoe_isError() {
    assertEquals(List.of("architecture-family-mismatch@architecture"),
        errors(b -> b.architectureFamily(ArchitectureFamily.MOE)));
    assertEquals(List.of("architecture-family-mismatch@architecture"),
        errors(b -> b.moe(MoEConfig.sparse(100, 10, 8, 2)).architectureFamily(ArchitectureFamily.SSM)));
    assertEquals(List.of(), errors(b -> b.moe(MoEConfig.sparse(100, 10, 8, 2))
        .architectureFamily(ArchitectureFamily.HYBRID)));
  }

  @Test
  void modalities_statedWithoutCapability_isError() {
    assertEquals(List.of("modality-without-capability@modalities.output"),
        errors(b -> b.outputModalities(Modality.TEXT, Modality.IMAGE)));
    assertEquals(List.of("modality-without-capability@modalities.input"),
        errors(b -> b.inputModalities(Modality.TEXT, Modality.AUDIO)));
    assertEquals(List.of(), errors(b -> b.capability(Capability.IMAGE_GENERATION, true)
        .outputModalities(Modality.TEXT, Modality.IMAGE)));
    assertEquals(List.of(), errors(b -> b.outputModalities(Modality.TEXT, Modality.VIDEO)));
  }

  @Test
  void supportedParameters_withoutCapability_isError() {
    assertEquals(List.of("parameter-without-capability@supportedParameters"),
        errors(b -> b.supportedParameters(RequestParameter.MAX_TOKENS, RequestParameter.REASONING_EFFORT)));
    assertEquals(List.of(), errors(b -> b.supportedParameters(RequestParameter.MAX_TOKENS, RequestParameter.TOOLS)));
  }

  @Test
  void lifecycle_badDates_areErrors() {
    assertEquals(List.of("date-format@releaseDate", "date-format@lastUpdated"),
        errors(b -> b.releaseDate("2024-02-30").lastUpdated("July 2024")));
    assertEquals(List.of("date-before-release@lastUpdated"),
        errors(b -> b.releaseDate("2024-07-23").lastUpdated("2024-07-22")));
    assertEquals(List.of("date-before-release@deprecationDate"),
        errors(b -> b.releaseDate("2024-07-23").deprecationDate("2024-01-01")));
  }

  @Test
  void lifecycle_retiredWithoutReplacement_isError() {
    assertEquals(List.of("retired-without-replacement@status"), errors(b -> b.status(ModelStatus.RETIRED)));
    assertEquals(List.of(), errors(b -> b.status(ModelStatus.RETIRED).replacement("acme/chat-2")));
  }

  @Test
  void lifecycle_activeStatusOnDeprecatedModel_isError() {
    assertEquals(List.of("status-contradicts-deprecated@status"),
        errors(b -> b.deprecated(true).replacement("acme/chat-2").status(ModelStatus.BETA)));
  }

  @Test
  void lifecycle_urlsThatAreNotHttp_areErrors() {
    assertEquals(List.of("url-invalid@paperUrl", "url-invalid@docsUrl"),
        errors(b -> b.paperUrl("ftp://example.com/paper.pdf").docsUrl("example.com/docs")));
    assertEquals(List.of(), errors(b -> b.paperUrl("https://arxiv.org/abs/2407.21783").docsUrl("http://a.b/c")));
  }

  @Test
  void limits_areChecked() {
    assertEquals(List.of("fact-not-positive@maxInputTokens"), errors(b -> b.maxInputTokens(-1)));
    assertEquals(List.of("max-input-exceeds-context@maxInputTokens"), errors(b -> b.maxInputTokens(200_000)));
    assertEquals(List.of("limit-without-modality@maxImagesPerRequest"), errors(b -> b.maxImagesPerRequest(10)));
    assertEquals(List.of("limit-without-modality@maxAudioSecondsPerRequest"),
        errors(b -> b.maxAudioSecondsPerRequest(60)));
    assertEquals(List.of(), errors(b -> b.preset(CapabilityPreset.MULTIMODAL).maxImagesPerRequest(10)
        .maxAudioSecondsPerRequest(60)));
  }

  @Test
  void pricing_newPrices_areChecked() {
    assertEquals(List.of("price-negative@pricing.reasoningPerMillion", "price-not-finite@pricing.perRequest"),
        errors(b -> b.pricing(Pricing.builder().reasoningPerMillion(-1).perRequest(Double.NaN).build())));
    assertEquals(List.of("long-context-without-threshold@pricing.longContextInputPerMillion"),
        errors(b -> b.pricing(Pricing.builder().longContextInputPerMillion(5).build())));
    assertEquals(List.of("long-context-without-price@pricing.longContextThreshold"),
        errors(b -> b.pricing(Pricing.builder().longContextThreshold(1000).build())));
    assertEquals(List.of("long-context-threshold-invalid@pricing.longContextThreshold"),
        errors(b -> b.pricing(Pricing.builder().longContextThreshold(128_000).longContextOutputPerMillion(5).build())));
  }
}
