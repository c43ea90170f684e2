package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.Model;

@Model(
    id = "meta-llama/Llama-3.1-8B-Instruct",
    name = "Llama 3.1 8B Instruct",
    ownedBy = "meta-llama",
    preset = CapabilityPreset.CHAT,
    contextWindow = 131_072,
    trainingCutoff = "2023-12",
    license = "llama3.1")
final class Llama31_8bInstruct {}
