package dev.modelcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;

import com.google.testing.compile.Compilation;
import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.annotations.RequestParameter;
import dev.modelcatalog.runtime.Modality;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelStatus;
import dev.modelcatalog.runtime.Pricing;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Model facts through the processor: golden generated code, the definitions it rebuilds, and one negative test
 * per rule, each pinned to the file and the line of the attribute at fault.
 */
class ModelFactsProcessorTest {

  private static final String[] FACTS = {"package-info.java", "OpenChat8b.java", "OmniPro.java"};
  private static final JavaFileObject PROVIDER = provider("test.acme", "acme");

  private static JavaFileObject stub(String simpleName, String... annotationLines) {
    return Compilations.stub("test.acme", simpleName, annotationLines);
  }

  /** Compiles the stub with the provider and expects exactly one error with this code on the line. */
  private static void assertSingleError(String code, String line, JavaFileObject stub) {
    Compilation c = Compilations.compile(List.of(PROVIDER, stub));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[" + code + "]").inFile(stub).onLineContaining(line);
  }

  // ------------------------------------------------------------------------------------------- generation

  @Test
  void facts_matchGoldenFiles() throws IOException {
    Compilation compilation = Compilations.compile(Compilations.resources("valid/facts", FACTS));
    assertThat(compilation).succeededWithoutWarnings();
    ModelGenerationTest.assertGolden("facts", compilation);
  }

  @Test
  void facts_areRebuiltByTheGeneratedCatalog() throws ReflectiveOperationException {
    Compilation compilation = Compilations.compile(Compilations.resources("valid/facts", FACTS));
    ModelCatalog catalog = CatalogBehaviourTest.load(compilation, Compilations.classLoader(compilation),
        "test.facts.AcmeCatalog");
    ModelDefinition omni = catalog.model(0);
    assertThat(omni.id()).isEqualTo("acme/omni-pro");
    assertThat(omni.architectureFamily()).isEqualTo(ArchitectureFamily.HYBRID);
    assertThat(omni.parameters().getAsLong()).isEqualTo(400_000_000_000L);
    assertThat(omni.inputModalities()).containsExactly(Modality.TEXT, Modality.IMAGE, Modality.AUDIO, Modality.PDF);
    assertThat(omni.outputModalities()).containsExactly(Modality.TEXT, Modality.AUDIO); // derived
    assertThat(omni.supportedParameters()).containsExactly(RequestParameter.TEMPERATURE,
        RequestParameter.MAX_TOKENS, RequestParameter.TOOLS, RequestParameter.TOOL_CHOICE);
    assertThat(omni.maxInputTokens()).isEqualTo(1_000_000);
    assertThat(omni.limits().maxAudioSecondsPerRequest()).isEqualTo(34_200);
    Pricing pricing = omni.pricing().orElseThrow();
    assertThat(pricing.longContextThreshold()).isEqualTo(200_000);
    assertThat(pricing.longContextOutputPerMillion().getAsDouble()).isEqualTo(15.0);
    assertThat(pricing.perRequest().getAsDouble()).isEqualTo(0.005);
    ModelDefinition open = catalog.model(1);
    assertThat(open.status()).isEqualTo(ModelStatus.BETA);
    assertThat(open.openWeights()).isTrue();
    assertThat(open.releaseDate()).hasValue("2024-07-23");
    assertThat(open.architecture().numHeads()).isEqualTo(32);
    assertThat(open.paperUrl()).hasValue("https://arxiv.org/abs/2407.21783");
  }

  // ---------------------------------------------------------------------------------------- architecture

  @Test
  void architecture_negativeHeads_isErrorOnNumHeads() {
    assertSingleError("fact-not-positive", "numHeads = -8", stub("Neg",
        "@Model(id = \"neg\", contextWindow = 8192)",
        "@Architecture(parameters = 7_000_000_000L,",
        "    numHeads = -8)"));
  }

  @Test
  void architecture_headsNotDividingHiddenSize_isErrorOnNumHeads() {
    assertSingleError("architecture-heads-not-divisor", "numHeads = 48", stub("Heads",
        "@Model(id = \"heads\", contextWindow = 8192)",
        "@Architecture(hiddenSize = 4096,",
        "    numHeads = 48)"));
  }

  @Test
  void architecture_parametersDifferFromMoeTotal_isErrorOnParameters() {
    assertSingleError("architecture-parameters-mismatch", "parameters = 47", stub("Mismatch",
        "@Model(id = \"mismatch\", contextWindow = 8192)",
        "@MoE(totalParams = 46, activeParams = 12, numExperts = 8, expertsPerToken = 2)",
        "@Architecture(",
        "    parameters = 47)"));
  }

  @Test
  void architecture_moeFamilyWithoutMoe_isErrorOnFamily() {
    assertSingleError("architecture-family-mismatch", "family = ArchitectureFamily.MOE", stub("Family",
        "@Model(id = \"family\", contextWindow = 8192)",
        "@Architecture(parameters = 7,",
        "    family = ArchitectureFamily.MOE)"));
  }

  // ------------------------------------------------------------------------- modalities and parameters

  @Test
  void modalities_imageOutputWithoutImageGeneration_isErrorOnOutput() {
    assertSingleError("modality-without-capability", "output = {Modality.TEXT, Modality.IMAGE}", stub("Painter",
        "@Model(id = \"painter\", contextWindow = 8192)",
        "@Modalities(",
        "    output = {Modality.TEXT, Modality.IMAGE})"));
  }

  @Test
  void modalities_audioInputWithoutCapability_isErrorOnInput() {
    assertSingleError("modality-without-capability", "input = Modality.AUDIO", stub("Listener",
        "@Model(id = \"listener\", contextWindow = 8192)",
        "@Modalities(output = Modality.TEXT,",
        "    input = Modality.AUDIO)"));
  }

  @Test
  void supportedParameters_reasoningEffortWithoutReasoning_isErrorOnValue() {
    // Reported on the array value, which starts on the annotation's line.
    assertSingleError("parameter-without-capability", "RequestParameter.REASONING_EFFORT", stub("Effort",
        "@Model(id = \"effort\",",
        "    contextWindow = 8192)",
        "@SupportedParameters({RequestParameter.MAX_TOKENS, RequestParameter.REASONING_EFFORT})"));
  }

  // ------------------------------------------------------------------------------------------ lifecycle

  @Test
  void lifecycle_impossibleReleaseDate_isErrorOnReleaseDate() {
    assertSingleError("date-format", "releaseDate = \"2024-02-30\"", stub("BadDate",
        "@Model(id = \"bad-date\", contextWindow = 8192)",
        "@Lifecycle(openWeights = true,",
        "    releaseDate = \"2024-02-30\")"));
  }

  @Test
  void lifecycle_lastUpdatedBeforeRelease_isErrorOnLastUpdated() {
    assertSingleError("date-before-release", "lastUpdated = \"2024-01-01\"", stub("Early",
        "@Model(id = \"early\", contextWindow = 8192)",
        "@Lifecycle(releaseDate = \"2024-07-23\",",
        "    lastUpdated = \"2024-01-01\")"));
  }

  @Test
  void lifecycle_deprecationBeforeRelease_isErrorOnDeprecationDate() {
    assertSingleError("date-before-release", "deprecationDate = \"2023-12-31\"", stub("Gone",
        "@Model(id = \"gone\", contextWindow = 8192, replacement = \"other\", deprecated = true,",
        "    deprecationDate = \"2023-12-31\")",
        "@Lifecycle(releaseDate = \"2024-07-23\")"));
  }

  @Test
  void lifecycle_retiredWithoutReplacement_isErrorOnStatus() {
    assertSingleError("retired-without-replacement", "status = LifecycleStatus.RETIRED", stub("Retired",
        "@Model(id = \"retired\", contextWindow = 8192)",
        "@Lifecycle(releaseDate = \"2023-01-01\",",
        "    status = LifecycleStatus.RETIRED)"));
  }

  @Test
  void lifecycle_activeStatusOnDeprecatedModel_isErrorOnStatus() {
    assertSingleError("status-contradicts-deprecated", "status = LifecycleStatus.ACTIVE", stub("Contradiction",
        "@Model(id = \"contradiction\", contextWindow = 8192, deprecated = true, replacement = \"other\")",
        "@Lifecycle(releaseDate = \"2023-01-01\",",
        "    status = LifecycleStatus.ACTIVE)"));
  }

  @Test
  void lifecycle_urlWithoutHttp_isErrorOnThatUrl() {
    assertSingleError("url-invalid", "docsUrl = \"docs.acme.example\"", stub("Docs",
        "@Model(id = \"docs\", contextWindow = 8192)",
        "@Lifecycle(paperUrl = \"https://arxiv.org/abs/1\",",
        "    docsUrl = \"docs.acme.example\")"));
  }

  @Test
  void lifecycle_withoutModel_isError() {
    JavaFileObject stub = stub("Orphan", "@Lifecycle(releaseDate = \"2024-01-01\")");
    Compilation c = Compilations.compile(List.of(PROVIDER, stub));
    assertThat(c).hadErrorContaining("[annotation-without-model] @Lifecycle on Orphan").inFile(stub)
        .onLineContaining("@Lifecycle");
  }

  // --------------------------------------------------------------------------------------------- limits

  @Test
  void limits_inputAboveContext_isErrorOnMaxInputTokens() {
    assertSingleError("max-input-exceeds-context", "maxInputTokens = 9000", stub("Input",
        "@Model(id = \"input\", contextWindow = 8192)",
        "@Limits(",
        "    maxInputTokens = 9000)"));
  }

  @Test
  void limits_imagesWithoutImageInput_isErrorOnMaxImages() {
    assertSingleError("limit-without-modality", "maxImagesPerRequest = 10", stub("Images",
        "@Model(id = \"images\", contextWindow = 8192)",
        "@Limits(maxInputTokens = 4000,",
        "    maxImagesPerRequest = 10)"));
  }

  // -------------------------------------------------------------------------------------------- pricing

  @Test
  void pricing_negativeReasoningPrice_isErrorOnIt() {
    assertSingleError("price-negative", "reasoningPerMillion = -1.0", stub("Reasoning",
        "@Model(id = \"reasoning\", contextWindow = 8192)",
        "@Pricing(inputPerMillion = 1.0,",
        "    reasoningPerMillion = -1.0)"));
  }

  @Test
  void pricing_longContextPriceWithoutThreshold_isErrorOnThePrice() {
    assertSingleError("long-context-without-threshold", "longContextInputPerMillion = 2.0", stub("Tier",
        "@Model(id = \"tier\", contextWindow = 8192)",
        "@Pricing(inputPerMillion = 1.0,",
        "    longContextInputPerMillion = 2.0)"));
  }

  @Test
  void pricing_thresholdWithoutPrice_isErrorOnThreshold() {
    assertSingleError("long-context-without-price", "longContextThreshold = 4096", stub("Threshold",
        "@Model(id = \"threshold\", contextWindow = 8192)",
        "@Pricing(inputPerMillion = 1.0,",
        "    longContextThreshold = 4096)"));
  }

  @Test
  void pricing_thresholdAtContextWindow_isErrorOnThreshold() {
    assertSingleError("long-context-threshold-invalid", "longContextThreshold = 8192", stub("Never",
        "@Model(id = \"never\", contextWindow = 8192)",
        "@Pricing(inputPerMillion = 1.0, longContextOutputPerMillion = 2.0,",
        "    longContextThreshold = 8192)"));
  }
}
