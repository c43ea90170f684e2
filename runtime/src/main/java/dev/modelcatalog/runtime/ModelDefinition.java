package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.RequestParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
  private final boolean deprecated;
  private final String license;
  /**
   * Null for {@link CapabilityPreset#CHAT}, as are {@link #architecture}, {@link #limits} and {@link #references}
   * when nothing is stated: the accessors fill in the default, so that building a definition at start-up does not
   * load the classes of values it does not hold (a few tenths of a millisecond each in a starting JVM).
   */
  private final CapabilityPreset preset;
  private final Capabilities capabilities;
  private final MoEConfig moe;
  private final LatencyProfile latency;
  private final Pricing pricing;
  // ---------------------------------------------------------------------------------------------- model facts
  private final ModelArchitecture architecture;
  /** Stated sets, null when derived. */
  private final Set<Modality> statedInputModalities;
  private final Set<Modality> statedOutputModalities;
  private final Set<RequestParameter> statedSupportedParameters;
  /**
   * The effective sets: the stated ones, set at construction, else derived from the capabilities on first use (null
   * until then). A starting server builds the definitions it looks up and seldom asks them for modalities, so
   * building one does not load the modality and parameter classes or make their sets. Racing threads derive equal
   * sets, and {@link SharedSets} hands them the same one; the field is volatile so that a thread reading a set
   * another thread stored sees it whole.
   */
  private volatile Set<Modality> inputModalities;
  private volatile Set<Modality> outputModalities;
  private volatile Set<RequestParameter> supportedParameters;
  /** Null when not stated: derived from {@link #deprecated}. */
  private final ModelStatus status;
  private final boolean openWeights;
  private final RequestLimits limits;
  /** Lineage, lifecycle dates and links: few models state any; null for those that state none. */
  private final References references;
  /**
   * An unmodifiable copy. A null entry is kept rather than thrown on ({@link List#copyOf} would), so that
   * {@link ModelRules} reports it on its field ({@code aliases[1]}) and {@link Builder#build} throws
   * {@link InvalidModelException} instead of a bare {@code NullPointerException}.
   */
  private static List<String> copyKeepingNulls(List<String> list) {
    return list.contains(null) ? Collections.unmodifiableList(new ArrayList<>(list)) : List.copyOf(list);
  }

  // ------------------------------------------------------------------------------------------- shared values
  // Ten thousand definitions repeat a handful of tag lists (a small vocabulary) and of modality and parameter sets
  // (SharedSets), and each copy costs some 50 bytes. Each is kept once: the first equal one seen, up to SHARED_LIMIT
  // of a kind, an odd one beyond that used unshared. The tag lists and the sharing itself live here, not in
  // SharedSets: every definition built shares its tags, and a starting server then loads one class fewer.

  private static final int SHARED_LIMIT = 4096;
  private static final ConcurrentHashMap<List<String>, List<String>> SHARED_TAGS = new ConcurrentHashMap<>();

  /** The value equal to this unmodifiable one that the pool keeps (this one, the first time it is seen). */
  static <C> C shared(ConcurrentHashMap<C, C> pool, C value) {
    C shared = pool.get(value);
    if (shared != null) {
      return shared;
    }
    if (pool.size() >= SHARED_LIMIT) {
      return value;
    }
    // putIfAbsent, not computeIfAbsent with a lambda: definitions are built while a registry starts.
    C raced = pool.putIfAbsent(value, value);
    return raced != null ? raced : value;
  }

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
    this.tags = shared(SHARED_TAGS, copyKeepingNulls(b.tags));
    this.aliases = copyKeepingNulls(b.aliases);
    this.deprecated = b.deprecated || (b.status != null && b.status.isDeprecated());
    this.license = b.license;
    this.preset = b.preset;
    Capabilities caps = b.currentCapabilities();
    this.capabilities = b.moe != null ? caps.with(Capability.MOE) : caps;
    this.moe = b.moe;
    this.latency = b.latency != null ? b.latency : LatencyProfile.MEDIUM_PRESET;
    this.pricing = b.pricing;
    // model facts
    ModelArchitecture a = b.architecture;
    this.architecture = a != null && a.family() != null && a.family() == derivedFamily(b.moe)
        ? new ModelArchitecture(a.parameters(), a.numLayers(), a.hiddenSize(), a.numHeads(), null)
        : a;
    // A statement equal to what would be derived is kept as no statement, so that a definition written out as
    // JSON (which lists the effective values) reads back equal, and generated code states only what differs.
    this.statedInputModalities =
        b.inputModalities == null ? null : differing(b.inputModalities, Modality.derivedInputs(capabilities, tags));
    this.statedOutputModalities =
        b.outputModalities == null ? null : differing(b.outputModalities, Modality.derivedOutputs(capabilities));
    this.statedSupportedParameters = b.supportedParameters == null ? null
        : differing(b.supportedParameters, RequestParameters.derivedFrom(capabilities));
    // Null where nothing differs from the derivation: the accessors derive it on first use.
    this.inputModalities = statedInputModalities;
    this.outputModalities = statedOutputModalities;
    this.supportedParameters = statedSupportedParameters;
    // Only a stated status is compared: the constants' class stays unloaded for the many models that state none.
    this.status =
        b.status == null ? null : differing(b.status, deprecated ? ModelStatus.DEPRECATED : ModelStatus.ACTIVE);
    this.openWeights = b.openWeights;
    this.limits = b.limits;
    this.references = b.statesReferences() ? new References(b) : null;
    this.self = Optional.of(this);
  }

  private static <T> T differing(T stated, T derived) {
    return stated == null || stated.equals(derived) ? null : stated;
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
    References references = references();
    b.baseModel = references.baseModel;
    b.parent = references.parent;
    b.root = references.root;
    b.deprecated = deprecated;
    b.deprecationDate = references.deprecationDate;
    b.replacement = references.replacement;
    b.license = license;
    b.preset = preset;
    b.capabilities = capabilities;
    b.moe = moe;
    b.latency = latency;
    b.pricing = pricing;
    // model facts
    b.architecture = architecture;
    b.inputModalities = statedInputModalities;
    b.outputModalities = statedOutputModalities;
    b.supportedParameters = statedSupportedParameters;
    b.status = status;
    b.releaseDate = references.releaseDate;
    b.lastUpdated = references.lastUpdated;
    b.openWeights = openWeights;
    b.paperUrl = references.paperUrl;
    b.docsUrl = references.docsUrl;
    b.limits = limits;
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
    return Optional.ofNullable(references().baseModel);
  }

  public Optional<String> parent() {
    return Optional.ofNullable(references().parent);
  }

  public Optional<String> root() {
    return Optional.ofNullable(references().root);
  }

  /** Whether the model is deprecated: stated so, or with a status of {@code deprecated} or {@code retired}. */
  public boolean deprecated() {
    return deprecated;
  }

  /** {@code YYYY-MM-DD}. */
  public Optional<String> deprecationDate() {
    return Optional.ofNullable(references().deprecationDate);
  }

  public Optional<String> replacement() {
    return Optional.ofNullable(references().replacement);
  }

  public Optional<String> license() {
    return Optional.ofNullable(license);
  }

  /** The preset the capabilities started from. */
  public CapabilityPreset preset() {
    return preset != null ? preset : CapabilityPreset.CHAT;
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

  // ---------------------------------------------------------------------------------------------- model facts

  /** The published network details; {@link ModelArchitecture#NONE} when nothing is stated. */
  public ModelArchitecture architecture() {
    return architecture != null ? architecture : ModelArchitecture.NONE;
  }

  /**
   * Total parameters: those stated in {@link #architecture()}, else the MoE total; empty when neither is stated.
   */
  public OptionalLong parameters() {
    if (architecture != null && architecture.parameters() != 0) {
      return OptionalLong.of(architecture.parameters());
    }
    return moe == null ? OptionalLong.empty() : OptionalLong.of(moe.totalParams());
  }

  /**
   * The kind of network: the stated family, else {@link ArchitectureFamily#MOE} for a model with an MoE
   * configuration, else {@link ArchitectureFamily#TRANSFORMER}.
   */
  public ArchitectureFamily architectureFamily() {
    return architecture != null && architecture.family() != null ? architecture.family() : derivedFamily(moe);
  }

  private static ArchitectureFamily derivedFamily(MoEConfig moe) {
    return moe != null ? ArchitectureFamily.MOE : ArchitectureFamily.TRANSFORMER;
  }

  /** What the model takes in: the stated modalities, else those derived from the capabilities. */
  public Set<Modality> inputModalities() {
    Set<Modality> set = inputModalities;
    if (set == null) {
      set = Modality.derivedInputs(capabilities, tags);
      inputModalities = set;
    }
    return set;
  }

  /** What the model puts out: the stated modalities, else those derived from the capabilities. */
  public Set<Modality> outputModalities() {
    Set<Modality> set = outputModalities;
    if (set == null) {
      set = Modality.derivedOutputs(capabilities);
      outputModalities = set;
    }
    return set;
  }

  /** The input modalities as stated; empty when they are derived. */
  public Optional<Set<Modality>> statedInputModalities() {
    return Optional.ofNullable(statedInputModalities);
  }

  /** The output modalities as stated; empty when they are derived. */
  public Optional<Set<Modality>> statedOutputModalities() {
    return Optional.ofNullable(statedOutputModalities);
  }

  /**
   * The request parameters the model honours: the stated ones, else those
   * {@link RequestParameters#derivedFrom derived} from the capabilities.
   */
  public Set<RequestParameter> supportedParameters() {
    Set<RequestParameter> set = supportedParameters;
    if (set == null) {
      set = RequestParameters.derivedFrom(capabilities);
      supportedParameters = set;
    }
    return set;
  }

  /** The supported parameters as stated; empty when they are derived. */
  public Optional<Set<RequestParameter>> statedSupportedParameters() {
    return Optional.ofNullable(statedSupportedParameters);
  }

  /**
   * The status: the stated one, else {@link ModelStatus#DEPRECATED} when deprecated, else {@link ModelStatus#ACTIVE}.
   */
  public ModelStatus status() {
    if (status != null) {
      return status;
    }
    return deprecated ? ModelStatus.DEPRECATED : ModelStatus.ACTIVE;
  }

  /** The status as stated; empty when it is derived. */
  public Optional<ModelStatus> statedStatus() {
    return Optional.ofNullable(status);
  }

  /** First public release, {@code YYYY-MM-DD}. */
  public Optional<String> releaseDate() {
    return Optional.ofNullable(references().releaseDate);
  }

  /** Last change to the model or its weights, {@code YYYY-MM-DD}. */
  public Optional<String> lastUpdated() {
    return Optional.ofNullable(references().lastUpdated);
  }

  /** Whether the weights can be downloaded; {@code false} also when unknown. */
  public boolean openWeights() {
    return openWeights;
  }

  /** The paper or technical report, an {@code http(s)} URL. */
  public Optional<String> paperUrl() {
    return Optional.ofNullable(references().paperUrl);
  }

  /** The provider's documentation page, an {@code http(s)} URL. */
  public Optional<String> docsUrl() {
    return Optional.ofNullable(references().docsUrl);
  }

  /** Per-request limits beyond the context window; {@link RequestLimits#NONE} when nothing is stated. */
  public RequestLimits limits() {
    return limits != null ? limits : RequestLimits.NONE;
  }

  /** Prompt tokens accepted per request: the stated input limit, else the context window. */
  public int maxInputTokens() {
    return limits != null && limits.maxInputTokens() > 0 ? limits.maxInputTokens() : contextWindow;
  }

  private boolean factsEqual(ModelDefinition m) {
    return architecture().equals(m.architecture()) && Objects.equals(statedInputModalities, m.statedInputModalities)
        && Objects.equals(statedOutputModalities, m.statedOutputModalities)
        && Objects.equals(statedSupportedParameters, m.statedSupportedParameters) && status == m.status
        && openWeights == m.openWeights && limits().equals(m.limits());
  }

  /** Whether the model is a fine-tune of another ({@link #baseModel()} is stated). */
  public boolean isFineTuned() {
    return references != null && references.baseModel != null;
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
        && tags.equals(m.tags) && aliases.equals(m.aliases) && references().equals(m.references())
        && Objects.equals(license, m.license) && preset() == m.preset() && capabilities.equals(m.capabilities)
        && Objects.equals(moe, m.moe) && latency.equals(m.latency) && Objects.equals(pricing, m.pricing)
        && factsEqual(m);
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

  private References references() {
    return references != null ? references : References.NONE;
  }

  /** The optional strings of {@link ModelDefinition} that few models state; null when not stated. */
  private static final class References {
    static final References NONE = new References(new Builder(""));

    final String baseModel;
    final String parent;
    final String root;
    final String deprecationDate;
    final String replacement;
    final String releaseDate;
    final String lastUpdated;
    final String paperUrl;
    final String docsUrl;

    private References(Builder b) {
      this.baseModel = b.baseModel;
      this.parent = b.parent;
      this.root = b.root;
      this.deprecationDate = b.deprecationDate;
      this.replacement = b.replacement;
      this.releaseDate = b.releaseDate;
      this.lastUpdated = b.lastUpdated;
      this.paperUrl = b.paperUrl;
      this.docsUrl = b.docsUrl;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof References)) {
        return false;
      }
      References r = (References) o;
      return Objects.equals(baseModel, r.baseModel) && Objects.equals(parent, r.parent) && Objects.equals(root, r.root)
          && Objects.equals(deprecationDate, r.deprecationDate) && Objects.equals(replacement, r.replacement)
          && Objects.equals(releaseDate, r.releaseDate) && Objects.equals(lastUpdated, r.lastUpdated)
          && Objects.equals(paperUrl, r.paperUrl) && Objects.equals(docsUrl, r.docsUrl);
    }

    @Override
    public int hashCode() {
      return Objects.hash(baseModel, parent, root, deprecationDate, replacement, releaseDate, lastUpdated, paperUrl,
          docsUrl);
    }
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
    /** Null for {@link CapabilityPreset#CHAT}; so are the architecture and limits when not stated (see the fields). */
    CapabilityPreset preset;
    // Null until set: the preset's capabilities and the medium latency profile. Generated definitions state both,
    // so the defaults are worked out only when a definition leaves them out (at build, or on a single change).
    Capabilities capabilities;
    MoEConfig moe;
    LatencyProfile latency;
    Pricing pricing;
    // model facts
    ModelArchitecture architecture;
    // Unmodifiable enum sets, or null when derived.
    Set<Modality> inputModalities;
    Set<Modality> outputModalities;
    Set<RequestParameter> supportedParameters;
    ModelStatus status;
    String releaseDate;
    String lastUpdated;
    boolean openWeights;
    String paperUrl;
    String docsUrl;
    RequestLimits limits;

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
      return tags(Arrays.asList(Objects.requireNonNull(tags, "tags")));
    }

    public Builder tags(List<String> tags) {
      this.tags = new ArrayList<>(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    public Builder aliases(String... aliases) {
      return aliases(Arrays.asList(Objects.requireNonNull(aliases, "aliases")));
    }

    public Builder aliases(List<String> aliases) {
      this.aliases = new ArrayList<>(Objects.requireNonNull(aliases, "aliases"));
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
      this.capabilities = null;
      return this;
    }

    /** Replaces the whole capability set (the preset is kept as a label). */
    public Builder capabilities(Capabilities capabilities) {
      this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
      return this;
    }

    /** Sets or clears one capability on top of the preset. */
    public Builder capability(Capability capability, boolean supported) {
      Objects.requireNonNull(capability, "capability");
      Capabilities current = currentCapabilities();
      this.capabilities = supported ? current.with(capability) : current.without(capability);
      return this;
    }

    /** The capabilities stated so far: the preset's until a call changes them. */
    Capabilities currentCapabilities() {
      if (capabilities != null) {
        return capabilities;
      }
      return Presets.capabilities(preset != null ? preset : CapabilityPreset.CHAT);
    }

    private ModelArchitecture architectureSoFar() {
      return architecture != null ? architecture : ModelArchitecture.NONE;
    }

    private RequestLimits limitsSoFar() {
      return limits != null ? limits : RequestLimits.NONE;
    }

    /** Whether any of the strings that {@code References} holds is stated. */
    boolean statesReferences() {
      return baseModel != null || parent != null || root != null || deprecationDate != null || replacement != null
          || releaseDate != null || lastUpdated != null || paperUrl != null || docsUrl != null;
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

    // -------------------------------------------------------------------------------------------- model facts

    /** The published network details. */
    public Builder architecture(ModelArchitecture architecture) {
      this.architecture = Objects.requireNonNull(architecture, "architecture");
      return this;
    }

    /** Total parameters, keeping any other architecture details. */
    public Builder parameters(long parameters) {
      ModelArchitecture a = architectureSoFar();
      return architecture(new ModelArchitecture(parameters, a.numLayers(), a.hiddenSize(), a.numHeads(), a.family()));
    }

    public Builder numLayers(int layers) {
      ModelArchitecture a = architectureSoFar();
      return architecture(new ModelArchitecture(a.parameters(), layers, a.hiddenSize(), a.numHeads(), a.family()));
    }

    public Builder hiddenSize(int size) {
      ModelArchitecture a = architectureSoFar();
      return architecture(new ModelArchitecture(a.parameters(), a.numLayers(), size, a.numHeads(), a.family()));
    }

    public Builder numHeads(int heads) {
      ModelArchitecture a = architectureSoFar();
      return architecture(new ModelArchitecture(a.parameters(), a.numLayers(), a.hiddenSize(), heads, a.family()));
    }

    /** The kind of network; null to derive it (MoE with an MoE configuration, else transformer). */
    public Builder architectureFamily(ArchitectureFamily family) {
      ModelArchitecture a = architectureSoFar();
      return architecture(new ModelArchitecture(a.parameters(), a.numLayers(), a.hiddenSize(), a.numHeads(), family));
    }

    /** States the input modalities; null or an empty collection means "derive them from the capabilities". */
    public Builder inputModalities(Collection<Modality> modalities) {
      this.inputModalities = modalities == null || modalities.isEmpty() ? null : enumSet(Modality.class, modalities);
      return this;
    }

    public Builder inputModalities(Modality... modalities) {
      return inputModalities(Arrays.asList(modalities));
    }

    /** States the output modalities; an empty collection means "derive them from the capabilities". */
    public Builder outputModalities(Collection<Modality> modalities) {
      this.outputModalities = modalities == null || modalities.isEmpty() ? null
          : enumSet(Modality.class, modalities);
      return this;
    }

    public Builder outputModalities(Modality... modalities) {
      return outputModalities(Arrays.asList(modalities));
    }

    /** States the exact request parameters; null means "derive them from the capabilities". */
    public Builder supportedParameters(Collection<RequestParameter> parameters) {
      this.supportedParameters = parameters == null ? null : enumSet(RequestParameter.class, parameters);
      return this;
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
      EnumSet<E> set = EnumSet.noneOf(type);
      for (E value : values) {
        set.add(Objects.requireNonNull(value, type.getSimpleName()));
      }
      return Collections.unmodifiableSet(set);
    }

    public Builder supportedParameters(RequestParameter... parameters) {
      return supportedParameters(Arrays.asList(parameters));
    }

    /** States the status; null means "derive it from {@link #deprecated(boolean)}". */
    public Builder status(ModelStatus status) {
      this.status = status;
      return this;
    }

    public Builder releaseDate(String date) {
      this.releaseDate = text(date);
      return this;
    }

    public Builder lastUpdated(String date) {
      this.lastUpdated = text(date);
      return this;
    }

    public Builder openWeights(boolean openWeights) {
      this.openWeights = openWeights;
      return this;
    }

    public Builder paperUrl(String url) {
      this.paperUrl = text(url);
      return this;
    }

    public Builder docsUrl(String url) {
      this.docsUrl = text(url);
      return this;
    }

    public Builder limits(RequestLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    public Builder maxInputTokens(int tokens) {
      RequestLimits l = limitsSoFar();
      return limits(new RequestLimits(tokens, l.maxImagesPerRequest(), l.maxAudioSecondsPerRequest()));
    }

    public Builder maxImagesPerRequest(int images) {
      RequestLimits l = limitsSoFar();
      return limits(new RequestLimits(l.maxInputTokens(), images, l.maxAudioSecondsPerRequest()));
    }

    public Builder maxAudioSecondsPerRequest(int seconds) {
      RequestLimits l = limitsSoFar();
      return limits(new RequestLimits(l.maxInputTokens(), l.maxImagesPerRequest(), seconds));
    }

    /** Every problem {@link ModelRules} finds in these values, errors and warnings, without throwing. */
    public List<Problem> problems() {
      return ModelRules.check(new ModelDefinition(this));
    }

    /**
     * Builds the definition without running {@link ModelRules}: for code the annotation processor generated, which
     * checked these very values with the same rules when the catalog was compiled (a broken rule fails that build).
     * Not checking twice keeps a catalog's first lookup from loading the rules, about three quarters of its cost.
     * Code that assembles values at run time calls {@link #build()}.
     */
    public ModelDefinition buildCompiled() {
      return new ModelDefinition(this);
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
          throw Failures.invalidModel(String.valueOf(id), ModelRules.errorsOnly(problems));
        }
      }
      return candidate;
    }
  }
}
