package test.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.Model;

/** Exercises the attributes the other stubs leave out. */
@Model(
    id = "gpt-3.5-turbo",
    name = "GPT-3.5 Turbo",
    ownedBy = "openai-internal",
    description = "Fast, inexpensive model for simple tasks.",
    version = "0125",
    contextWindow = 16_385,
    maxOutputTokens = 4096,
    trainingCutoff = "2021-09",
    tags = {"legacy", "chat"},
    aliases = {"gpt-3.5-turbo-0125", "gpt35"},
    deprecated = true,
    deprecationDate = "2025-06-30",
    replacement = "gpt-4o")
@Capabilities(fineTunable = true, parallelToolCalls = false)
@Latency(ttftMean = 0.25, itlMean = 0.02)
final class Gpt35Turbo {}
