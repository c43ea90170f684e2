package dev.modelcatalog.processor.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.runtime.Capability;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Writes one canonical model as an annotated stub: {@code @Model}, {@code @Capabilities} for what differs from
 * the closest preset, {@code @Pricing} when the source states a cost, {@code @Route} per route when routes are
 * on, and {@code @SuppressWarnings} for each processor warning the report explains. The Javadoc names the source
 * entry and lists the report's lines about it.
 */
final class StubWriter {

  private static final String ANNOTATIONS = "dev.modelcatalog.annotations";
  private static final ClassName MODEL = ClassName.get(ANNOTATIONS, "Model");
  private static final ClassName CAPABILITIES = ClassName.get(ANNOTATIONS, "Capabilities");
  private static final ClassName PRICING = ClassName.get(ANNOTATIONS, "Pricing");
  private static final ClassName PRESET = ClassName.get(CapabilityPreset.class);

  private StubWriter() {}

  static GeneratedSource write(String packageName, String className, ImportedModel model, String format,
      List<RouteRecord> routes, boolean writeRoutes, Set<String> alsoSuppressed) {
    ModelFacts facts = model.canonical();
    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.FINAL)
        .addJavadoc(javadoc(facts, format, routes, writeRoutes))
        .addAnnotation(model(facts, model.owner()));
    PresetChooser.Choice choice = PresetChooser.choose(facts.capabilities());
    if (!choice.overrides().isEmpty()) {
      type.addAnnotation(capabilities(choice.overrides()));
    }
    if (facts.pricing() != null) {
      type.addAnnotation(pricing(facts.pricing()));
    }
    StubFacts.annotations(facts).forEach(type::addAnnotation); // model facts
    if (writeRoutes) {
      for (RouteRecord route : routes) {
        // A platform that is not built in would need a @Platform declaration of its own; such routes stay in
        // the report (category "platform") instead of failing the compilation.
        if (RouteWriter.builtInPlatform(route)) {
          type.addAnnotation(RouteWriter.annotation(route));
        }
      }
    }
    Set<String> suppressed = new TreeSet<>(facts.suppressedWarnings());
    suppressed.addAll(alsoSuppressed);
    return finish(packageName, className, type, suppressed);
  }

  /**
   * Adds {@code @SuppressWarnings} with the codes (sorted, so output is deterministic) when there are any, and
   * writes the source. Shared by both stub writers.
   */
  static GeneratedSource finish(String packageName, String className, TypeSpec.Builder type,
      java.util.Collection<String> suppressed) {
    if (!suppressed.isEmpty()) {
      AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
      for (String code : new TreeSet<>(suppressed)) {
        suppress.addMember("value", "$S", code);
      }
      type.addAnnotation(suppress.build());
    }
    JavaFile file = JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).build();
    return new GeneratedSource(packageName + "." + className, file.toString());
  }

  private static AnnotationSpec model(ModelFacts facts, String owner) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(MODEL).addMember("id", "$S", facts.id());
    if (facts.name() != null && !facts.name().isBlank() && !facts.name().equals(facts.id())) {
      spec.addMember("name", "$S", facts.name());
    }
    if (!owner.equals(facts.provider())) {
      spec.addMember("ownedBy", "$S", owner);
    }
    if (facts.created() != 0) {
      spec.addMember("created", "$LL", facts.created());
    }
    spec.addMember("contextWindow", "$L", Literals.tokens(facts.contextWindow()));
    if (facts.maxOutputTokens() > 0) {
      spec.addMember("maxOutputTokens", "$L", Literals.tokens(facts.maxOutputTokens()));
    }
    if (facts.trainingCutoff() != null) {
      spec.addMember("trainingCutoff", "$S", facts.trainingCutoff());
    }
    for (String tag : facts.tags()) {
      spec.addMember("tags", "$S", tag);
    }
    if (facts.deprecated()) {
      spec.addMember("deprecated", "true");
    }
    PresetChooser.Choice choice = PresetChooser.choose(facts.capabilities());
    if (choice.preset() != CapabilityPreset.CHAT) {
      spec.addMember("preset", "$T.$L", PRESET, choice.preset().name());
    }
    return spec.build();
  }

  private static AnnotationSpec capabilities(Map<Capability, Boolean> overrides) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(CAPABILITIES);
    overrides.forEach((capability, value) -> spec.addMember(capability.attribute(), "$L", value));
    return spec.build();
  }

  private static AnnotationSpec pricing(ModelFacts.Prices prices) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(PRICING)
        .addMember("inputPerMillion", "$L", Literals.price(prices.input()))
        .addMember("outputPerMillion", "$L", Literals.price(prices.output()));
    if (prices.cachedInput() != null) {
      spec.addMember("cachedInputPerMillion", "$L", Literals.price(prices.cachedInput()));
    }
    if (prices.cacheWrite() != null) {
      spec.addMember("cacheWritePerMillion", "$L", Literals.price(prices.cacheWrite()));
    }
    StubFacts.prices(spec, prices); // model facts
    return spec.build();
  }

  private static CodeBlock javadoc(ModelFacts facts, String format, List<RouteRecord> routes,
      boolean writeRoutes) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String name = facts.name() == null ? facts.id() : facts.name();
    doc.add("$L, imported from $L: provider {@code $L}, id {@code $L}.\n", Literals.javadoc(name), format,
        Literals.javadocCode(facts.provider()), Literals.javadocCode(facts.sourceId()));
    if (!routes.isEmpty()) {
      doc.add("\n<p>Also served by $L platform$L$L.\n", routes.size(), routes.size() == 1 ? "" : "s",
          writeRoutes ? " (see the routes)" : ", listed as routes in the import report");
    }
    List<ReportLine> lines = facts.lines();
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
