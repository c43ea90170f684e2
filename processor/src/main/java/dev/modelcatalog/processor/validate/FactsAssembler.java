package dev.modelcatalog.processor.validate;

import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.annotations.RequestParameter;
import dev.modelcatalog.processor.read.AnnotationDeclaration;
import dev.modelcatalog.processor.read.FactsDeclaration;
import dev.modelcatalog.runtime.Modality;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelStatus;
import dev.modelcatalog.runtime.Pricing;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the model-facts annotations to the builder {@link DefinitionAssembler} made, and the prices beyond
 * tokens to the pricing builder. Only what the author wrote is set: unwritten numbers and texts stay "not stated",
 * unwritten modalities, parameters, family and status stay derived. Enum constants are mapped by name to the
 * runtime's types ({@code LifecycleStatus} to {@code ModelStatus}, the annotations' {@code Modality} to the
 * runtime's), which have the same constants.
 */
final class FactsAssembler {

  private FactsAssembler() {}

  static void apply(FactsDeclaration facts, ModelDefinition.Builder builder) {
    facts.architecture().ifPresent(a -> architecture(a, builder));
    facts.modalities().ifPresent(m -> {
      builder.inputModalities(modalities(m, "input"));
      builder.outputModalities(modalities(m, "output"));
    });
    facts.supportedParameters().ifPresent(p -> {
      List<RequestParameter> parameters = new ArrayList<>();
      for (String name : FactsDeclaration.enumNames(p, "value")) {
        parameters.add(RequestParameter.valueOf(name));
      }
      builder.supportedParameters(parameters);
    });
    facts.lifecycle().ifPresent(l -> lifecycle(l, builder));
    facts.limits().ifPresent(l -> {
      builder.maxInputTokens(l.integer("maxInputTokens"));
      builder.maxImagesPerRequest(l.integer("maxImagesPerRequest"));
      builder.maxAudioSecondsPerRequest(l.integer("maxAudioSecondsPerRequest"));
    });
  }

  private static void architecture(AnnotationDeclaration a, ModelDefinition.Builder builder) {
    builder.parameters(a.longValue("parameters"))
        .numLayers(a.integer("numLayers"))
        .hiddenSize(a.integer("hiddenSize"))
        .numHeads(a.integer("numHeads"));
    if (a.isWritten("family")) {
      builder.architectureFamily(ArchitectureFamily.valueOf(a.enumName("family")));
    }
  }

  private static List<Modality> modalities(AnnotationDeclaration annotation, String attribute) {
    List<Modality> modalities = new ArrayList<>();
    for (String name : FactsDeclaration.enumNames(annotation, attribute)) {
      modalities.add(Modality.valueOf(name));
    }
    return modalities;
  }

  private static void lifecycle(AnnotationDeclaration l, ModelDefinition.Builder builder) {
    if (l.isWritten("status")) {
      builder.status(ModelStatus.valueOf(l.enumName("status")));
    }
    builder.releaseDate(l.string("releaseDate"))
        .lastUpdated(l.string("lastUpdated"))
        .openWeights(l.bool("openWeights"))
        .paperUrl(l.string("paperUrl"))
        .docsUrl(l.string("docsUrl"));
  }

  /** Sets the prices beyond tokens the author wrote on {@code @Pricing}. */
  static void pricing(AnnotationDeclaration pricing, Pricing.Builder builder) {
    if (pricing.isWritten("reasoningPerMillion")) {
      builder.reasoningPerMillion(pricing.doubleValue("reasoningPerMillion"));
    }
    if (pricing.isWritten("audioInputPerMillion")) {
      builder.audioInputPerMillion(pricing.doubleValue("audioInputPerMillion"));
    }
    if (pricing.isWritten("audioOutputPerMillion")) {
      builder.audioOutputPerMillion(pricing.doubleValue("audioOutputPerMillion"));
    }
    if (pricing.isWritten("perRequest")) {
      builder.perRequest(pricing.doubleValue("perRequest"));
    }
    builder.longContextThreshold(pricing.integer("longContextThreshold"));
    if (pricing.isWritten("longContextInputPerMillion")) {
      builder.longContextInputPerMillion(pricing.doubleValue("longContextInputPerMillion"));
    }
    if (pricing.isWritten("longContextOutputPerMillion")) {
      builder.longContextOutputPerMillion(pricing.doubleValue("longContextOutputPerMillion"));
    }
  }
}
