package dev.modelcatalog.processor.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.Presets;
import dev.modelcatalog.runtime.Pricing;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a complete definition (this project's own export) as a stub that compiles back to an equal definition:
 * {@code @Model} with every stated attribute, {@code @Capabilities} for what differs from the definition's own
 * preset, {@code @MoE}, {@code @Latency} from the closest latency preset, {@code @Pricing} with every stated
 * price, {@code @Route} per route when routes are on, and {@code @SuppressWarnings} for the rule warnings the
 * report explains. Attributes equal to the annotation's default are left out, so a stub states only what
 * differs, as a person would write it.
 */
final class DefinitionStubWriter {

  private static final String ANNOTATIONS = "dev.modelcatalog.annotations";
  private static final ClassName MODEL = ClassName.get(ANNOTATIONS, "Model");
  private static final ClassName CAPABILITIES = ClassName.get(ANNOTATIONS, "Capabilities");
  private static final ClassName MOE = ClassName.get(ANNOTATIONS, "MoE");
  private static final ClassName LATENCY = ClassName.get(ANNOTATIONS, "Latency");
  private static final ClassName PRICING = ClassName.get(ANNOTATIONS, "Pricing");
  private static final ClassName CAPABILITY_PRESET = ClassName.get(CapabilityPreset.class);
  private static final ClassName LATENCY_PRESET = ClassName.get(LatencyPreset.class);
  private static final ClassName MOE_ARCHITECTURE = ClassName.get(MoEArchitecture.class);

  private DefinitionStubWriter() {}

  /**
   * The stub of one model.
   *
   * @param provider the {@code @Provider} id of the stub's package; {@code ownedBy} is written when it differs
   * @param routes the model's routes, written only when {@code writeRoutes}
   * @param suppressed processor warning codes to silence, each explained by one of {@code lines}
   * @param lines the report's lines about this model, repeated in the Javadoc
   */
  static GeneratedSource write(String packageName, String className, String provider, ModelDefinition model,
      String format, List<RouteRecord> routes, boolean writeRoutes, Set<String> suppressed,
      List<ReportLine> lines) {
    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.FINAL)
        .addJavadoc(javadoc(model, format, routes, writeRoutes, lines))
        .addAnnotation(model(model, provider));
    capabilities(model).ifPresent(type::addAnnotation);
    model.moe().ifPresent(moe -> type.addAnnotation(moe(moe)));
    latency(model.latency()).ifPresent(type::addAnnotation);
    model.pricing().ifPresent(pricing -> type.addAnnotation(pricing(pricing)));
    if (writeRoutes) {
      for (RouteRecord route : routes) {
        type.addAnnotation(RouteWriter.annotationAsIs(route));
      }
    }
    return StubWriter.finish(packageName, className, type, suppressed);
  }

  private static AnnotationSpec model(ModelDefinition m, String provider) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(MODEL).addMember("id", "$S", m.id());
    if (!m.name().equals(m.id())) {
      spec.addMember("name", "$S", m.name());
    }
    if (!m.ownedBy().equals(provider)) {
      spec.addMember("ownedBy", "$S", m.ownedBy());
    }
    if (m.created() != 0) {
      spec.addMember("created", "$LL", m.created());
    }
    m.description().ifPresent(v -> spec.addMember("description", "$S", v));
    m.version().ifPresent(v -> spec.addMember("version", "$S", v));
    spec.addMember("contextWindow", "$L", Literals.tokens(m.contextWindow()));
    // An unstated output limit is the context window, so stating it only when it differs gives the same value.
    if (m.maxOutputTokens() != m.contextWindow()) {
      spec.addMember("maxOutputTokens", "$L", Literals.tokens(m.maxOutputTokens()));
    }
    m.trainingCutoff().ifPresent(v -> spec.addMember("trainingCutoff", "$S", v));
    m.tags().forEach(tag -> spec.addMember("tags", "$S", tag));
    m.aliases().forEach(alias -> spec.addMember("aliases", "$S", alias));
    m.baseModel().ifPresent(v -> spec.addMember("baseModel", "$S", v));
    m.parent().ifPresent(v -> spec.addMember("parent", "$S", v));
    m.root().ifPresent(v -> spec.addMember("root", "$S", v));
    if (m.deprecated()) {
      spec.addMember("deprecated", "true");
    }
    m.deprecationDate().ifPresent(v -> spec.addMember("deprecationDate", "$S", v));
    m.replacement().ifPresent(v -> spec.addMember("replacement", "$S", v));
    m.license().ifPresent(v -> spec.addMember("license", "$S", v));
    if (m.preset() != CapabilityPreset.CHAT) {
      spec.addMember("preset", "$T.$L", CAPABILITY_PRESET, m.preset().name());
    }
    return spec.build();
  }

  /** The flags that differ from the preset (and from the moe flag {@code @MoE} sets), in capability order. */
  private static java.util.Optional<AnnotationSpec> capabilities(ModelDefinition m) {
    Capabilities start = Presets.capabilities(m.preset());
    if (m.moe().isPresent()) {
      start = start.with(Capability.MOE);
    }
    AnnotationSpec.Builder spec = AnnotationSpec.builder(CAPABILITIES);
    boolean any = false;
    for (Capability capability : Capability.values()) {
      if (start.has(capability) != m.has(capability)) {
        spec.addMember(capability.attribute(), "$L", m.has(capability));
        any = true;
      }
    }
    return any ? java.util.Optional.of(spec.build()) : java.util.Optional.empty();
  }

  private static AnnotationSpec moe(MoEConfig moe) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(MOE)
        .addMember("totalParams", "$LL", Literals.grouped(moe.totalParams()))
        .addMember("activeParams", "$LL", Literals.grouped(moe.activeParams()))
        .addMember("numExperts", "$L", moe.numExperts())
        .addMember("expertsPerToken", "$L", moe.expertsPerToken());
    if (moe.architecture() != MoEArchitecture.SPARSE) {
      spec.addMember("architecture", "$T.$L", MOE_ARCHITECTURE, moe.architecture().name());
    }
    return spec.build();
  }

  /**
   * {@code @Latency} from the preset the profile differs from in the fewest values (ties: the preset declared
   * first), stating those values; none when the profile is the default ({@link LatencyPreset#MEDIUM}).
   */
  private static java.util.Optional<AnnotationSpec> latency(LatencyProfile profile) {
    if (profile.equals(Presets.latency(LatencyPreset.MEDIUM))) {
      return java.util.Optional.empty();
    }
    LatencyPreset best = LatencyPreset.MEDIUM;
    int bestCount = Integer.MAX_VALUE;
    for (LatencyPreset preset : LatencyPreset.values()) {
      int count = differences(Presets.latency(preset), profile);
      if (count < bestCount) {
        best = preset;
        bestCount = count;
      }
    }
    LatencyProfile start = Presets.latency(best);
    AnnotationSpec.Builder spec = AnnotationSpec.builder(LATENCY);
    if (best != LatencyPreset.MEDIUM) {
      spec.addMember("preset", "$T.$L", LATENCY_PRESET, best.name());
    }
    double[] from = values(start);
    double[] to = values(profile);
    for (int i = 0; i < LATENCY_ATTRIBUTES.size(); i++) {
      if (Double.compare(from[i], to[i]) != 0) {
        spec.addMember(LATENCY_ATTRIBUTES.get(i), "$L", Literals.price(to[i]));
      }
    }
    return java.util.Optional.of(spec.build());
  }

  /** {@code @Latency}'s attributes, in the order of {@link #values}. */
  private static final List<String> LATENCY_ATTRIBUTES = List.of("ttftMean", "ttftStd", "itlMean", "itlStd",
      "vision", "audio", "video", "reasoning", "toolCalling");

  private static double[] values(LatencyProfile p) {
    return new double[] {p.ttftMean(), p.ttftStd(), p.itlMean(), p.itlStd(), p.visionMultiplier(),
        p.audioMultiplier(), p.videoMultiplier(), p.reasoningMultiplier(), p.toolCallingMultiplier()};
  }

  private static int differences(LatencyProfile a, LatencyProfile b) {
    double[] x = values(a);
    double[] y = values(b);
    int count = 0;
    for (int i = 0; i < x.length; i++) {
      count += Double.compare(x[i], y[i]) != 0 ? 1 : 0;
    }
    return count;
  }

  /** Every stated price; the token prices only when not 0 (their default), the currency only when not USD. */
  private static AnnotationSpec pricing(Pricing pricing) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(PRICING);
    if (pricing.inputPerMillion() != 0) {
      spec.addMember("inputPerMillion", "$L", Literals.price(pricing.inputPerMillion()));
    }
    if (pricing.outputPerMillion() != 0) {
      spec.addMember("outputPerMillion", "$L", Literals.price(pricing.outputPerMillion()));
    }
    optional(spec, "cachedInputPerMillion", pricing.cachedInputPerMillion());
    optional(spec, "cacheWritePerMillion", pricing.cacheWritePerMillion());
    optional(spec, "perImage", pricing.perImage());
    optional(spec, "audioPerMinute", pricing.audioPerMinute());
    if (!pricing.currency().equals("USD")) {
      spec.addMember("currency", "$S", pricing.currency());
    }
    return spec.build();
  }

  // A stated optional price of 0 is written too: the processor tells a written 0 from an unstated one.
  private static void optional(AnnotationSpec.Builder spec, String attribute, OptionalDouble value) {
    value.ifPresent(v -> spec.addMember(attribute, "$L", Literals.price(v)));
  }

  private static CodeBlock javadoc(ModelDefinition m, String format, List<RouteRecord> routes,
      boolean writeRoutes, List<ReportLine> lines) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("$L, imported from the $L: id {@code $L}.\n", Literals.javadoc(m.name()), format,
        Literals.javadocCode(m.id()));
    if (!routes.isEmpty()) {
      doc.add("\n<p>$L route$L$L.\n", routes.size(), routes.size() == 1 ? "" : "s",
          writeRoutes ? " (see the annotations)" : ", listed in the import report");
    }
    if (!lines.isEmpty()) {
      doc.add("\n<p>Not taken as is (see the import report):\n\n<ul>\n");
      for (ReportLine line : lines) {
        doc.add("  <li>$L: $L.</li>\n", Literals.javadoc(line.reason()), Literals.javadoc(line.action()));
      }
      doc.add("</ul>\n");
    }
    return doc.build();
  }
}
