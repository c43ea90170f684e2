package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Definitions the registry makes rather than finds: fine-tunes of known models, and auto-created defaults. */
final class DerivedModels {

  private DerivedModels() {}

  /** Tag on every definition derived for a fine-tuned id. */
  static final String FINE_TUNED_TAG = "fine-tuned";
  /** Tag on every default definition made by auto-creation. */
  static final String AUTO_CREATED_TAG = "auto-created";
  /** Context window of an auto-created generative model, in tokens. */
  static final int DEFAULT_CONTEXT_WINDOW = 128_000;
  /** Context window of an auto-created embeddings model, in tokens. */
  static final int DEFAULT_EMBEDDING_CONTEXT_WINDOW = 8_192;

  private static final Pattern EXPERTS = Pattern.compile("(\\d+)x(\\d+(?:\\.\\d+)?)b");

  /**
   * The definition of a fine-tune: the base model's limits, capabilities, latency and pricing, with its own
   * id, the organization as owner, and the lineage ({@code baseModel}, {@code parent}, {@code root}) set.
   * The base's aliases and deprecation describe the base, so they are not inherited.
   */
  static ModelDefinition fineTune(String id, FineTunedId parts, ModelDefinition base) {
    List<String> tags = new ArrayList<>(base.tags());
    if (!tags.contains(FINE_TUNED_TAG)) {
      tags.add(FINE_TUNED_TAG);
    }
    return base.toBuilder()
        .id(id)
        .name(null)
        .aliases(List.of())
        .ownedBy(parts.organization())
        .description("Fine-tune of " + base.id() + " by " + parts.organization())
        .baseModel(base.id())
        .parent(base.id())
        .root(base.root().orElse(base.id()))
        .tags(tags)
        .deprecated(false)
        .deprecationDate(null)
        .replacement(null)
        .build();
  }

  /**
   * The default definition of an unknown id, from {@link Discovery#inferCharacteristics}: embedding ids get
   * the embeddings preset, reasoning ids the reasoning preset and latency, vision ids the vision preset,
   * others the chat preset; large ids get the large latency preset and small ids the small one. An
   * {@code NxMb} size becomes an MoE configuration (two experts per token, as in Mixtral).
   *
   * @throws InvalidModelException when the id itself breaks {@link ModelRules} (blank, whitespace ...)
   */
  static ModelDefinition autoCreated(String id) {
    ModelCharacteristics c = Discovery.inferCharacteristics(id);
    ModelDefinition.Builder b = ModelDefinition.builder(id)
        .tags(AUTO_CREATED_TAG)
        .description("Created on demand; capabilities inferred from the id");
    if (c.embedding()) {
      b.preset(CapabilityPreset.EMBEDDINGS).contextWindow(DEFAULT_EMBEDDING_CONTEXT_WINDOW)
          .latency(LatencyPreset.SMALL);
    } else {
      b.preset(c.reasoning() ? CapabilityPreset.REASONING : c.vision() ? CapabilityPreset.VISION
          : CapabilityPreset.CHAT).contextWindow(DEFAULT_CONTEXT_WINDOW);
      b.latency(c.reasoning() ? LatencyPreset.REASONING : c.large() ? LatencyPreset.LARGE
          : c.small() ? LatencyPreset.SMALL : LatencyPreset.MEDIUM);
      moe(c.estimatedSize()).ifPresent(b::moe);
    }
    c.provider().ifPresent(b::ownedBy);
    Discovery.parseFineTuned(id).ifPresent(ft -> b.baseModel(ft.baseModel()).ownedBy(ft.organization()));
    return b.build();
  }

  private static Optional<MoEConfig> moe(Optional<String> size) {
    if (size.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = EXPERTS.matcher(size.get());
    if (!m.matches()) {
      return Optional.empty();
    }
    // Sizes no model could have (a fuzzed 4888888888888x88b) infer nothing rather than overflow or throw.
    if (m.group(1).length() > 4 || Double.parseDouble(m.group(2)) > 10_000) {
      return Optional.empty();
    }
    int experts = Integer.parseInt(m.group(1));
    long perExpert = (long) (Double.parseDouble(m.group(2)) * 1e9);
    if (experts < 1 || perExpert < 1) {
      // 8x0b names no parameters: nothing to infer, rather than a MoE that the rules would refuse.
      return Optional.empty();
    }
    int perToken = Math.min(2, experts);
    return Optional.of(MoEConfig.sparse(perExpert * experts, perExpert * perToken, experts, perToken));
  }
}
