package dev.modelcatalog.processor.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;

/**
 * The model-facts annotations of an imported stub: {@code @Lifecycle} (status, release date, last update, open
 * weights), {@code @Modalities} where the source's differ from what the capabilities imply, {@code @Limits} for an
 * input limit, and the prices beyond tokens on {@code @Pricing}.
 */
final class StubFacts {

  private static final String ANNOTATIONS = "dev.modelcatalog.annotations";
  private static final ClassName LIFECYCLE = ClassName.get(ANNOTATIONS, "Lifecycle");
  private static final ClassName LIFECYCLE_STATUS = ClassName.get(ANNOTATIONS, "LifecycleStatus");
  private static final ClassName MODALITIES = ClassName.get(ANNOTATIONS, "Modalities");
  private static final ClassName MODALITY = ClassName.get(ANNOTATIONS, "Modality");
  private static final ClassName LIMITS = ClassName.get(ANNOTATIONS, "Limits");

  private StubFacts() {}

  static List<AnnotationSpec> annotations(ModelFacts facts) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    ModelFacts.LifecycleFacts lifecycle = facts.lifecycle();
    if (!lifecycle.isEmpty()) {
      AnnotationSpec.Builder spec = AnnotationSpec.builder(LIFECYCLE);
      if (lifecycle.status() != null) {
        spec.addMember("status", "$T.$L", LIFECYCLE_STATUS, lifecycle.status());
      }
      if (lifecycle.releaseDate() != null) {
        spec.addMember("releaseDate", "$S", lifecycle.releaseDate());
      }
      if (lifecycle.lastUpdated() != null) {
        spec.addMember("lastUpdated", "$S", lifecycle.lastUpdated());
      }
      if (lifecycle.openWeights()) {
        spec.addMember("openWeights", "true");
      }
      annotations.add(spec.build());
    }
    if (!facts.inputModalities().isEmpty() || !facts.outputModalities().isEmpty()) {
      AnnotationSpec.Builder spec = AnnotationSpec.builder(MODALITIES);
      facts.inputModalities().forEach(m -> spec.addMember("input", "$T.$L", MODALITY, m));
      facts.outputModalities().forEach(m -> spec.addMember("output", "$T.$L", MODALITY, m));
      annotations.add(spec.build());
    }
    if (facts.maxInputTokens() > 0) {
      annotations.add(AnnotationSpec.builder(LIMITS)
          .addMember("maxInputTokens", "$L", Literals.tokens(facts.maxInputTokens())).build());
    }
    return annotations;
  }

  static void prices(AnnotationSpec.Builder spec, ModelFacts.Prices prices) {
    if (prices.reasoning() != null) {
      spec.addMember("reasoningPerMillion", "$L", Literals.price(prices.reasoning()));
    }
    if (prices.audioInput() != null) {
      spec.addMember("audioInputPerMillion", "$L", Literals.price(prices.audioInput()));
    }
    if (prices.audioOutput() != null) {
      spec.addMember("audioOutputPerMillion", "$L", Literals.price(prices.audioOutput()));
    }
    if (prices.longContextThreshold() > 0) {
      spec.addMember("longContextThreshold", "$L", Literals.tokens(prices.longContextThreshold()));
      if (prices.longContextInput() != null) {
        spec.addMember("longContextInputPerMillion", "$L", Literals.price(prices.longContextInput()));
      }
      if (prices.longContextOutput() != null) {
        spec.addMember("longContextOutputPerMillion", "$L", Literals.price(prices.longContextOutput()));
      }
    }
  }
}
