package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.Model;

/**
 * TinyLlama 1.1B Chat: the small open-weights chat model the reference server shipped as its legacy default.
 *
 * <p>It is listed with OpenAI's models because the reference catalog put it there, but it is owned by the
 * TinyLlama project (Apache 2.0): a Llama 2 architecture model with a 2,048-token context and no tool calling. It
 * has no API price.
 */
@Model(
    id = "TinyLlama/TinyLlama-1.1B-Chat-v1.0",
    name = "TinyLlama 1.1B Chat",
    ownedBy = "tinyllama",
    created = 1703980800L,
    description = "Compact 1.1B chat model, a fine-tune of TinyLlama 1.1B.",
    version = "1.0",
    contextWindow = 2048,
    tags = {"chat", "legacy", "small", "open-weights"},
    aliases = "tinyllama-1.1b-chat",
    license = "apache-2.0")
@Capabilities(toolCalling = false, parallelToolCalls = false, jsonMode = false)
@Latency(preset = LatencyPreset.SMALL)
final class TinyLlamaChat {}
