package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The registry: compiled catalogs plus a run-time overlay, with lookups that never block.
 *
 * <p>A model's identity is its id, unique in a registry. Compiled catalogs are immutable; models registered,
 * replaced or removed at run time live in an overlay that shadows them. Every write builds a new overlay and
 * publishes it at once, so readers never wait for writers and never see a half-registered model; writers are
 * serialised among themselves.
 *
 * <pre>{@code
 * ModelRegistry registry = ModelRegistry.loadDefault();
 * ModelDefinition model = registry.find("GPT_4O").orElseThrow();
 * }</pre>
 */
public final class ModelRegistry {

  private final CompiledIndex base;
  private final boolean autoCreate;
  private final Object writeLock = new Object();
  private volatile Overlay overlay = Overlay.EMPTY;

  private ModelRegistry(CompiledIndex base, boolean autoCreate) {
    this.base = base;
    this.autoCreate = autoCreate;
  }

  /**
   * A registry of every catalog on the class path (found through {@link ServiceLoader}), with auto-creation on.
   *
   * @throws IllegalStateException when two catalogs declare the same id or alias
   */
  public static ModelRegistry loadDefault() {
    return builder().addClassPathCatalogs().build();
  }

  /** A builder for a registry of chosen catalogs and definitions. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------- lookups

  /**
   * The model with this id, alias, normalized id ({@link Discovery#normalizeModelId}) or compact key
   * ({@link Discovery#compactKey}), tried in that order; no fuzzy step, no auto-creation. A normalized id or
   * compact key shared by several models finds none of them. An exact hit allocates nothing.
   */
  public Optional<ModelDefinition> find(String id) {
    ModelDefinition model = lookup(id);
    return model == null ? Optional.empty() : model.asOptional();
  }

  /** The model {@link #find} would return, or null. */
  ModelDefinition lookup(String id) {
    if (id == null || id.length() > MAX_QUERY_LENGTH) {
      return null;
    }
    Overlay layer = overlay;
    int v = layer.exact(id);
    if (v >= 0) {
      return layer.model(v & ~CompiledIndex.ALIAS_FLAG);
    }
    v = base.exact(id);
    if (v >= 0) {
      int ordinal = v & ~CompiledIndex.ALIAS_FLAG;
      return layer.isHidden(ordinal) ? null : base.model(ordinal);
    }
    v = layer.normalized(id);
    if (v >= 0) {
      return layer.model(v);
    }
    if (v == KeyTable.MISSING) {
      v = base.normalized(id);
      if (v >= 0) {
        return layer.isHidden(v) ? null : base.model(v);
      }
    }
    if (v == KeyTable.AMBIGUOUS) {
      return null;
    }
    v = layer.compact(id);
    if (v >= 0) {
      return layer.model(v);
    }
    if (v == KeyTable.MISSING) {
      v = base.compact(id);
      if (v >= 0) {
        return layer.isHidden(v) ? null : base.model(v);
      }
    }
    return null;
  }

  /** Whether {@link #find} finds a model for this id. */
  public boolean contains(String id) {
    return lookup(id) != null;
  }

  /** Number of visible models. */
  public int size() {
    Overlay layer = overlay;
    return base.size() - layer.hiddenCount() + layer.size();
  }

  /** Whether unknown models are created on demand. */
  public boolean autoCreate() {
    return autoCreate;
  }

  /** The compiled catalogs this registry was built from, in provider-id order. */
  public List<ModelCatalog> catalogs() {
    return base.catalogs();
  }

  // ---------------------------------------------------------------------------------------------- writes

  /**
   * Adds a model at run time.
   *
   * @throws ModelConflictException when its id, an alias or a normalized id already belongs to a visible model;
   *     the exception names that model, and the registry is unchanged
   */
  public void register(ModelDefinition model) {
    Objects.requireNonNull(model, "model");
    synchronized (writeLock) {
      overlay = overlay.draft(base).add(model).build();
    }
  }

  /**
   * Adds every model, or none: the first conflict (with the registry or within the batch) throws and leaves the
   * registry unchanged.
   */
  public void registerAll(Collection<ModelDefinition> models) {
    List<ModelDefinition> batch = List.copyOf(models);
    synchronized (writeLock) {
      Overlay.Draft draft = overlay.draft(base);
      for (ModelDefinition model : batch) {
        draft.add(model);
      }
      overlay = draft.build();
    }
  }

  /**
   * Puts a model in place of the visible model with the same id, compiled models included (the compiled one is
   * shadowed, not lost: {@link #remove} of the replacement does not bring it back, a fresh registry does).
   *
   * @throws UnknownModelException when no visible model has that id
   * @throws ModelConflictException when one of its aliases or normalized ids belongs to another model
   */
  public void replace(ModelDefinition model) {
    Objects.requireNonNull(model, "model");
    synchronized (writeLock) {
      Overlay.Draft draft = overlay.draft(base);
      if (!draft.replace(model)) {
        throw new UnknownModelException(model.id(), List.of());
      }
      overlay = draft.build();
    }
  }

  /**
   * Removes the model with this exact id or alias: a run-time model is dropped, a compiled one hidden.
   *
   * @return whether a model was removed
   */
  public boolean remove(String idOrAlias) {
    if (idOrAlias == null) {
      return false;
    }
    synchronized (writeLock) {
      Overlay.Draft draft = overlay.draft(base);
      if (!draft.hide(idOrAlias)) {
        return false;
      }
      overlay = draft.build();
      return true;
    }
  }

  // ---------------------------------------------------------------------------------------------- queries

  /** Every visible model that matches the query, in id order. */
  public List<ModelDefinition> listModels(ModelQuery query) {
    Overlay layer = overlay;
    long[] candidates = compiledCandidates(query, layer);
    TreeMap<String, ModelDefinition> result = new TreeMap<>();
    for (int w = 0; w < candidates.length; w++) {
      for (long bits = candidates[w]; bits != 0; bits &= bits - 1) {
        int ordinal = (w << 6) + Long.numberOfTrailingZeros(bits);
        ModelDefinition model = base.model(ordinal);
        if (query.tags().isEmpty() || model.tags().containsAll(query.tags())) {
          result.put(model.id(), model);
        }
      }
    }
    for (ModelDefinition model : layer.byId().values()) {
      if (query.matches(model)) {
        result.put(model.id(), model);
      }
    }
    return List.copyOf(result.values());
  }

  /** The ids of {@link #listModels}, in id order. */
  public List<String> listModelIds(ModelQuery query) {
    List<ModelDefinition> models = listModels(query);
    List<String> ids = new ArrayList<>(models.size());
    for (ModelDefinition model : models) {
      ids.add(model.id());
    }
    return ids;
  }

  /** Every visible model, in id order. */
  public List<ModelDefinition> all() {
    return listModels(ModelQuery.ALL);
  }

  /** Compiled models meeting the query's capability and owner conditions, as bit-set words over ordinals. */
  private long[] compiledCandidates(ModelQuery query, Overlay layer) {
    long[] bits = base.all();
    for (Capability capability : query.required()) {
      long[] with = base.withCapability(capability);
      for (int w = 0; w < bits.length; w++) {
        bits[w] &= with[w];
      }
    }
    for (Capability capability : query.excluded()) {
      long[] with = base.withCapability(capability);
      for (int w = 0; w < bits.length; w++) {
        bits[w] &= ~with[w];
      }
    }
    if (query.ownedBy() != null) {
      long[] owned = base.ownedByBits(query.ownedBy());
      for (int w = 0; w < bits.length; w++) {
        bits[w] &= owned == null ? 0 : owned[w];
      }
    }
    BitSet hidden = layer.hidden();
    for (int ordinal = hidden.nextSetBit(0); ordinal >= 0; ordinal = hidden.nextSetBit(ordinal + 1)) {
      bits[ordinal >>> 6] &= ~(1L << ordinal);
    }
    return bits;
  }

  /** Totals, aliases, auto-create flag, and counts per capability and per owner. */
  public RegistryStats stats() {
    Overlay layer = overlay;
    Map<Capability, Integer> perCapability = new EnumMap<>(Capability.class);
    for (Capability capability : Capability.values()) {
      perCapability.put(capability, 0);
    }
    Map<String, Integer> perOwner = new TreeMap<>();
    int compiled = 0;
    for (int ordinal = 0; ordinal < base.size(); ordinal++) {
      if (layer.isHidden(ordinal)) {
        continue;
      }
      compiled++;
      count(base.capabilityBits(ordinal), base.ownedBy(ordinal), perCapability, perOwner);
    }
    for (ModelDefinition model : layer.byId().values()) {
      count(model.capabilities().bits(), model.ownedBy(), perCapability, perOwner);
    }
    int aliases = base.aliasCount() + layer.aliasCount() - hiddenAliases(layer);
    return new RegistryStats(compiled + layer.size(), compiled, layer.size(), aliases, base.catalogs().size(),
        autoCreate, perCapability, perOwner);
  }

  private int hiddenAliases(Overlay layer) {
    BitSet hidden = layer.hidden();
    int count = 0;
    for (int ordinal = hidden.nextSetBit(0); ordinal >= 0; ordinal = hidden.nextSetBit(ordinal + 1)) {
      count += base.model(ordinal).aliases().size();
    }
    return count;
  }

  private static void count(long bits, String owner, Map<Capability, Integer> perCapability,
      Map<String, Integer> perOwner) {
    for (long rest = bits; rest != 0; rest &= rest - 1) {
      Capability capability = Capability.ofOrdinal(Long.numberOfTrailingZeros(rest));
      perCapability.merge(capability, 1, Integer::sum);
    }
    perOwner.merge(owner, 1, Integer::sum);
  }

  @Override
  public String toString() {
    return "ModelRegistry[" + size() + " models, " + base.catalogs().size() + " catalogs]";
  }

  // ------------------------------------------------------------------------------- discovery (fuzzy, auto)

  private final ModelMatcher matcher = new ModelMatcher();
  private final AutoCreateStore autoCreated =
      new AutoCreateStore(AutoCreateStore.DEFAULT_CAPACITY, AutoCreatePolicy.EVICT_OLDEST);
  private volatile java.util.function.Function<String, ModelDefinition> autoCreateHandler;
  /** Built on the first call that needs it, so registries used only through {@link #find} never pay for it. */
  private volatile Resolver resolver;

  private Resolver resolver() {
    Resolver r = resolver;
    if (r == null) {
      synchronized (writeLock) {
        r = resolver;
        if (r == null) {
          r = new Resolver(this, base, matcher, autoCreated);
          resolver = r;
        }
      }
    }
    return r;
  }

  /** The current overlay, for the resolver's fuzzy index. */
  Overlay overlaySnapshot() {
    return overlay;
  }

  /**
   * The model the query names: {@link #find} first (an exact or normalized hit costs what {@code find} costs),
   * then a fine-tuned id ({@code ft:base:org::job}) whose base resolves, then models auto-created earlier, then
   * matches confirmed through {@link #matcher()}, then fuzzy resolution: the same model behind a route prefix
   * or snapshot suffix ({@code openai/gpt-4o}, {@code gpt-4o-2024-08-06},
   * {@code anthropic.claude-3-5-haiku-20241022-v1:0}), its words in another order, or one typo in its letters.
   *
   * <p>Fuzzy resolution is precise rather than eager: numbers are never changed ({@code gpt-5} does not find
   * {@code gpt-4}, {@code llama-3.1-70b} does not find {@code llama-3.1-8b}), a word the catalog uses elsewhere
   * is never a typo ({@code claude-3-sonnet} does not find {@code claude-3-opus}), and a query that fits
   * several models finds none. Use {@link #match} to see how a query resolved, {@link #require} for an error
   * with suggestions.
   */
  public Optional<ModelDefinition> get(String query) {
    ModelDefinition model = lookup(query);
    if (model != null) {
      return model.asOptional();
    }
    return get(query, true);
  }

  /** As {@link #get(String)}; with {@code fuzzy} false, the fuzzy step is skipped. */
  public Optional<ModelDefinition> get(String query, boolean fuzzy) {
    Resolver.Resolution r = resolver().resolve(query, fuzzy);
    return r == null ? Optional.empty() : r.model().asOptional();
  }

  /** How {@link #get(String)} resolves the query: model id, strategy, confidence, normalized forms. */
  public Optional<MatchResult> match(String query) {
    Resolver.Resolution r = resolver().resolve(query, true);
    return r == null ? Optional.empty() : Optional.of(r.match());
  }

  /**
   * The model {@link #get(String)} resolves.
   *
   * @throws UnknownModelException when none; its message and {@link UnknownModelException#suggestions()} list
   *     up to five close ids
   */
  public ModelDefinition require(String query) {
    Resolver.Resolution r = resolver().resolve(query, true);
    if (r == null) {
      throw new UnknownModelException(String.valueOf(query), suggest(query, 5));
    }
    return r.model();
  }

  /** Up to {@code max} visible ids close to the query, best first; for "did you mean" messages. */
  public List<String> suggest(String query, int max) {
    return resolver().suggest(query, max);
  }

  /**
   * The model {@link #get(String)} resolves, else a model created for the id: by the handler set with
   * {@link #setAutoCreateHandler}, or by default from {@link Discovery#inferCharacteristics} (embedding ids get
   * the embeddings preset, reasoning ids the reasoning preset and latency, large ids the large latency
   * preset). Created models are kept, by normalized id, so later {@code get} and {@code getOrCreate} calls
   * return the same instance; concurrent calls for one id create it once.
   *
   * <p>The store is bounded (10,000 models unless {@link #setAutoCreateLimit} says otherwise), so clients
   * sending random names cannot exhaust memory: when full, the {@link AutoCreatePolicy} evicts the oldest or
   * refuses.
   *
   * @throws UnknownModelException when auto-creation is off ({@link Builder#autoCreate})
   * @throws AutoCreateLimitException when the store is full and the policy is {@link AutoCreatePolicy#REFUSE}
   * @throws InvalidModelException when the id is not a valid model id (blank, whitespace ...)
   */
  public ModelDefinition getOrCreate(String id) {
    if (id == null) {
      throw new IllegalArgumentException("id: null is no model id");
    }
    rejectOverlong(id);
    Resolver.Resolution r = resolver().resolve(id, true);
    if (r != null) {
      return r.model();
    }
    if (!autoCreate) {
      throw new UnknownModelException(id, suggest(id, 5));
    }
    java.util.function.Function<String, ModelDefinition> handler = autoCreateHandler;
    return autoCreated.getOrCreate(Resolver.autoCreateKey(id), id,
        handler != null ? handler : DerivedModels::autoCreated);
  }

  /**
   * Sets the function that makes definitions for unknown ids in {@link #getOrCreate}; null restores the
   * default. The handler is called at most once per id while that id's model is stored, and must not call
   * {@code getOrCreate} itself.
   */
  public void setAutoCreateHandler(java.util.function.Function<String, ModelDefinition> handler) {
    this.autoCreateHandler = handler;
  }

  /**
   * Bounds the auto-created models: at most {@code capacity} are kept, and the policy says what happens when
   * one more is needed. Lowering the limit evicts the oldest at once.
   *
   * @throws IllegalArgumentException when the capacity is below 1
   */
  public void setAutoCreateLimit(int capacity, AutoCreatePolicy policy) {
    autoCreated.configure(capacity, policy);
  }

  /** Counts of the auto-created models: held, limit, created, evicted, refused. */
  public AutoCreateStats autoCreateStats() {
    return autoCreated.stats();
  }

  /** Drops every auto-created model. */
  public void clearAutoCreated() {
    autoCreated.clear();
  }

  /** The matcher whose confirmed matches ({@link ModelMatcher#recordSuccess}) {@link #get} follows. */
  public ModelMatcher matcher() {
    return matcher;
  }

  /**
   * Visible models matching every word of the query in their id, name, description, tags or capability
   * names ({@code "llama reasoning"}, {@code "mixtral moe"}), best first, at most {@code limit}. Reads every
   * definition, so it suits admin and discovery endpoints rather than request paths.
   */
  public List<ModelDefinition> search(String query, int limit) {
    if (overlong(query)) {
      // Checks the limit argument as usual, without reading the query.
      return ModelSearch.search(List.of(), null, limit);
    }
    return ModelSearch.search(all(), query, limit);
  }

  // ------------------------------------------------------------------------------ reliability: input bounds

  /**
   * The longest query the lookups look at: {@value}, four times {@link ModelRules#MAX_ID_LENGTH}, room for an id
   * behind route prefixes and suffixes ({@code bedrock/us.anthropic.claude-...-v2:0}). No model can be named by
   * anything longer, so a longer query is answered at once, at a cost that does not grow with its length:
   * {@link #find}, {@link #get}, {@link #match}, {@link #contains}, {@link #suggest} and {@link #search} find
   * nothing, {@link #require} throws {@link UnknownModelException}, {@link #getOrCreate} throws
   * {@link InvalidModelException} with the problem {@code id-too-long} on the field {@code id}.
   */
  public static final int MAX_QUERY_LENGTH = ModelRules.MAX_ID_LENGTH * 4;

  /** Whether a query is past {@link #MAX_QUERY_LENGTH}, so no model can answer it. */
  static boolean overlong(String query) {
    return query != null && query.length() > MAX_QUERY_LENGTH;
  }

  private static void rejectOverlong(String id) {
    if (overlong(id)) {
      throw new InvalidModelException(id.substring(0, 64) + "...", List.of(Problem.error("id-too-long", "id",
          "is " + id.length() + " characters long; a model id has at most " + ModelRules.MAX_ID_LENGTH
              + " and a query at most " + MAX_QUERY_LENGTH)));
    }
  }

  /** Chooses the catalogs and extra definitions of a registry. */
  public static final class Builder {
    private final List<ModelCatalog> catalogs = new ArrayList<>();
    private final List<ModelDefinition> definitions = new ArrayList<>();
    private boolean autoCreate = true;

    private Builder() {}

    /** Adds every catalog found on the class path through {@link ServiceLoader}. */
    public Builder addClassPathCatalogs() {
      return addClassPathCatalogs(Thread.currentThread().getContextClassLoader());
    }

    /** Adds every catalog that this class loader finds through {@link ServiceLoader}. */
    public Builder addClassPathCatalogs(ClassLoader loader) {
      for (ModelCatalog catalog : ServiceLoader.load(ModelCatalog.class, loader)) {
        catalogs.add(catalog);
      }
      return this;
    }

    /** Adds compiled catalogs. */
    public Builder addCatalogs(ModelCatalog... catalogs) {
      this.catalogs.addAll(List.of(catalogs));
      return this;
    }

    /** Adds definitions to register at run time, after the catalogs. */
    public Builder addDefinitions(Collection<ModelDefinition> definitions) {
      this.definitions.addAll(definitions);
      return this;
    }

    /** Adds definitions to register at run time, after the catalogs. */
    public Builder addDefinitions(ModelDefinition... definitions) {
      return addDefinitions(List.of(definitions));
    }

    /** Whether unknown models are created on demand (default true). */
    public Builder autoCreate(boolean autoCreate) {
      this.autoCreate = autoCreate;
      return this;
    }

    /**
     * Builds the registry.
     *
     * @throws IllegalStateException when two catalogs declare the same id or alias
     * @throws ModelConflictException when a definition clashes with a catalog model or another definition
     */
    public ModelRegistry build() {
      ModelRegistry registry = new ModelRegistry(new CompiledIndex(catalogs), autoCreate);
      if (!definitions.isEmpty()) {
        registry.registerAll(definitions);
      }
      return registry;
    }
  }
}
