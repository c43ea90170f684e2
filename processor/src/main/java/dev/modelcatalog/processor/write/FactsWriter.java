package dev.modelcatalog.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.modelcatalog.runtime.ModelArchitecture;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.RequestLimits;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The builder calls for a model's facts: only what was stated, so a model without facts annotations generates
 * exactly what it generated before. Statements equal to the derivation were already dropped by the definition.
 */
final class FactsWriter {

  private FactsWriter() {}

  static void add(CodeBlock.Builder code, ModelDefinition d) {
    ModelArchitecture a = d.architecture();
    a.statedParameters().ifPresent(v -> code.add(".parameters($L)\n", Literals.groupedLong(v)));
    a.statedNumLayers().ifPresent(v -> code.add(".numLayers($L)\n", Literals.grouped(v)));
    a.statedHiddenSize().ifPresent(v -> code.add(".hiddenSize($L)\n", Literals.grouped(v)));
    a.statedNumHeads().ifPresent(v -> code.add(".numHeads($L)\n", Literals.grouped(v)));
    a.statedFamily().ifPresent(v -> code.add(".architectureFamily($T.$N)\n", RuntimeTypes.ARCHITECTURE_FAMILY,
        v.name()));
    d.statedInputModalities().ifPresent(v -> constants(code, "inputModalities", RuntimeTypes.MODALITY, v));
    d.statedOutputModalities().ifPresent(v -> constants(code, "outputModalities", RuntimeTypes.MODALITY, v));
    d.statedSupportedParameters().ifPresent(v -> constants(code, "supportedParameters",
        RuntimeTypes.REQUEST_PARAMETER, v));
    d.statedStatus().ifPresent(v -> code.add(".status($T.$N)\n", RuntimeTypes.MODEL_STATUS, v.name()));
    text(code, "releaseDate", d.releaseDate());
    text(code, "lastUpdated", d.lastUpdated());
    if (d.openWeights()) {
      code.add(".openWeights(true)\n");
    }
    text(code, "paperUrl", d.paperUrl());
    text(code, "docsUrl", d.docsUrl());
    RequestLimits limits = d.limits();
    limits.statedMaxInputTokens().ifPresent(v -> code.add(".maxInputTokens($L)\n", Literals.grouped(v)));
    limits.statedMaxImagesPerRequest().ifPresent(v -> code.add(".maxImagesPerRequest($L)\n", Literals.grouped(v)));
    limits.statedMaxAudioSecondsPerRequest().ifPresent(v -> code.add(".maxAudioSecondsPerRequest($L)\n",
        Literals.grouped(v)));
  }

  /** The prices beyond tokens, as calls on a {@code Pricing.builder()} chain. */
  static void pricing(CodeBlock.Builder code, Pricing pricing) {
    price(code, "reasoningPerMillion", pricing.reasoningPerMillion());
    price(code, "audioInputPerMillion", pricing.audioInputPerMillion());
    price(code, "audioOutputPerMillion", pricing.audioOutputPerMillion());
    price(code, "perRequest", pricing.perRequest());
    if (pricing.longContextThreshold() != 0) {
      code.add(".longContextThreshold($L)", Literals.grouped(pricing.longContextThreshold()));
    }
    price(code, "longContextInputPerMillion", pricing.longContextInputPerMillion());
    price(code, "longContextOutputPerMillion", pricing.longContextOutputPerMillion());
  }

  private static void price(CodeBlock.Builder code, String setter, OptionalDouble value) {
    value.ifPresent(v -> code.add(".$N($L)", setter, Literals.decimal(v)));
  }

  private static void text(CodeBlock.Builder code, String setter, Optional<String> value) {
    value.ifPresent(v -> code.add(".$N($L)\n", setter, StringLiterals.of(v)));
  }

  /** {@code .setter(Type.A, Type.B)}, in the set's (declaration) order. */
  private static void constants(CodeBlock.Builder code, String setter, ClassName type, Set<? extends Enum<?>> values) {
    CodeBlock.Builder args = CodeBlock.builder();
    boolean first = true;
    for (Enum<?> value : values) {
      args.add(first ? "$T.$N" : ", $T.$N", type, value.name());
      first = false;
    }
    code.add(".$N($L)\n", setter, args.build());
  }
}
