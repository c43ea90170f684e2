package dev.modelcatalog.processor;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Presets;
import dev.modelcatalog.runtime.Pricing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One generated stub: the attribute values the author "wrote", rendered both as Java source and as the
 * equivalent {@link ModelDefinition.Builder} calls, so the processor's verdict can be compared with the runtime's.
 * Only written attributes appear in the source; unwritten ones take the annotation defaults, which the builder
 * mirrors by not being called (or, for defaults that are values, by the same value).
 */
final class RandomStub {

  final String simpleName;
  final String id;
  final Map<String, Object> model = new LinkedHashMap<>();
  final CapabilityPreset preset;
  /** Written {@code @Capabilities} attributes, or null when the annotation is absent. */
  Map<Capability, Boolean> capabilities;
  /** {@code @MoE}: totalParams, activeParams, numExperts, expertsPerToken; null when absent. */
  long[] moe;
  MoEArchitecture architecture;
  /** {@code @Latency} written attributes (doubles) and preset, or null when absent. */
  Map<String, Double> latency;
  LatencyPreset latencyPreset;
  /** {@code @Pricing} written attributes, or null when absent. */
  Map<String, Object> pricing;

  RandomStub(String simpleName, String id, CapabilityPreset preset) {
    this.simpleName = simpleName;
    this.id = id;
    this.preset = preset;
  }

  /** The stub as a Java source file in {@code packageName}. */
  String source(String packageName) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(packageName).append(";\n");
    out.append("import dev.modelcatalog.annotations.*;\n");
    out.append("@Model(id = ").append(literal(id)).append(", preset = CapabilityPreset.").append(preset.name());
    model.forEach((name, value) -> out.append(",\n    ").append(name).append(" = ").append(literal(value)));
    out.append(")\n");
    if (capabilities != null) {
      List<String> written = new ArrayList<>();
      capabilities.forEach((c, v) -> written.add(c.attribute() + " = " + v));
      out.append("@Capabilities(").append(String.join(", ", written)).append(")\n");
    }
    if (moe != null) {
      out.append("@MoE(totalParams = ").append(literal(moe[0])).append(", activeParams = ").append(literal(moe[1]))
          .append(", numExperts = ").append(literal((int) moe[2])).append(", expertsPerToken = ")
          .append(literal((int) moe[3])).append(", architecture = MoEArchitecture.").append(architecture.name())
          .append(")\n");
    }
    if (latency != null) {
      out.append("@Latency(preset = LatencyPreset.").append(latencyPreset.name());
      latency.forEach((name, value) -> out.append(", ").append(name).append(" = ").append(literal(value)));
      out.append(")\n");
    }
    if (pricing != null) {
      List<String> written = new ArrayList<>();
      pricing.forEach((name, value) -> written.add(name + " = " + literal(value)));
      out.append("@Pricing(").append(String.join(", ", written)).append(")\n");
    }
    out.append("final class ").append(simpleName).append(" {}\n");
    return out.toString();
  }

  /** The same values through the runtime's builder, as the processor's documented mapping says. */
  ModelDefinition.Builder builder(String providerId) {
    ModelDefinition.Builder b = ModelDefinition.builder(id).provider(providerId).preset(preset)
        .name(string("name")).ownedBy(string("ownedBy")).description(string("description"))
        .version(string("version")).trainingCutoff(string("trainingCutoff")).baseModel(string("baseModel"))
        .parent(string("parent")).root(string("root")).deprecationDate(string("deprecationDate"))
        .replacement(string("replacement")).license(string("license"))
        .created((Long) model.getOrDefault("created", 0L))
        .contextWindow((Integer) model.get("contextWindow"))
        .deprecated((Boolean) model.getOrDefault("deprecated", false))
        .tags(strings("tags")).aliases(strings("aliases"));
    int maxOutput = (Integer) model.getOrDefault("maxOutputTokens", 0);
    if (maxOutput != 0) {
      b.maxOutputTokens(maxOutput);
    }
    if (capabilities != null) {
      capabilities.forEach(b::capability);
    }
    if (moe != null) {
      b.moe(new MoEConfig(moe[0], moe[1], (int) moe[2], (int) moe[3], architecture));
    }
    if (latency != null) {
      LatencyProfile p = Presets.latency(latencyPreset);
      b.latency(new LatencyProfile(latency.getOrDefault("ttftMean", p.ttftMean()),
          latency.getOrDefault("ttftStd", p.ttftStd()), latency.getOrDefault("itlMean", p.itlMean()),
          latency.getOrDefault("itlStd", p.itlStd()), latency.getOrDefault("vision", p.visionMultiplier()),
          latency.getOrDefault("audio", p.audioMultiplier()), latency.getOrDefault("video", p.videoMultiplier()),
          latency.getOrDefault("reasoning", p.reasoningMultiplier()),
          latency.getOrDefault("toolCalling", p.toolCallingMultiplier())));
    }
    if (pricing != null) {
      Pricing.Builder p = Pricing.builder()
          .inputPerMillion((Double) pricing.getOrDefault("inputPerMillion", 0.0))
          .outputPerMillion((Double) pricing.getOrDefault("outputPerMillion", 0.0))
          .currency((String) pricing.getOrDefault("currency", "USD"));
      for (String optional : List.of("cachedInputPerMillion", "cacheWritePerMillion", "perImage", "audioPerMinute")) {
        if (pricing.containsKey(optional)) {
          double value = (Double) pricing.get(optional);
          switch (optional) {
            case "cachedInputPerMillion" -> p.cachedInputPerMillion(value);
            case "cacheWritePerMillion" -> p.cacheWritePerMillion(value);
            case "perImage" -> p.perImage(value);
            default -> p.audioPerMinute(value);
          }
        }
      }
      b.pricing(p.build());
    }
    return b;
  }

  /** Whether the stub writes {@code moe = false} next to {@code @MoE} (a processor-only rule). */
  boolean contradictsMoe() {
    return moe != null && capabilities != null && Boolean.FALSE.equals(capabilities.get(Capability.MOE));
  }

  /** Every id and alias as written. */
  List<String> names() {
    List<String> names = new ArrayList<>(strings("aliases"));
    names.add(id);
    return names;
  }

  /** The reference attributes written with a non-empty value. */
  Map<String, String> references() {
    Map<String, String> references = new LinkedHashMap<>();
    for (String attribute : List.of("baseModel", "parent", "root", "replacement")) {
      String value = string(attribute);
      if (!value.isEmpty()) {
        references.put(attribute, value);
      }
    }
    return references;
  }

  private String string(String attribute) {
    return (String) model.getOrDefault(attribute, "");
  }

  @SuppressWarnings("unchecked")
  private List<String> strings(String attribute) {
    return (List<String>) model.getOrDefault(attribute, List.of());
  }

  // --------------------------------------------------------------------------------------- Java literals

  static String literal(Object value) {
    if (value instanceof String s) {
      return stringLiteral(s);
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(literal(item)));
      return "{" + String.join(", ", items) + "}";
    }
    if (value instanceof Long l) {
      return l == Long.MAX_VALUE ? "Long.MAX_VALUE" : l == Long.MIN_VALUE ? "Long.MIN_VALUE" : l + "L";
    }
    if (value instanceof Double d) {
      if (d.isNaN()) {
        return "Double.NaN";
      }
      if (d.isInfinite()) {
        return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
      }
      return Double.toString(d);
    }
    return String.valueOf(value);
  }

  /** A string literal: quotes, backslashes and control characters escaped (octal, never unicode escapes). */
  private static String stringLiteral(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Attribute names of {@code @Latency} that hold doubles. */
  static final List<String> LATENCY_ATTRIBUTES = List.of("ttftMean", "ttftStd", "itlMean", "itlStd", "vision",
      "audio", "video", "reasoning", "toolCalling");
}
