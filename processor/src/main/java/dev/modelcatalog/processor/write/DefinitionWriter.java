package dev.modelcatalog.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.processor.model.ModelSpec;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.MoEConfig;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Presets;
import dev.modelcatalog.runtime.Pricing;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * The method that builds one model's definition: {@code ModelDefinition.builder(id)}, then only the values that
 * differ from the builder's defaults, then {@code buildCompiled()}: this processor has checked the values with
 * {@code ModelRules}, so the definition is built at run time without loading the rules again.
 */
final class DefinitionWriter {

  private DefinitionWriter() {}

  static MethodSpec method(ModelSpec model, String methodName, ClassName catalog) {
    ModelDefinition d = model.definition();
    CodeBlock.Builder code = CodeBlock.builder()
        .add("return $T.builder($T.$N)\n", RuntimeTypes.MODEL_DEFINITION, catalog, model.constantName())
        .indent().indent();
    if (!d.name().equals(d.id())) {
      code.add(".name($L)\n", StringLiterals.of(d.name()));
    }
    if (!d.ownedBy().equals(d.provider().orElse(null))) {
      code.add(".ownedBy($L)\n", StringLiterals.of(d.ownedBy()));
    }
    if (d.created() != 0) {
      code.add(".created($LL)\n", d.created());
    }
    text(code, "description", d.description());
    text(code, "version", d.version());
    code.add(".contextWindow($L)\n", Literals.grouped(d.contextWindow()));
    if (d.maxOutputTokens() != d.contextWindow()) {
      code.add(".maxOutputTokens($L)\n", Literals.grouped(d.maxOutputTokens()));
    }
    text(code, "trainingCutoff", d.trainingCutoff());
    strings(code, "tags", d.tags());
    strings(code, "aliases", d.aliases());
    text(code, "baseModel", d.baseModel());
    text(code, "parent", d.parent());
    text(code, "root", d.root());
    if (d.deprecated()) {
      code.add(".deprecated(true)\n");
    }
    text(code, "deprecationDate", d.deprecationDate());
    text(code, "replacement", d.replacement());
    text(code, "license", d.license());
    if (d.preset() != CapabilityPreset.CHAT) {
      code.add(".preset($T.$N)\n", RuntimeTypes.CAPABILITY_PRESET, d.preset().name());
    }
    code.add(".capabilities($T.ofBits($L)) // $L\n", RuntimeTypes.CAPABILITIES,
        Literals.bits(d.capabilities().bits()), capabilityNames(d));
    d.moe().ifPresent(moe -> code.add(".moe($L)\n", moe(moe)));
    latency(code, d.latency());
    d.pricing().ifPresent(pricing -> code.add(".pricing($L)\n", pricing(pricing)));
    FactsWriter.add(code, d); // model facts
    d.provider().ifPresent(provider -> code.add(".provider($L)\n", StringLiterals.of(provider)));
    code.add(".buildCompiled();\n").unindent().unindent();
    return MethodSpec.methodBuilder(methodName)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(RuntimeTypes.MODEL_DEFINITION)
        .addCode(code.build())
        .build();
  }

  private static void text(CodeBlock.Builder code, String setter, Optional<String> value) {
    value.ifPresent(v -> code.add(".$N($L)\n", setter, StringLiterals.of(v)));
  }

  private static void strings(CodeBlock.Builder code, String setter, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < values.size(); i++) {
      args.add(i == 0 ? "$L" : ", $L", StringLiterals.of(values.get(i)));
    }
    code.add(".$N($L)\n", setter, args.build());
  }

  private static String capabilityNames(ModelDefinition d) {
    StringJoiner names = new StringJoiner(", ");
    for (Capability capability : d.capabilities()) {
      names.add(capability.attribute());
    }
    return names.toString();
  }

  private static CodeBlock moe(MoEConfig moe) {
    return CodeBlock.of("new $T($L, $L, $L, $L, $T.$N)", RuntimeTypes.MOE_CONFIG,
        Literals.groupedLong(moe.totalParams()), Literals.groupedLong(moe.activeParams()),
        Literals.grouped(moe.numExperts()), Literals.grouped(moe.expertsPerToken()),
        RuntimeTypes.MOE_ARCHITECTURE, moe.architecture().name());
  }

  private static void latency(CodeBlock.Builder code, LatencyProfile latency) {
    for (LatencyPreset preset : LatencyPreset.values()) {
      if (Presets.latency(preset).equals(latency)) {
        if (preset != LatencyPreset.MEDIUM) { // the builder's default
          // The preset's numbers, named in a comment: building the definition then loads neither the preset
          // enum nor the table of presets, which a starting server would otherwise read for its first lookup.
          code.add(".latency($T.of($L, $L, $L, $L)) // the $N latency preset\n", RuntimeTypes.LATENCY_PROFILE,
              Literals.decimal(latency.ttftMean()), Literals.decimal(latency.ttftStd()),
              Literals.decimal(latency.itlMean()), Literals.decimal(latency.itlStd()), preset.name());
        }
        return;
      }
    }
    code.add(".latency(new $T($L, $L, $L, $L, $L, $L, $L, $L, $L))\n", RuntimeTypes.LATENCY_PROFILE,
        Literals.decimal(latency.ttftMean()), Literals.decimal(latency.ttftStd()),
        Literals.decimal(latency.itlMean()), Literals.decimal(latency.itlStd()),
        Literals.decimal(latency.visionMultiplier()), Literals.decimal(latency.audioMultiplier()),
        Literals.decimal(latency.videoMultiplier()), Literals.decimal(latency.reasoningMultiplier()),
        Literals.decimal(latency.toolCallingMultiplier()));
  }

  private static CodeBlock pricing(Pricing pricing) {
    if (pricing.equals(Pricing.of(pricing.inputPerMillion(), pricing.outputPerMillion()))) {
      // Token prices in dollars, as most models have: the short form, which also skips the builder at run time.
      return CodeBlock.of("$T.of($L, $L)", RuntimeTypes.PRICING, Literals.decimal(pricing.inputPerMillion()),
          Literals.decimal(pricing.outputPerMillion()));
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", RuntimeTypes.PRICING);
    if (pricing.inputPerMillion() != 0) {
      code.add(".inputPerMillion($L)", Literals.decimal(pricing.inputPerMillion()));
    }
    if (pricing.outputPerMillion() != 0) {
      code.add(".outputPerMillion($L)", Literals.decimal(pricing.outputPerMillion()));
    }
    pricing.cachedInputPerMillion().ifPresent(v -> code.add(".cachedInputPerMillion($L)", Literals.decimal(v)));
    pricing.cacheWritePerMillion().ifPresent(v -> code.add(".cacheWritePerMillion($L)", Literals.decimal(v)));
    pricing.perImage().ifPresent(v -> code.add(".perImage($L)", Literals.decimal(v)));
    pricing.audioPerMinute().ifPresent(v -> code.add(".audioPerMinute($L)", Literals.decimal(v)));
    FactsWriter.pricing(code, pricing); // model facts: prices beyond tokens
    if (!pricing.currency().equals("USD")) {
      code.add(".currency($L)", StringLiterals.of(pricing.currency()));
    }
    return code.add(".build()").build();
  }
}
