package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.source;
import static dev.modelcatalog.processor.Compilations.stub;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A catalog that uses every feature the rules look at, each in a legal way, compiles without a single warning:
 * the rules do not fire on what they should allow.
 */
class ValidCatalogTest {

  @Test
  void richValidCatalog_compilesWithoutWarnings() {
    Compilation c = Compilations.compile(List.of(
        provider("test.acme", "acme"),
        stub("test.acme", "Flagship",
            "@Model(id = \"acme-flagship\", name = \"Acme Flagship\", created = 1715558400,",
            "    preset = CapabilityPreset.MULTIMODAL, contextWindow = 128_000, maxOutputTokens = 16_384,",
            "    trainingCutoff = \"2023-10\", tags = {\"flagship\", \"long-context\"},",
            "    aliases = {\"acme-flagship-2024-05-13\", \"acme-fs\"}, license = \"proprietary\")",
            "@Capabilities(predictedOutputs = true, promptCaching = true)",
            "@Latency(preset = LatencyPreset.LARGE, ttftMean = 0.8)",
            "@Pricing(inputPerMillion = 2.50, outputPerMillion = 10.00, cachedInputPerMillion = 1.25,",
            "    cacheWritePerMillion = 3.00, perImage = 0.003, audioPerMinute = 0.06)"),
        stub("test.acme", "Tuned",
            "@Model(id = \"ft:acme-flagship:team:v1\", baseModel = \"acme-flagship\", parent = \"acme-fs\",",
            "    root = \"acme-flagship\", contextWindow = 128_000, preset = CapabilityPreset.VISION)"),
        stub("test.acme", "Legacy",
            "@Model(id = \"acme-legacy\", created = 1700000000, deprecated = true,",
            "    deprecationDate = \"2025-06-30\", replacement = \"acme-flagship\", contextWindow = 8192,",
            "    preset = CapabilityPreset.BASE)"),
        stub("test.acme", "Mixture",
            "@Model(id = \"acme-moe\", preset = CapabilityPreset.REASONING, contextWindow = 131_072)",
            "@MoE(totalParams = 117_000_000_000L, activeParams = 5_100_000_000L, numExperts = 128,",
            "    expertsPerToken = 4)",
            "@Capabilities(moe = true, vision = true)"),
        stub("test.acme", "Embed",
            "@Model(id = \"acme-embed\", preset = CapabilityPreset.EMBEDDINGS, contextWindow = 8191)",
            "@Capabilities(vision = true)",
            "@Pricing(inputPerMillion = 0.02, perImage = 0.0001)"),
        stub("test.acme", "Guard",
            "@Model(id = \"acme-guard\", preset = CapabilityPreset.MODERATION, contextWindow = 32_768)",
            "@Capabilities(vision = true)"),
        stub("test.acme", "Voice",
            "@Model(id = \"acme-voice\", preset = CapabilityPreset.MODERATION, contextWindow = 2000)",
            "@Capabilities(contentModeration = false, speech = true, streaming = true)",
            "@Pricing(audioPerMinute = 0.015)"),
        stub("test.acme", "Ears",
            "@Model(id = \"acme-ears\", preset = CapabilityPreset.MODERATION, contextWindow = 2000)",
            "@Capabilities(contentModeration = false, transcription = true, streaming = true, temperature = true,",
            "    logprobs = true)"),
        stub("test.acme", "Painter",
            "@Model(id = \"acme-painter\", preset = CapabilityPreset.MODERATION, contextWindow = 4000)",
            "@Capabilities(contentModeration = false, imageGeneration = true, vision = true, streaming = true)",
            "@Pricing(perImage = 0.04)"),
        stub("test.acme", "Ranker",
            "@Model(id = \"acme-rerank\", preset = CapabilityPreset.MODERATION, contextWindow = 4096)",
            "@Capabilities(contentModeration = false, reranking = true)"),
        source("test.acme.Family", "package test.acme;", "import dev.modelcatalog.annotations.Model;",
            "final class Family {",
            "  @Model(id = \"acme-mini\", contextWindow = 16_384) static final class Mini {}",
            "}")));
    assertThat(c).succeededWithoutWarnings();
  }
}
