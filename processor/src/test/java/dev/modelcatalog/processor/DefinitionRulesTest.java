package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the runtime's {@code ModelRules}, through the processor: each invalid definition fails the
 * compilation with exactly one error (or compiles with one warning), carrying the rule's code, the field, the
 * value found, on the line of the attribute at fault.
 */
class DefinitionRulesTest {

  private static final JavaFileObject PROVIDER = provider("test.acme", "acme");

  /** Compiles one stub named {@code Bad}; expects exactly one error, with this message, on this line. */
  private static void assertError(String message, String line, String... stubLines) {
    JavaFileObject stub = Compilations.stub("test.acme", "Bad", stubLines);
    Compilation c = Compilations.compile(List.of(PROVIDER, stub));
    assertThat(c).hadErrorContaining(message).inFile(stub).onLineContaining(line);
    assertThat(c).hadErrorCount(1);
  }

  /** Compiles one stub named {@code Odd}; expects success with exactly one warning, with this message and line. */
  private static void assertWarning(String message, String line, String... stubLines) {
    JavaFileObject stub = Compilations.stub("test.acme", "Odd", stubLines);
    Compilation c = Compilations.compile(List.of(PROVIDER, stub));
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining(message).inFile(stub).onLineContaining(line);
    assertThat(c).hadWarningCount(1);
  }

  // ------------------------------------------------------------------------------------------------- ids

  @Test
  void id_blank_isError() {
    assertError("[id-blank] id: is blank; give the id the provider's API accepts", "id = \"\"",
        "@Model(contextWindow = 1,", "    id = \"\")");
  }

  @Test
  void id_overLong_isErrorNamingTheLimit() {
    String id = "a".repeat(257);
    assertError("[id-too-long] id: is 257 characters long; at most 256 are allowed", "id = \"aaaa",
        "@Model(contextWindow = 1,", "    id = \"" + id + "\")");
  }

  @Test
  void id_whitespace_isError() {
    assertError("[id-whitespace] id: 'has space' contains whitespace or a control character at index 3",
        "has space", "@Model(contextWindow = 1,", "    id = \"has space\")");
  }

  @Test
  void id_characterOutsideTheSet_isError() {
    assertError("[id-invalid-char] id: 'gpt#4' contains '#' at index 3; allowed are ASCII letters, digits and"
        + " -_.:/@+", "gpt#4", "@Model(contextWindow = 1,", "    id = \"gpt#4\")");
  }

  @Test
  void id_withoutANameAfterItsLastSlash_isError() {
    assertError("[id-without-name] id: 'openai/' has no letter or digit after its last '/'", "openai/",
        "@Model(contextWindow = 1,", "    id = \"openai/\")");
  }

  @Test
  void alias_withoutANameAfterItsLastSlash_isErrorOnTheAlias() {
    assertError("[id-without-name] aliases[1]: 'openai/gpt-4o/' has no letter or digit", "\"openai/gpt-4o/\"})",
        "@Model(id = \"m\", contextWindow = 1, aliases = {\"m-1\",", "    \"openai/gpt-4o/\"})");
  }

  @Test
  void id_nonAscii_isError() {
    assertError("[id-invalid-char] id: 'modèle' contains 'è' at index 3", "modèle",
        "@Model(contextWindow = 1,", "    id = \"modèle\")");
  }

  @Test
  void alias_repeated_isErrorOnTheRepeat() {
    assertError("[alias-repeated] aliases[1]: 'dup' is listed twice", "\"dup\"})",
        "@Model(id = \"m\", contextWindow = 1, aliases = {\"dup\",", "    \"dup\"})");
  }

  @Test
  void reference_toItself_isError() {
    assertError("[self-reference] parent: names the model itself ('m')", "parent = \"m\"",
        "@Model(id = \"m\", contextWindow = 1,", "    parent = \"m\")");
  }

  @Test
  void reference_withWhitespace_isErrorOnIt() {
    assertError("[id-whitespace] replacement: 'new model' contains whitespace", "new model",
        "@Model(id = \"m\", contextWindow = 1,", "    replacement = \"new model\")");
  }

  // ---------------------------------------------------------------------------------------------- limits

  @Test
  void maxOutputTokens_negative_isError() {
    assertError("[max-output-not-positive] maxOutputTokens: is -1; state a token count of at least 1",
        "maxOutputTokens = -1", "@Model(id = \"m\", contextWindow = 8192,", "    maxOutputTokens = -1)");
  }

  @Test
  void maxOutputTokens_aboveContextWindow_isError() {
    assertError("[max-output-exceeds-context] maxOutputTokens: is 200, above the context window of 100",
        "maxOutputTokens = 200", "@Model(id = \"m\", contextWindow = 100,", "    maxOutputTokens = 200)");
  }

  @Test
  void contextWindow_negative_isError() {
    assertError("[context-window-not-positive] contextWindow: is -1; the context window is a token count",
        "contextWindow = -1", "@Model(id = \"m\",", "    contextWindow = -1)");
  }

  // ------------------------------------------------------------------------------------------------- MoE

  @Test
  void moeCapability_withoutConfig_isError() {
    assertError("[moe-capability-without-config] capabilities.moe: is true but the model declares no @MoE",
        "moe = true", "@Model(id = \"m\", contextWindow = 1)", "@Capabilities(moe = true)");
  }

  @Test
  void moe_totalParamsZero_isError() {
    assertError("[moe-total-params-not-positive] moe.totalParams: is 0", "totalParams = 0",
        "@Model(id = \"m\", contextWindow = 1)", "@MoE(activeParams = 1, numExperts = 8, expertsPerToken = 2,",
        "    totalParams = 0)");
  }

  @Test
  void moe_activeParamsNegative_isError() {
    assertError("[moe-active-params-not-positive] moe.activeParams: is -1", "activeParams = -1",
        "@Model(id = \"m\", contextWindow = 1)", "@MoE(totalParams = 10, numExperts = 8, expertsPerToken = 2,",
        "    activeParams = -1)");
  }

  @Test
  void moe_noExperts_isError() {
    assertError("[moe-experts-not-positive] moe.numExperts: is 0", "numExperts = 0",
        "@Model(id = \"m\", contextWindow = 1)", "@MoE(totalParams = 10, activeParams = 2, expertsPerToken = 2,",
        "    numExperts = 0)");
  }

  @Test
  void moe_noExpertsPerToken_isError() {
    assertError("[moe-experts-per-token-not-positive] moe.expertsPerToken: is 0", "expertsPerToken = 0",
        "@Model(id = \"m\", contextWindow = 1)", "@MoE(totalParams = 10, activeParams = 2, numExperts = 8,",
        "    expertsPerToken = 0)");
  }

  @Test
  void moe_moreExpertsPerTokenThanExperts_isError() {
    assertError("[moe-experts-per-token-exceeds-experts] moe.expertsPerToken: is 4, above numExperts 2",
        "expertsPerToken = 4", "@Model(id = \"m\", contextWindow = 1)",
        "@MoE(totalParams = 10, activeParams = 2, numExperts = 2,", "    expertsPerToken = 4)");
  }

  @Test
  void moe_activeAboveTotal_isError() {
    assertError("[moe-active-exceeds-total] moe.activeParams: is 20, above totalParams 10", "activeParams = 20",
        "@Model(id = \"m\", contextWindow = 1)", "@MoE(totalParams = 10, numExperts = 8, expertsPerToken = 2,",
        "    activeParams = 20)");
  }

  // --------------------------------------------------------------------------------------------- latency

  @Test
  void latency_nanMean_isError() {
    assertError("[latency-not-finite] latency.ttftMean: is NaN; give a finite number of seconds",
        "ttftMean = Double.NaN", "@Model(id = \"m\", contextWindow = 1)", "@Latency(", "    ttftMean = Double.NaN)");
  }

  @Test
  void latency_negativeDeviation_isError() {
    assertError("[latency-negative] latency.itlStd: is -0.1 seconds; durations are at least 0",
        "itlStd = -0.1", "@Model(id = \"m\", contextWindow = 1)", "@Latency(", "    itlStd = -0.1)");
  }

  @Test
  void latency_zeroMeanOnGeneratingModel_isError() {
    assertError("[latency-zero-mean] latency.itlMean: is 0 on a model that generates tokens", "itlMean = 0",
        "@Model(id = \"m\", contextWindow = 1)", "@Latency(", "    itlMean = 0)");
  }

  @Test
  void latency_infiniteMultiplier_isError() {
    assertError("[latency-multiplier-not-finite] latency.vision: is Infinity", "vision = Double.POSITIVE_INFINITY",
        "@Model(id = \"m\", contextWindow = 1)", "@Latency(", "    vision = Double.POSITIVE_INFINITY)");
  }

  @Test
  void latency_multiplierBelowOne_isError() {
    assertError("[latency-multiplier-below-one] latency.audio: is 0.5; multipliers slow a request down",
        "audio = 0.5", "@Model(id = \"m\", contextWindow = 1)", "@Latency(", "    audio = 0.5)");
  }

  // --------------------------------------------------------------------------------------------- pricing

  @Test
  void pricing_infinitePrice_isError() {
    assertError("[price-not-finite] pricing.outputPerMillion: is Infinity; prices are finite",
        "outputPerMillion = Double.POSITIVE_INFINITY", "@Model(id = \"m\", contextWindow = 1)",
        "@Pricing(inputPerMillion = 1.0,", "    outputPerMillion = Double.POSITIVE_INFINITY)");
  }

  @Test
  void pricing_nanPrice_isError() {
    assertError("[price-not-finite] pricing.perImage: is NaN", "perImage = 0.0 / 0.0",
        "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.VISION)",
        "@Pricing(inputPerMillion = 1.0,", "    perImage = 0.0 / 0.0)");
  }

  @Test
  void pricing_negativePrice_isError() {
    assertError("[price-negative] pricing.cachedInputPerMillion: is -0.5; prices are at least 0",
        "cachedInputPerMillion = -0.5", "@Model(id = \"m\", contextWindow = 1)",
        "@Pricing(inputPerMillion = 1.0,", "    cachedInputPerMillion = -0.5)");
  }

  @Test
  void pricing_lowerCaseCurrency_isError() {
    assertError("[currency-invalid] pricing.currency: is 'usd'; give an ISO 4217 code", "currency = \"usd\"",
        "@Model(id = \"m\", contextWindow = 1)", "@Pricing(inputPerMillion = 1.0,", "    currency = \"usd\")");
  }

  @Test
  void pricing_cachedAboveInput_isWarning() {
    assertWarning("[cached-price-above-input] pricing.cachedInputPerMillion: is 3.0, above the uncached input"
        + " price 1.0", "cachedInputPerMillion = 3.0", "@Model(id = \"m\", contextWindow = 1)",
        "@Pricing(inputPerMillion = 1.0,", "    cachedInputPerMillion = 3.0)");
  }

  @Test
  void pricing_perImageOnTextOnlyModel_isWarning() {
    assertWarning("[price-without-capability] pricing.perImage: is 0.04 but the model neither generates images"
        + " nor takes them", "perImage = 0.04", "@Model(id = \"m\", contextWindow = 1)",
        "@Pricing(inputPerMillion = 1.0,", "    perImage = 0.04)");
  }

  // ---------------------------------------------------------------------------------------- capabilities

  @Test
  void capabilities_none_isError() {
    assertError("[no-capabilities] capabilities: the model can do nothing", "@Capabilities(",
        "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.MODERATION)",
        "@Capabilities(", "    contentModeration = false)");
  }

  @Test
  void capabilities_noTask_isError() {
    assertError("[no-task] capabilities: the model has capabilities [streaming, temperature, logprobs] but none"
        + " of the tasks", "@Capabilities(completion = false)",
        "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.BASE)",
        "@Capabilities(completion = false)");
  }

  @Test
  void capabilities_embeddingsThatChat_isError() {
    assertError("[embeddings-with-chat] capabilities.chat: is true on an embeddings model", "chat = true",
        "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.EMBEDDINGS)",
        "@Capabilities(", "    chat = true)");
  }

  @Test
  void capabilities_embeddingsThatStream_isError() {
    assertError("[streaming-without-output] capabilities.streaming: is true but the model only has [embeddings]",
        "streaming = true", "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.EMBEDDINGS)",
        "@Capabilities(", "    streaming = true)");
  }

  @Test
  void capabilities_twoSinglePurposeTasks_isError() {
    assertError("[conflicting-tasks] capabilities.reranking: is true next to embeddings", "reranking = true",
        "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.EMBEDDINGS)",
        "@Capabilities(", "    reranking = true)");
  }

  @Test
  void capabilities_reasoningWithoutGeneration_isError() {
    assertError("[reasoning-without-generation] capabilities.reasoning: is true but the model neither chats",
        "reasoning = true", "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.EMBEDDINGS)",
        "@Capabilities(", "    reasoning = true)");
  }

  @Test
  void capabilities_moderationWithTools_isError() {
    assertError("[moderation-with-tools] capabilities.toolCalling: is true on a content-moderation model",
        "toolCalling = true", "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.MODERATION)",
        "@Capabilities(", "    toolCalling = true)");
  }

  @Test
  void capabilities_generationFeatureWithoutGeneration_isError() {
    assertError("[feature-without-generation] capabilities.jsonMode: is true but the model neither chats nor"
        + " completes", "jsonMode = true",
        "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.EMBEDDINGS)",
        "@Capabilities(", "    jsonMode = true)");
  }

  @Test
  void capabilities_parallelToolsWithoutTools_isError() {
    assertError("[parallel-tools-without-tools] capabilities.parallelToolCalls: is true but toolCalling is false",
        "parallelToolCalls = true", "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.BASE)",
        "@Capabilities(", "    parallelToolCalls = true)");
  }

  /** A capability the preset sets, not @Capabilities, is reported on the preset: that is where it comes from. */
  @Test
  void capabilities_parallelToolsOfThePreset_withToolsTurnedOff_isErrorOnThePreset() {
    assertError("[parallel-tools-without-tools] capabilities.parallelToolCalls: is true but toolCalling is false",
        "preset = CapabilityPreset.CHAT", "@Model(id = \"m\", contextWindow = 1,",
        "    preset = CapabilityPreset.CHAT)",
        "@Capabilities(",
        "    toolCalling = false)");
  }

  /** The same without a written preset (CHAT by default): on @Model, which then chose it. */
  @Test
  void capabilities_parallelToolsOfTheDefaultPreset_withToolsTurnedOff_isErrorOnModel() {
    assertError("[parallel-tools-without-tools] capabilities.parallelToolCalls: is true but toolCalling is false",
        "@Model(id", "@Model(id = \"m\",",
        "    contextWindow = 1)",
        "@Capabilities(",
        "    toolCalling = false)");
  }

  @Test
  void capabilities_visionOnTextOnlyPreset_isError() {
    assertError("[vision-forbidden-by-preset] capabilities.vision: is true on a model with preset BASE",
        "vision = true", "@Model(id = \"m\", contextWindow = 1, preset = CapabilityPreset.BASE)",
        "@Capabilities(", "    vision = true)");
  }

  // --------------------------------------------------------------------------------------------- dates

  @Test
  void trainingCutoff_notYearMonth_isError() {
    assertError("[training-cutoff-format] trainingCutoff: is '2023-13'; write year and month as YYYY-MM",
        "trainingCutoff = \"2023-13\"", "@Model(id = \"m\", contextWindow = 1,", "    trainingCutoff = \"2023-13\")");
  }

  @Test
  void deprecationDate_notIsoDate_isError() {
    assertError("[date-format] deprecationDate: is '2025/06/30'; write the date as YYYY-MM-DD", "2025/06/30",
        "@Model(id = \"m\", contextWindow = 1,", "    deprecationDate = \"2025/06/30\")");
  }

  @Test
  void created_before2015_isError() {
    assertError("[created-too-early] created: is 1000000; creation times are epoch seconds from 2015-01-01",
        "created = 1_000_000", "@Model(id = \"m\", contextWindow = 1,", "    created = 1_000_000)");
  }

  @Test
  void created_inMilliseconds_isInTheFutureWithAHint() {
    assertError("[created-in-future] created: is 1715558400000, after now", "created = 1_715_558_400_000L",
        "@Model(id = \"m\", contextWindow = 1,", "    created = 1_715_558_400_000L)");
    assertError("(milliseconds? divide by 1000)", "created = 1_715_558_400_000L",
        "@Model(id = \"m\", contextWindow = 1,", "    created = 1_715_558_400_000L)");
  }

  @Test
  void created_inTheFuture_isError() {
    assertError("[created-in-future] created: is 9223372036854775807, after now", "created = Long.MAX_VALUE",
        "@Model(id = \"m\", contextWindow = 1,", "    created = Long.MAX_VALUE)");
  }

  @Test
  void created_negative_isTooEarly() {
    assertError("[created-too-early] created: is -1;", "created = -1",
        "@Model(id = \"m\", contextWindow = 1,", "    created = -1)");
  }

  @Test
  void trainingCutoff_afterCreation_isError() {
    assertError("[training-cutoff-after-created] trainingCutoff: is '2024-06', after the month the model was"
        + " created (2024-05", "trainingCutoff = \"2024-06\"", "@Model(id = \"m\", contextWindow = 1,",
        "    created = 1715558400,", "    trainingCutoff = \"2024-06\")");
  }

  @Test
  void deprecationDate_beforeCreation_isError() {
    assertError("[deprecated-before-created] deprecationDate: is '2024-01-31', before the model was created",
        "deprecationDate = \"2024-01-31\"", "@Model(id = \"m\", contextWindow = 1,", "    created = 1715558400,",
        "    deprecationDate = \"2024-01-31\")");
  }

  @Test
  void deprecated_withoutReplacement_isWarning() {
    assertWarning("[deprecated-without-replacement] deprecated: the model is deprecated but names no replacement",
        "deprecated = true", "@Model(id = \"m\", contextWindow = 1,", "    deprecated = true)");
  }

  @Test
  void tag_blank_isError() {
    assertError("[tag-blank] tags[1]: is blank; give a word such as \"long-context\", or leave the tag out", "\" \"",
        "@Model(id = \"m\", contextWindow = 1, tags = {\"fast\",", "    \" \"})");
  }

  @Test
  void tag_withSpaceAndUpperCase_isWarning() {
    assertWarning("[tag-format] tags[1]: is 'Long Context'; tags are lower case without spaces", "\"Long Context\"",
        "@Model(id = \"m\", contextWindow = 1, tags = {\"fast\",", "    \"Long Context\"})");
  }
}
