package test.openai;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;

@Model(
    id = "openai/gpt-oss-120b",
    preset = CapabilityPreset.REASONING,
    contextWindow = 131_072,
    maxOutputTokens = 32_768,
    license = "apache-2.0")
@MoE(totalParams = 117_000_000_000L, activeParams = 5_100_000_000L, numExperts = 128, expertsPerToken = 4)
@Latency(preset = LatencyPreset.LARGE)
@Pricing(inputPerMillion = 0.15, outputPerMillion = 0.60)
final class GptOss120b {}
