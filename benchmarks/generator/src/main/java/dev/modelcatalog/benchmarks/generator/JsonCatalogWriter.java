package dev.modelcatalog.benchmarks.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Pricing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes definitions as a JSON array with every value resolved (capabilities listed, latency and prices spelled
 * out): the file a program that keeps its catalog in JSON would ship. Field names are snake case.
 */
public final class JsonCatalogWriter {

  private final ObjectMapper mapper = new ObjectMapper();

  /** Writes the definitions to the file, creating its directory. */
  public void write(List<ModelDefinition> models, Path file) throws IOException {
    ArrayNode array = mapper.createArrayNode();
    for (ModelDefinition model : models) {
      array.add(toJson(model));
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    mapper.writeValue(file.toFile(), array);
  }

  /** One definition as a JSON object. */
  public ObjectNode toJson(ModelDefinition m) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", m.id());
    node.put("name", m.name());
    node.put("owned_by", m.ownedBy());
    m.provider().ifPresent(v -> node.put("provider", v));
    node.put("created", m.created());
    m.description().ifPresent(v -> node.put("description", v));
    m.version().ifPresent(v -> node.put("version", v));
    node.put("context_window", m.contextWindow());
    node.put("max_output_tokens", m.maxOutputTokens());
    m.trainingCutoff().ifPresent(v -> node.put("training_cutoff", v));
    m.tags().forEach(node.putArray("tags")::add);
    m.aliases().forEach(node.putArray("aliases")::add);
    node.put("deprecated", m.deprecated());
    m.deprecationDate().ifPresent(v -> node.put("deprecation_date", v));
    m.replacement().ifPresent(v -> node.put("replacement", v));
    m.license().ifPresent(v -> node.put("license", v));
    node.put("preset", m.preset().name());
    ArrayNode capabilities = node.putArray("capabilities");
    for (Capability capability : m.capabilities()) {
      capabilities.add(capability.jsonName());
    }
    m.moe().ifPresent(moe -> {
      ObjectNode n = node.putObject("moe");
      n.put("total_params", moe.totalParams());
      n.put("active_params", moe.activeParams());
      n.put("num_experts", moe.numExperts());
      n.put("experts_per_token", moe.expertsPerToken());
      n.put("architecture", moe.architecture().name());
    });
    LatencyProfile l = m.latency();
    ObjectNode latency = node.putObject("latency");
    latency.put("ttft_mean", l.ttftMean());
    latency.put("ttft_std", l.ttftStd());
    latency.put("itl_mean", l.itlMean());
    latency.put("itl_std", l.itlStd());
    latency.put("vision_multiplier", l.visionMultiplier());
    latency.put("audio_multiplier", l.audioMultiplier());
    latency.put("video_multiplier", l.videoMultiplier());
    latency.put("reasoning_multiplier", l.reasoningMultiplier());
    latency.put("tool_calling_multiplier", l.toolCallingMultiplier());
    m.pricing().ifPresent(p -> pricing(node.putObject("pricing"), p));
    return node;
  }

  private static void pricing(ObjectNode node, Pricing p) {
    node.put("input_per_million", p.inputPerMillion());
    node.put("output_per_million", p.outputPerMillion());
    p.cachedInputPerMillion().ifPresent(v -> node.put("cached_input_per_million", v));
    p.cacheWritePerMillion().ifPresent(v -> node.put("cache_write_per_million", v));
    node.put("currency", p.currency());
  }
}
