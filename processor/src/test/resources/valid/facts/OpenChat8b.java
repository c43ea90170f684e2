package test.facts;

import dev.modelcatalog.annotations.Architecture;
import dev.modelcatalog.annotations.Lifecycle;
import dev.modelcatalog.annotations.LifecycleStatus;
import dev.modelcatalog.annotations.Model;

@Model(id = "acme/open-chat-8b", contextWindow = 131_072, license = "llama3.1")
@Architecture(parameters = 8_030_000_000L, numLayers = 32, hiddenSize = 4096, numHeads = 32)
@Lifecycle(status = LifecycleStatus.BETA, releaseDate = "2024-07-23", lastUpdated = "2024-09-25",
    openWeights = true, paperUrl = "https://arxiv.org/abs/2407.21783")
final class OpenChat8b {}
