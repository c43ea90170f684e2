package test.facts;

import dev.modelcatalog.annotations.Architecture;
import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Limits;
import dev.modelcatalog.annotations.Modalities;
import dev.modelcatalog.annotations.Modality;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;
import dev.modelcatalog.annotations.RequestParameter;
import dev.modelcatalog.annotations.SupportedParameters;

@Model(id = "acme/omni-pro", preset = CapabilityPreset.MULTIMODAL, contextWindow = 1_048_576,
    maxOutputTokens = 65_536)
@MoE(totalParams = 400_000_000_000L, activeParams = 17_000_000_000L, numExperts = 128, expertsPerToken = 1)
@Architecture(family = ArchitectureFamily.HYBRID)
@Modalities(input = {Modality.TEXT, Modality.IMAGE, Modality.AUDIO, Modality.PDF})
@SupportedParameters({RequestParameter.TEMPERATURE, RequestParameter.MAX_TOKENS, RequestParameter.TOOLS,
    RequestParameter.TOOL_CHOICE})
@Limits(maxInputTokens = 1_000_000, maxImagesPerRequest = 3000, maxAudioSecondsPerRequest = 34_200)
@Pricing(inputPerMillion = 1.25, outputPerMillion = 10.00, reasoningPerMillion = 12.00,
    audioInputPerMillion = 40.00, audioOutputPerMillion = 80.00, perRequest = 0.005,
    longContextThreshold = 200_000, longContextInputPerMillion = 2.50, longContextOutputPerMillion = 15.00)
final class OmniPro {}
