package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One model: identity, limits, capabilities, and optionally MoE configuration, latency profile and pricing.
 * Immutable and safe to share between threads. Generated catalogs build these from literals; code builds them
 * with {@link #builder(String)}, and {@link Builder#build()} applies {@link ModelRules}, the same rules the
 * annotation processor applies at compile time.
 *
 * <p>Accessors are named after the annotation attributes. Text attributes that were not stated are empty
 * ({@link Optional#empty()}), never {@code ""}.
 */
public final class ModelDefinition {

  private final String id;
  private final String name;
  private final String ownedBy;
  private final String provider;
  private final long created;
  private final String description;
  private final String version;
  private final int contextWindow;
  private final int maxOutputTokens;
  private final String trainingCutoff;
  private final List<String> tags;
  private final List<String> aliases;
  private final String baseModel;
  private final String parent;
  private final String root;
  private final boolean deprecated;
  private final String deprecationDate;
  private final String replacement;
  private final String license;
  private final CapabilityPreset preset;
  private final Capabilities capabilities;
  private final MoEConfig moe;
  private final LatencyProfile latency;
  private final Pricing pricing;
  /** Returned by lookups, so that a hit allocates nothing. */
  private final Optional<ModelDefinition> self;

  private ModelDefinition(Builder b) {
    this.id = b.id;
    this.name = b.name == null ? b.id : b.name;
    this.provider = b.provider;
    this.ownedBy = b.ownedBy != null ? b.ownedBy : b.provider != null ? b.provider : DEFAULT_OWNER;
    this.created = b.created;
    this.description = b.description;
    this.version = b.version;
    this.contextWindow = b.contextWindow;
    this.maxOutputTokens = b.maxOutputTokens == null ? b.contextWindow : b.maxOutputTokens;
    this.trainingCutoff = b.trainingCutoff;
    this.tags = List.copyOf(b.tags);
    this.aliases = List.copyOf(b.aliases);
    this.baseModel = b.baseModel;
    this.parent = b.parent;
    this.root = b.root;
    this.deprecated = b.deprecated;
    this.deprecationDate = b.deprecationDate;
    this.replacement = b.replacement;
    this.license = b.license;
    this.preset = b.preset;
    Capabilities caps = b.capabilities;
    this.capabilities = b.moe != null ? caps.with(Capability.MOE) : caps;
    this.moe = b.moe;
    this.latency = b.latency;
    this.pricing = b.pricing;
    this.self = Optional.of(this);
  }

  /** The owner given to models that state neither an owner nor a provider. */
  public static final String DEFAULT_OWNER = "custom";

  /** A builder for a model with this id, starting from the {@link CapabilityPreset#CHAT} preset. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding every value of this definition, for variants. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.name = name.equals(id) ? null : name;
    b.ownedBy = ownedBy;
    b.provider = provider;
    b.created = created;
    b.description = description;
    b.version = version;
    b.contextWindow = contextWindow;
    b.maxOutputTokens = maxOutputTokens;
    b.trainingCutoff = trainingCutoff;
    b.tags = new ArrayList<>(tags);
    b.aliases = new ArrayList<>(aliases);
    b.baseModel = baseModel;
    b.parent = parent;
    b.root = root;
    b.deprecated = deprecated;
    b.deprecationDate = deprecationDate;
    b.replacement = replacement;
    b.license = license;
    b.preset = preset;
    b.capabilities = capabilities;
    b.moe = moe;
    b.latency = latency;
    b.pricing = pricing;
    return b;
  }

  public String id() {
    return id;
  }

  /** Display name; the id when none was stated. */
  public String name() {
    return name;
  }

  public String ownedBy() {
    return ownedBy;
  }

  /** The id of the provider whose catalog declares the model; empty for models built at run time without one. */
  public Optional<String> provider() {
    return Optional.ofNullable(provider);
  }

  /** Creation time in epoch seconds; 0 when unknown. */
  public long created() {
    return created;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** Maximum tokens of input plus output per request. */
  public int contextWindow() {
    return contextWindow;
  }

  /** Maximum tokens generated per request; the context window when the provider states no separate limit. */
  public int maxOutputTokens() {
    return maxOutputTokens;
  }

  /** Training-data cutoff, {@code YYYY-MM}. */
  public Optional<String> trainingCutoff() {
    return Optional.ofNullable(trainingCutoff);
  }

  public List<String> tags() {
    return tags;
  }

  public List<String> aliases() {
    return aliases;
  }

  public Optional<String> baseModel() {
    return Optional.ofNullable(baseModel);
  }

  public Optional<String> parent() {
    return Optional.ofNullable(parent);
  }

  public Optional<String> root() {
    return Optional.ofNullable(root);
  }

  public boolean deprecated() {
    return deprecated;
  }

  /** {@code YYYY-MM-DD}. */
  public Optional<String> deprecationDate() {
    return Optional.ofNullable(deprecationDate);
  }

  public Optional<String> replacement() {
    return Optional.ofNullable(replacement);
  }

  public Optional<String> license() {
    return Optional.ofNullable(license);
  }

  /** The preset the capabilities started from. */
  public CapabilityPreset preset() {
    return preset;
  }

  public Capabilities capabilities() {
    return capabilities;
  }

  /** Shorthand for {@code capabilities().has(capability)}. */
  public boolean has(Capability capability) {
    return capabilities.has(capability);
  }

  public Optional<MoEConfig> moe() {
    return Optional.ofNullable(moe);
  }

  public LatencyProfile latency() {
    return latency;
  }

  public Optional<Pricing> pricing() {
    return Optional.ofNullable(pricing);
  }

  /** Whether the model is a fine-tune of another ({@link #baseModel()} is stated). */
  public boolean isFineTuned() {
    return baseModel != null;
  }

  /**
   * Whether the model serves an OpenAI-style endpoint: {@code chat}, {@code completions}, {@code embeddings},
   * {@code moderations}, {@code images}, {@code audio.speech}, {@code audio.transcriptions}, {@code rerank}
   * (a leading {@code /v1/} and {@code /} separators are accepted: {@code /v1/chat/completions}).
   */
  public boolean supportsEndpoint(String endpoint) {
    Capability needed = Endpoints.capabilityFor(endpoint);
    return needed != null && capabilities.has(needed);
  }

  /** This definition as an {@code Optional}, without allocating. */
  Optional<ModelDefinition> asOptional() {
    return self;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ModelDefinition)) {
      return false;
    }
    ModelDefinition m = (ModelDefinition) o;
    return created == m.created && contextWindow == m.contextWindow && maxOutputTokens == m.maxOutputTokens
        && deprecated == m.deprecated && id.equals(m.id) && name.equals(m.name) && ownedBy.equals(m.ownedBy)
        && Objects.equals(provider, m.provider) && Objects.equals(description, m.description)
        && Objects.equals(version, m.version) && Objects.equals(trainingCutoff, m.trainingCutoff)
        && tags.equals(m.tags) && aliases.equals(m.aliases) && Objects.equals(baseModel, m.baseModel)
        && Objects.equals(parent, m.parent) && Objects.equals(root, m.root)
        && Objects.equals(deprecationDate, m.deprecationDate) && Objects.equals(replacement, m.replacement)
        && Objects.equals(license, m.license) && preset == m.preset && capabilities.equals(m.capabilities)
        && Objects.equals(moe, m.moe) && latency.equals(m.latency) && Objects.equals(pricing, m.pricing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, ownedBy, contextWindow, capabilities.bits());
  }

  @Override
  public String toString() {
    return "ModelDefinition[" + id + ", ownedBy=" + ownedBy + ", context=" + contextWindow + ", capabilities="
        + capabilities + "]";
  }

  /**
   * Collects a definition's values. Setters accept anything; {@link #build()} checks everything at once and
   * reports every problem, and {@link #problems()} returns them without throwing.
   */
  public static final class Builder {
    String id;
    String name;
    String ownedBy;
    String provider;
    long created;
    String description;
    String version;
    int contextWindow;
    Integer maxOutputTokens;
    String trainingCutoff;
    List<String> tags = new ArrayList<>();
    List<String> aliases = new ArrayList<>();
    String baseModel;
    String parent;
    String root;
    boolean deprecated;
    String deprecationDate;
    String replacement;
    String license;
    CapabilityPreset preset = CapabilityPreset.CHAT;
    Capabilities capabilities = Presets.capabilities(CapabilityPreset.CHAT);
    MoEConfig moe;
    LatencyProfile latency = Presets.latency(LatencyPreset.MEDIUM);
    Pricing pricing;

    private Builder(String id) {
      this.id = id;
    }

    private static String text(String value) {
      return value == null || value.isEmpty() ? null : value;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder name(String name) {
      this.name = text(name);
      return this;
    }

    public Builder ownedBy(String ownedBy) {
      this.ownedBy = text(ownedBy);
      return this;
    }

    public Builder provider(String provider) {
      this.provider = text(provider);
      return this;
    }

    public Builder created(long epochSeconds) {
      this.created = epochSeconds;
      return this;
    }

    public Builder description(String description) {
      this.description = text(description);
      return this;
    }

    public Builder version(String version) {
      this.version = text(version);
      return this;
    }

    public Builder contextWindow(int tokens) {
      this.contextWindow = tokens;
      return this;
    }

    public Builder maxOutputTokens(int tokens) {
      this.maxOutputTokens = tokens;
      return this;
    }

    public Builder trainingCutoff(String yearMonth) {
      this.trainingCutoff = text(yearMonth);
      return this;
    }

    public Builder tags(String... tags) {
      return tags(Arrays.asList(tags));
    }

    public Builder tags(List<String> tags) {
      this.tags = new ArrayList<>(tags);
      return this;
    }

    public Builder aliases(String... aliases) {
      return aliases(Arrays.asList(aliases));
    }

    public Builder aliases(List<String> aliases) {
      this.aliases = new ArrayList<>(aliases);
      return this;
    }

    public Builder baseModel(String id) {
      this.baseModel = text(id);
      return this;
    }

    public Builder parent(String id) {
      this.parent = text(id);
      return this;
    }

    public Builder root(String id) {
      this.root = text(id);
      return this;
    }

    public Builder deprecated(boolean deprecated) {
      this.deprecated = deprecated;
      return this;
    }

    public Builder deprecationDate(String date) {
      this.deprecationDate = text(date);
      return this;
    }

    public Builder replacement(String id) {
      this.replacement = text(id);
      return this;
    }

    public Builder license(String license) {
      this.license = text(license);
      return this;
    }

    /** Starts the capabilities over from this preset; later {@link #capability} calls change single flags. */
    public Builder preset(CapabilityPreset preset) {
      this.preset = Objects.requireNonNull(preset, "preset");
      this.capabilities = Presets.capabilities(preset);
      return this;
    }

    /** Replaces the whole capability set (the preset is kept as a label). */
    public Builder capabilities(Capabilities capabilities) {
      this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
      return this;
    }

    /** Sets or clears one capability on top of the preset. */
    public Builder capability(Capability capability, boolean supported) {
      this.capabilities = supported ? capabilities.with(capability) : capabilities.without(capability);
      return this;
    }

    /** The MoE configuration; setting one also sets the {@link Capability#MOE} capability. */
    public Builder moe(MoEConfig moe) {
      this.moe = moe;
      return this;
    }

    public Builder latency(LatencyProfile latency) {
      this.latency = Objects.requireNonNull(latency, "latency");
      return this;
    }

    public Builder latency(LatencyPreset preset) {
      return latency(Presets.latency(preset));
    }

    public Builder pricing(Pricing pricing) {
      this.pricing = pricing;
      return this;
    }

    public Builder pricing(double inputPerMillion, double outputPerMillion) {
      return pricing(Pricing.of(inputPerMillion, outputPerMillion));
    }

    /** Every problem {@link ModelRules} finds in these values, errors and warnings, without throwing. */
    public List<Problem> problems() {
      return ModelRules.check(new ModelDefinition(this));
    }

    /**
     * Builds the definition.
     *
     * @throws InvalidModelException listing every error when a rule is broken (warnings do not fail)
     */
    public ModelDefinition build() {
      ModelDefinition candidate = new ModelDefinition(this);
      List<Problem> problems = ModelRules.check(candidate);
      for (Problem problem : problems) {
        if (problem.isError()) {
          throw new InvalidModelException(String.valueOf(id), ModelRules.errorsOnly(problems));
        }
      }
      return candidate;
    }
  }
}
