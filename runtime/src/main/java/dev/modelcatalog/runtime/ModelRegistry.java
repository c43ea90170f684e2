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
public final class ModelRegistry extends RegistryPadding.After {
  // Inherited, alone on their cache lines (RegistryPadding): partitionBits, and exactEntries, which is base's exact
  // entries (CompiledIndex.attachedHit) while the overlay hides no compiled model, else noEntries. A repeated exact
  // hit reads it, a partition, a key and its definition, as many references as HashMap.get reads, and never looks
  // at the overlay. publish() keeps the two in step.

  private final CompiledIndex base;
  /** As many partitions as {@code base}'s exact entries, none loaded: what {@link #exactEntries} is while hiding. */
  private final Object[][] noEntries;
  private final boolean autoCreate;
  private final Object writeLock = new Object();
  private volatile Overlay overlay = Overlay.EMPTY;
  /** What {@link #find} found past the exact keys, by spelling, for one overlay; null until the first. */
  private volatile StateCache<String, Optional<ModelDefinition>> spellings;
  /** The most spellings {@link #spellings} (and the resolver's fuzzy answers) keeps; 0 keeps none. */
  private final int spellingCapacity;

  private ModelRegistry(CompiledIndex base, boolean autoCreate, int spellingCapacity) {
    super(base.partitionBits(), base.exactEntries());
    this.base = base;
    this.spellingCapacity = spellingCapacity;
    this.noEntries = new Object[base.exactEntries().length][];
    this.autoCreate = autoCreate;
  }

  /**
   * Makes {@code next} the overlay (under the write lock), with {@link #exactEntries} in step: a lookup that finds a
   * hit in the entries is ordered before any overlay that hides a compiled model, because the entries are put away
   * before such an overlay is published, and handed back only after an overlay that hides none.
   */
  private void publish(Overlay next) {
    // Written only when it changes: readers read it on every lookup, and a store would take their cache line.
    if (!next.hidesNothing() && exactEntries != noEntries) {
      exactEntries = noEntries;
    }
    overlay = next;
    if (next.hidesNothing() && exactEntries != base.exactEntries()) {
      exactEntries = base.exactEntries();
    }
    if (spellings != null) {
      // The memo answers for the overlay before; dropping it now lets its models go with that state.
      spellings = null;
    }
    Resolver r = resolver;
    if (r != null) {
      r.forgetFuzzyAnswers();
    }
  }

  /**
   * A registry of every catalog on the class path (found through {@link ServiceLoader}), with auto-creation on.
   *
   * @throws IllegalStateException when two catalogs declare the same id or alias
   */
  public static ModelRegistry loadDefault() {
    return withCatalogs(classPathCatalogs(Thread.currentThread().getContextClassLoader()));
  }

  /**
   * A registry of these compiled catalogs with the builder's defaults: auto-creation on, {@value
   * #DEFAULT_SPELLING_MEMO} spellings remembered. What a server that names its catalogs writes, for example
   * {@code ModelRegistry.of(BuiltInCatalogs.all())}; unlike {@link #loadDefault()} it opens no jar to find them, and
   * unlike {@link #builder()} it loads no builder class, one class fewer for a starting server.
   *
   * @throws NullPointerException when a catalog is null (the message names it: {@code catalogs[1]})
   * @throws IllegalStateException when two catalogs declare the same id or alias
   */
  public static ModelRegistry of(ModelCatalog... catalogs) {
    return withCatalogs(copyOf(catalogs, "catalogs"));
  }

  private static ModelRegistry withCatalogs(List<ModelCatalog> catalogs) {
    return new ModelRegistry(new CompiledIndex(catalogs), true, DEFAULT_SPELLING_MEMO);
  }

  /** Every catalog that this class loader finds through {@link ServiceLoader}, in the order it finds them. */
  private static List<ModelCatalog> classPathCatalogs(ClassLoader loader) {
    List<ModelCatalog> found = new ArrayList<>();
    for (ModelCatalog catalog : ServiceLoader.load(ModelCatalog.class, loader)) {
      found.add(catalog);
    }
    return found;
  }

  /**
   * The items as an unmodifiable list; a null collection, or a null item, is a {@link NullPointerException} that
   * names the argument ({@code models}) or the item ({@code models[2]}), thrown before anything changes.
   */
  private static <T> List<T> copyOf(Collection<? extends T> items, String argument) {
    @SuppressWarnings("unchecked") // the elements of a Collection<? extends T>; erased, the array is an Object[]
    T[] array = (T[]) Objects.requireNonNull(items, argument).toArray();
    return copyOf(array, argument);
  }

  /**
   * The batch, when no id comes twice in it: a batch that puts one id twice would announce two additions of one
   * model, and which definition stays would depend on the order.
   *
   * @throws IllegalArgumentException naming the second of two models with one id ({@code models[1]})
   */
  private static List<ModelDefinition> distinctIds(List<ModelDefinition> batch, String argument) {
    Map<String, Integer> first = new java.util.HashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      Integer earlier = first.putIfAbsent(batch.get(i).id(), i);
      if (earlier != null) {
        throw new IllegalArgumentException(argument + "[" + i + "]: id '" + batch.get(i).id() + "' is also "
            + argument + "[" + earlier + "]'s; a batch puts each id once");
      }
    }
    return batch;
  }

  /** {@link #copyOf(Collection, String)} for an array argument. */
  private static <T> List<T> copyOf(T[] items, String argument) {
    Objects.requireNonNull(items, argument);
    for (int i = 0; i < items.length; i++) {
      if (items[i] == null) {
        throw Failures.nullElement(argument, i);
      }
    }
    return List.of(items);
  }

  /** A builder for a registry of chosen catalogs and definitions. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------- lookups

  /**
   * The model with this id, alias, normalized id ({@link Discovery#normalizeModelId}) or compact key
   * ({@link Discovery#compactKey}), tried in that order; no fuzzy step, no auto-creation. A normalized id or
   * compact key shared by several models finds none of them. An exact hit allocates nothing. A hit past the exact
   * keys is remembered with its spelling ({@link Builder#spellingMemo}), so the same spelling again (a client sends
   * {@code GPT_4O} on every request) is answered without normalizing it and allocates nothing either.
   */
  public Optional<ModelDefinition> find(String id) {
    if (id == null || id.length() > MAX_QUERY_LENGTH) {
      // Before anything hashes it: a hostile query of a megabyte costs a length check, not a walk over it.
      return Optional.empty();
    }
    Optional<ModelDefinition> hit = CompiledIndex.attachedHit(exactEntries, partitionBits, id);
    if (hit != null) {
      return hit;
    }
    Overlay layer = overlay;
    if (layer.hidesNothing()) {
      // No compiled model is hidden, and a run-time model never takes a compiled id or alias (Draft.add refuses
      // it), so a compiled exact hit stands whatever the run-time layer holds: models registered at run time do
      // not slow the usual hit down.
      hit = base.exactHit(id);
      if (hit != null) {
        return hit;
      }
    }
    hit = StateCache.get(spellings, layer, id);
    if (hit != null) {
      return hit;
    }
    // Nothing registered, replaced or removed at run time (the usual case): the compiled index answers alone.
    hit = layer.isEmpty() ? base.pastExact(id) : layered(layer, id);
    if (hit.isPresent() && rememberable(id)) {
      remember(layer, id, hit);
    }
    return hit;
  }

  /**
   * Keeps a hit past the exact keys for the state it was found in. A write in between (the overlay moved on) keeps
   * nothing: the answer belongs to a state already gone, and the next hit starts the new state's memo.
   */
  private void remember(Overlay layer, String id, Optional<ModelDefinition> hit) {
    if (layer != overlay) {
      return;
    }
    StateCache<String, Optional<ModelDefinition>> memo = StateCache.forState(spellings, layer, spellingCapacity);
    spellings = memo;
    memo.put(id, hit);
  }

  /**
   * Whether a spelling's answer may be kept ({@link Builder#spellingMemo}): the memo is on, and the query is no
   * longer than an id may be, so a client cannot fill it with long strings.
   */
  boolean rememberable(String query) {
    return spellingCapacity > 0 && query.length() <= ModelRules.MAX_ID_LENGTH;
  }

  /** The model {@link #find} would return, or null. */
  ModelDefinition lookup(String id) {
    return find(id).orElse(null);
  }

  /**
   * {@link #find} through a run-time layer: its models shadow compiled ones, and its hidden ones are gone. When the
   * layer hides nothing, {@link #find} has already tried the compiled ids and aliases.
   */
  private Optional<ModelDefinition> layered(Overlay layer, String id) {
    int v = layer.exact(id);
    if (v >= 0) {
      return layer.model(v & ~CompiledIndex.ALIAS_FLAG).asOptional();
    }
    // A hidden compiled model is gone: its keys answer as if it had never been declared, so a query that only it
    // held exactly goes on to the normalized and compact steps, where a run-time model may hold it (alpha-m after
    // the compiled alias alpha-m was removed and ALPHA_M registered).
    if (!layer.hidesNothing()) {
      v = base.exact(id);
      if (v >= 0 && !layer.isHidden(v & ~CompiledIndex.ALIAS_FLAG)) {
        return base.model(v & ~CompiledIndex.ALIAS_FLAG).asOptional();
      }
    }
    v = layer.normalized(id);
    if (v >= 0) {
      return layer.model(v).asOptional();
    }
    if (v == KeyTable.MISSING) {
      v = base.normalized(id);
      if (v >= 0) {
        if (!layer.isHidden(v)) {
          return base.model(v).asOptional();
        }
        v = KeyTable.MISSING;
      }
    }
    if (v == KeyTable.AMBIGUOUS) {
      return Optional.empty();
    }
    v = layer.compact(id);
    if (v >= 0) {
      int compiled = base.compact(id);
      if (compiled == KeyTable.AMBIGUOUS || compiled >= 0 && !layer.isHidden(compiled)) {
        // A compact key that a visible compiled model holds as well names neither, as when two compiled models
        // share one: registering gpt-4-o must not take gpt4o from gpt-4o.
        return Optional.empty();
      }
      return sized(id, layer.model(v));
    }
    if (v == KeyTable.MISSING) {
      v = base.compact(id);
      if (v >= 0) {
        return layer.isHidden(v) ? Optional.empty() : sized(id, base.model(v));
      }
    }
    return Optional.empty();
  }

  /** The model a compact key found, unless the query states a size the model's names do not have. */
  private static Optional<ModelDefinition> sized(String query, ModelDefinition model) {
    return SizeTokens.agree(query, model) ? model.asOptional() : Optional.empty();
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
      publish(overlay.draft(base).add(model).build());
    }
    events().added(model);
  }

  /**
   * Adds every model, or none: the first conflict (with the registry or within the batch) throws and leaves the
   * registry unchanged.
   */
  public void registerAll(Collection<ModelDefinition> models) {
    List<ModelDefinition> batch = copyOf(models, "models");
    synchronized (writeLock) {
      Overlay.Draft draft = overlay.draft(base);
      for (ModelDefinition model : batch) {
        draft.add(model);
      }
      publish(draft.build());
    }
    batch.forEach(events()::added);
  }

  /**
   * Puts a model in place of the visible model with the same id, compiled models included (the compiled one is
   * shadowed, not lost: {@link #remove} of the replacement does not bring it back, a fresh registry does).
   *
   * @throws UnknownModelException when no visible model has that id, with up to five close ids as suggestions
   * @throws ModelConflictException when one of its aliases or normalized ids belongs to another model
   */
  public void replace(ModelDefinition model) {
    Objects.requireNonNull(model, "model");
    ModelDefinition previous;
    boolean replaced;
    synchronized (writeLock) {
      previous = visibleExact(model.id());
      Overlay.Draft draft = overlay.draft(base);
      replaced = draft.replace(model);
      if (replaced) {
        publish(draft.build());
      }
    }
    if (!replaced) {
      // Suggested outside the lock: the first suggestion builds the fuzzy index, and writers need not wait for it.
      throw Failures.unknownModel(model.id(), suggest(model.id(), 5));
    }
    events().replaced(previous, model);
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
    ModelDefinition previous;
    synchronized (writeLock) {
      previous = visibleExact(idOrAlias);
      Overlay.Draft draft = overlay.draft(base);
      if (!draft.hide(idOrAlias)) {
        return false;
      }
      publish(draft.build());
    }
    events().removed(previous);
    return true;
  }

  /**
   * Brings back the compiled model with exactly this id as its catalog defines it: a run-time model that replaced
   * it is dropped, a removal is undone. For undoing a change exactly: {@link #replace} or {@link #register} of the
   * compiled definition would leave a run-time copy of it in {@link #runtimeModels()}.
   *
   * @return whether the registry changed; false when no compiled model has this id, or it is visible as compiled
   * @throws ModelConflictException when a model added at run time holds one of its keys; the registry is unchanged
   */
  public boolean restoreCompiled(String id) {
    if (id == null) {
      return false;
    }
    ModelDefinition previous;
    ModelDefinition restored;
    synchronized (writeLock) {
      previous = visibleExact(id);
      Overlay.Draft draft = overlay.draft(base);
      if (!draft.restoreCompiled(id)) {
        return false;
      }
      publish(draft.build());
      restored = visibleExact(id);
    }
    if (previous != null && previous.id().equals(id)) {
      events().replaced(previous, restored);
    } else {
      events().added(restored);
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------- queries

  /**
   * Every visible model that matches the query, in id order; when the query {@link ModelQuery.Builder#prefer
   * prefers} capabilities, models with more of them come first (then id order).
   */
  public List<ModelDefinition> listModels(ModelQuery query) {
    Objects.requireNonNull(query, "query");
    Overlay layer = overlay;
    StateCache<ModelQuery, List<ModelDefinition>> cache = StateCache.forState(queryCache, layer, CACHED_QUERIES);
    if (cache != queryCache) {
      queryCache = cache;
    }
    if (!query.cacheable()) {
      return new QueryEngine(base, layer).list(query);
    }
    List<ModelDefinition> answer = cache.get(query);
    if (answer == null) {
      answer = new QueryEngine(base, layer).list(query);
      cache.put(query, answer);
    }
    return answer;
  }

  /** Answers of recent queries for one overlay: a write publishes a new overlay, which starts an empty cache. */
  private volatile StateCache<ModelQuery, List<ModelDefinition>> queryCache;
  /** Distinct queries {@link #queryCache} keeps. */
  private static final int CACHED_QUERIES = 64;

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

  // ---------------------------------------------------------------------------------------------- registry features
  // Events, capability views, pricing, lifecycle, routes and platforms, run-time overlay access. The logic lives in
  // QueryEngine, CostCalculator, Alternatives, RegistryRoutes and DatedSnapshots; these methods delegate.

  /** Null until a listener is added: a registry nobody listens to tells no one. */
  private volatile RegistryEvents events;
  /** Platforms and routes; null until first used, so registries that never route pay nothing. */
  private volatile RegistryRoutes routing;

  /** Adds a listener for model and route events; see {@link RegistryListener} for when it is called. */
  public void addListener(RegistryListener listener) {
    Objects.requireNonNull(listener, "listener");
    synchronized (writeLock) {
      if (events == null) {
        events = new RegistryEvents();
      }
      events.add(listener);
    }
  }

  /** Removes a listener; false when it was not added. */
  public boolean removeListener(RegistryListener listener) {
    RegistryEvents e = events;
    return e != null && e.remove(listener);
  }

  /** The listeners to tell of a change, or a no-op when none was ever added. */
  private RegistryEvents events() {
    RegistryEvents e = events;
    return e != null ? e : RegistryEvents.NONE;
  }

  /** The visible model holding this exact id or alias, or null. */
  ModelDefinition visibleExact(String key) {
    Overlay layer = overlay;
    int v = layer.exact(key);
    if (v >= 0) {
      return layer.model(v & ~CompiledIndex.ALIAS_FLAG);
    }
    v = base.exact(key);
    if (v >= 0 && !layer.isHidden(v & ~CompiledIndex.ALIAS_FLAG)) {
      return base.model(v & ~CompiledIndex.ALIAS_FLAG);
    }
    return null;
  }

  /** The model {@link #find} finds; else an {@link UnknownModelException} with suggestions. */
  private ModelDefinition requireFound(String id) {
    ModelDefinition model = lookup(id);
    if (model == null) {
      throw Failures.unknownModel(String.valueOf(id), id == null ? List.of() : suggest(id, 5));
    }
    return model;
  }

  /**
   * The models registered or replaced at run time, in id order. Auto-created models are not among them: they live
   * in a bounded store of their own ({@link #setAutoCreateLimit}) and are made again on demand.
   */
  public List<ModelDefinition> runtimeModels() {
    return List.copyOf(overlay.byId().values());
  }

  /**
   * The run-time models and the compiled models removed at run time, from one state: what {@code
   * OverlayStore.save(registry, file)} writes, so that a restart restores the additions and the removals alike.
   */
  public RuntimeChanges runtimeChanges() {
    Overlay state = overlay;
    List<String> removed = new ArrayList<>();
    if (!state.hidesNothing()) {
      BitSet hidden = state.hidden();
      for (int i = hidden.nextSetBit(0); i >= 0; i = hidden.nextSetBit(i + 1)) {
        // A compiled model replaced at run time is hidden too; its replacement is saved under the same id.
        String id = base.id(i);
        if (!state.byId().containsKey(id)) {
          removed.add(id);
        }
      }
      removed.sort(null);
    }
    return new RuntimeChanges(state.byId().values().stream().toList(), removed);
  }

  /**
   * Registers every model, replacing the visible model with the same id where there is one, all or nothing: the
   * first conflict throws and leaves the registry unchanged. Restoring a saved overlay uses this.
   *
   * @throws ModelConflictException when an alias or normalized id belongs to another model
   * @throws IllegalArgumentException when two of the models have one id
   */
  public void putAll(Collection<ModelDefinition> models) {
    List<ModelDefinition> batch = distinctIds(copyOf(models, "models"), "models");
    List<ModelDefinition> previous = new ArrayList<>();
    synchronized (writeLock) {
      Overlay.Draft draft = overlay.draft(base);
      for (ModelDefinition model : batch) {
        previous.add(visibleExact(model.id()));
        if (!draft.replace(model)) {
          draft.add(model);
        }
      }
      publish(draft.build());
    }
    for (int i = 0; i < batch.size(); i++) {
      if (previous.get(i) == null) {
        events().added(batch.get(i));
      } else {
        events().replaced(previous.get(i), batch.get(i));
      }
    }
  }

  /** For every capability, the ids of the visible models that have it, in id order (every capability listed). */
  public Map<Capability, List<String>> capabilityMatrix() {
    return new QueryEngine(base, overlay).capabilityMatrix();
  }

  /**
   * The capabilities response for a model: limits, pricing, headline capabilities, modalities, supported
   * request parameters.
   *
   * @throws UnknownModelException when {@link #find} finds no model
   */
  public CapabilityReport capabilities(String id) {
    return CapabilityReport.of(requireFound(id));
  }

  /**
   * Active models that can do everything this one can, best fit first: its declared replacement, then the
   * closest capability sets, then the same owner, then id order.
   *
   * @throws UnknownModelException when {@link #find} finds no model
   */
  public List<ModelDefinition> alternatives(String id) {
    return Alternatives.of(requireFound(id), new QueryEngine(base, overlay));
  }

  /**
   * The cheapest model, in USD, for a request of {@code promptTokens} in and {@code outputTokens} out, among the
   * models with every required capability whose limits hold the request. Empty when none is priced in USD.
   */
  public Optional<PricedModel> cheapestModel(long promptTokens, long outputTokens, Capability... required) {
    return cheapestModel(ModelQuery.builder().require(Capabilities.of("required", required)).build(), promptTokens,
        outputTokens);
  }

  /**
   * The cheapest model meeting the query, in the query's {@link ModelQuery#priceCurrency()}, for a request of
   * {@code promptTokens} in and {@code outputTokens} out; ties go to the smaller id.
   */
  public Optional<PricedModel> cheapestModel(ModelQuery query, long promptTokens, long outputTokens) {
    Objects.requireNonNull(query, "query");
    return CostCalculator.cheapest(listModels(query), promptTokens, outputTokens, query.priceCurrency());
  }

  /** The platforms routes may name: the built-in ones, those the catalogs declare and those registered, by id. */
  public List<Platform> platforms() {
    return routing().platforms();
  }

  /** The platform with this id. */
  public Optional<Platform> platform(String id) {
    return routing().platform(id);
  }

  /**
   * Adds a platform, or replaces the one with the same id (to mark it under maintenance, for example).
   *
   * @throws IllegalArgumentException when the id is no valid platform id
   */
  public void registerPlatform(Platform platform) {
    Objects.requireNonNull(platform, "platform");
    routing().registerPlatform(platform);
  }

  /** Every provider of the compiled catalogs, and every owner of run-time models without one, by id. */
  public List<ProviderInfo> providers() {
    TreeMap<String, ProviderInfo> providers = new TreeMap<>();
    for (ModelCatalog catalog : base.catalogs()) {
      providers.put(catalog.providerId(), catalog.providerInfo());
    }
    for (ModelDefinition model : overlay.byId().values()) {
      String id = model.provider().orElse(model.ownedBy());
      providers.putIfAbsent(id, ProviderInfo.of(id));
    }
    return List.copyOf(providers.values());
  }

  /** The platforms and routes, made on first use. */
  private RegistryRoutes routing() {
    RegistryRoutes r = routing;
    if (r == null) {
      synchronized (writeLock) {
        r = routing;
        if (r == null) {
          r = new RegistryRoutes(this, base, writeLock);
          routing = r;
        }
      }
    }
    return r;
  }

  /** Every route of the model {@link #find} finds, by priority; empty for an unknown model or one without routes. */
  public List<Route> routes(String modelId) {
    ModelDefinition model = lookup(modelId);
    return model == null ? List.of() : routing().routes(model.id());
  }

  /**
   * The routes to try for the model, in order: usable routes (active or beta, on a usable platform), active
   * before beta, then by priority, then by platform id.
   */
  public List<Route> fallbackChain(String modelId) {
    ModelDefinition model = lookup(modelId);
    return model == null ? List.of() : routing().fallbackChain(model.id());
  }

  /** The first route of the {@link #fallbackChain}; empty when the model has no usable route. */
  public Optional<Route> bestRoute(String modelId) {
    List<Route> chain = fallbackChain(modelId);
    return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
  }

  /** The platforms through which the model is available, each with its usable routes, in fallback order. */
  public Map<String, List<Route>> availability(String modelId) {
    ModelDefinition model = lookup(modelId);
    return model == null ? Map.of() : routing().availability(model.id());
  }

  /**
   * The model a platform serves under this model string: the model of a route with that platform and model
   * string, else whatever {@link #find} finds for the model string.
   */
  public Optional<ModelDefinition> findByRoute(String platform, String modelString) {
    String id = routing().modelFor(platform, modelString);
    return id != null ? find(id) : find(modelString);
  }

  /**
   * The cheapest usable route, in USD, for a request of {@code promptTokens} in and at most
   * {@code maxOutputTokens} out, to a model with every required capability, whose limits on that route hold the
   * request. Ties go to the lower priority, then the smaller model id, then the platform id.
   */
  public Optional<RouteQuote> cheapestRoute(long promptTokens, long maxOutputTokens, Capability... required) {
    return cheapestRoute(promptTokens, maxOutputTokens, Capabilities.of("required", required), "USD");
  }

  /**
   * {@link #cheapestRoute(long, long, Capability...)} for any capability set and currency (an ISO 4217 code, in
   * any case).
   *
   * @throws IllegalArgumentException when the currency is not three letters
   */
  public Optional<RouteQuote> cheapestRoute(long promptTokens, long maxOutputTokens,
      java.util.Set<Capability> required, String currency) {
    return routing().cheapestRoute(promptTokens, maxOutputTokens, required, currency);
  }

  /**
   * Adds a route at run time. Its model is resolved through {@link #find} (from {@link Route#model()}, else from
   * its model string) and the route is stored with the model's canonical id; it is checked with
   * {@link RouteRules#checkModelRoutes} together with the model's other routes.
   *
   * @return the route as stored
   * @throws UnknownModelException when no model is found for the route
   * @throws InvalidRouteException when the route names an unknown platform, repeats a priority, or exceeds the
   *     model's limits; the registry is unchanged
   */
  public Route addRoute(Route route) {
    Objects.requireNonNull(route, "route");
    String key = route.model().orElse(route.modelString());
    RegistryRoutes r = routing();
    Route stored;
    synchronized (writeLock) {
      stored = r.add(requireFound(key), route);
    }
    events().routeAdded(stored);
    return stored;
  }

  // ---------------------------------------------------------------------------------------------- map view

  /** Created on first use; the view holds no state of its own (it walks in the compiled index's id order). */
  private volatile RegistryMapView mapView;

  /**
   * A read-only, live {@link Map} view of the registry, for code that expects a map.
   *
   * <p>{@code get} and {@code containsKey} resolve exactly like {@link #find}: ids, aliases, normalized ids and
   * compact keys, no fuzzy step, no auto-creation. Iteration ({@code keySet}, {@code values}, {@code entrySet})
   * is over canonical ids only, in id order, each iterator walking the registry as it was when the iterator was
   * made. {@code size()} is {@link #size()}. Every mutator throws {@link UnsupportedOperationException}; later
   * registrations and removals show through.
   *
   * <p>One deliberate difference from a plain map: {@code get("gpt-4o-2024-08-06")} (an alias) returns the model
   * while {@code keySet()} holds only {@code "gpt-4o"}. So {@code containsKey(k)} may be true for a {@code k} that
   * {@code keySet().contains(k)} denies, and a plain map keyed by an alias can equal this view while this view
   * does not equal it. Maps compared with this view should be keyed by canonical ids.
   *
   * <pre>{@code
   * Map<String, ModelDefinition> models = registry.asMap();
   * models.get("GPT_4O");          // the gpt-4o definition
   * models.keySet();               // canonical ids, in id order
   * }</pre>
   */
  public Map<String, ModelDefinition> asMap() {
    RegistryMapView view = mapView;
    if (view == null) {
      synchronized (writeLock) {
        view = mapView;
        if (view == null) {
          view = new RegistryMapView(this);
          mapView = view;
        }
      }
    }
    return view;
  }

  /** The compiled index, for views that walk the registry. */
  CompiledIndex compiledIndex() {
    return base;
  }

  /** The overlay published now; views read it once per walk so that the walk sees one state. */
  Overlay currentOverlay() {
    return overlay;
  }

  // ---------------------------------------------------------------------------------------------- usage

  /** Created on first use, so registries that never record usage pay nothing for it. */
  private volatile UsageRecorder usage;

  /**
   * The registry's usage recorder: requests, tokens, cost and latency per model, tracking at most
   * {@link UsageRecorder#DEFAULT_MAX_TRACKED_MODELS} models individually (the rest is counted under
   * {@link UsageRecorder#OTHER}). For another limit, create a {@link UsageRecorder} of your own.
   */
  public UsageRecorder usage() {
    UsageRecorder recorder = usage;
    if (recorder == null) {
      synchronized (writeLock) {
        recorder = usage;
        if (recorder == null) {
          recorder = new UsageRecorder(this, UsageRecorder.DEFAULT_MAX_TRACKED_MODELS);
          usage = recorder;
        }
      }
    }
    return recorder;
  }

  /**
   * Records one request to a model; see {@link UsageRecorder#record(String, long, long, long, long)}.
   *
   * @param cachedTokens input tokens served from the provider's cache (part of {@code inputTokens})
   * @throws IllegalArgumentException naming the field when a count or the latency is negative, or more tokens
   *     are cached than sent; nothing is recorded then
   */
  public void recordUsage(String modelId, long inputTokens, long outputTokens, long cachedTokens,
      java.time.Duration latency) {
    usage().record(modelId, inputTokens, outputTokens, cachedTokens, latency);
  }

  /**
   * Records one request with its latency in nanoseconds; see
   * {@link #recordUsage(String, long, long, long, java.time.Duration)}.
   */
  public void recordUsage(String modelId, long inputTokens, long outputTokens, long cachedTokens,
      long latencyNanos) {
    usage().record(modelId, inputTokens, outputTokens, cachedTokens, latencyNanos);
  }

  /** The usage recorded for the model this id finds; empty when none was recorded; see {@link UsageRecorder#stats}. */
  public Optional<UsageStats> usageStats(String modelId) {
    return usage().stats(modelId);
  }

  /** The {@code n} models with the most requests; see {@link UsageRecorder#top}. */
  public List<UsageStats> topModels(int n) {
    return usage().top(n);
  }

  /**
   * Changes with every write (register, replace, remove), so the usage recorder can tell with one volatile read
   * that its cached id resolutions and prices may be stale.
   */
  Object generation() {
    return overlay;
  }

  // ---------------------------------------------------------------------------------------------- versions

  /** Made on first use: registries never asked about dates load none of it. */
  private volatile DatedSnapshots datedSnapshots;

  /** The dated snapshots as this registry shows them, for its version queries and the resolver's date checks. */
  DatedSnapshots datedSnapshots() {
    DatedSnapshots snapshots = datedSnapshots;
    if (snapshots == null) {
      // Without a lock: two threads may both make one, and each answers the same from the same catalogs.
      snapshots = new DatedSnapshots(this, base);
      datedSnapshots = snapshots;
    }
    return snapshots;
  }

  /**
   * The visible dated snapshots of the family of the model this id finds, oldest first: {@code versions("gpt-4o")},
   * {@code versions("gpt-4o-2024-05-13")} and {@code versions("GPT_4O")} all list gpt-4o's snapshots. Empty
   * when the id finds nothing or a model without snapshots.
   */
  public List<Snapshot> versions(String id) {
    return datedSnapshots().versions(id);
  }

  /** The newest visible snapshot of the family of the model this id finds; empty when there is none. */
  public Optional<ModelDefinition> latest(String id) {
    List<Snapshot> snapshots = versions(id);
    return snapshots.isEmpty() ? Optional.empty() : find(snapshots.get(snapshots.size() - 1).id());
  }

  /**
   * The snapshot of exactly this date of the family of the model this id finds: {@code get("gpt-4o",
   * "2024-08-06")}. A date with no snapshot is empty, never answered with a neighbouring snapshot and its
   * prices.
   *
   * @param date {@code YYYY-MM-DD} or {@code YYYYMMDD}
   * @throws IllegalArgumentException naming the field when the date is not a date
   */
  public Optional<ModelDefinition> get(String id, String date) {
    return datedSnapshots().at(id, date);
  }

  /**
   * Whether the query is a dated id of a known family without a snapshot of that date, and if so which dates
   * exist: {@code missingSnapshot("gpt-4o-2024-11-20")} says "no snapshot of gpt-4o dated 2024-11-20; known:
   * 2024-05-13, 2024-08-06". Such a query finds nothing through {@link #get(String)} and {@link #match}, rather
   * than a sibling snapshot with other prices, and {@link #require} throws {@link UnknownSnapshotException}.
   * Empty for any other query, including ids that {@link #find} finds.
   *
   * @param query an id ending in a date, {@code -YYYY-MM-DD} or {@code -YYYYMMDD}, after any route prefix
   */
  public Optional<MissingSnapshot> missingSnapshot(String query) {
    return datedSnapshots().missing(query);
  }

  @Override
  public String toString() {
    return "ModelRegistry[" + size() + " models, " + base.catalogs().size() + " catalogs]";
  }

  // ------------------------------------------------------------------------------- discovery (fuzzy, auto)

  // The matcher and the auto-created store are made on first use: start-up loads neither class.
  private volatile ModelMatcher matcher;
  private volatile AutoCreateStore autoCreated;
  private volatile java.util.function.Function<String, ModelDefinition> autoCreateHandler;
  /** Built on the first call that needs it, so registries used only through {@link #find} never pay for it. */
  private volatile Resolver resolver;

  private Resolver resolver() {
    Resolver r = resolver;
    if (r == null) {
      synchronized (writeLock) {
        r = resolver;
        if (r == null) {
          r = new Resolver(this, base, matcher(), autoCreated(), spellingCapacity);
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
    if (query == null || overlong(query)) {
      return Optional.empty();
    }
    // The lookup missed: go on from there rather than resolve(), which would look up again.
    Resolver.Resolution r = resolver().resolveUnknown(query, true);
    return r == null ? Optional.empty() : r.model().asOptional();
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
   *     up to five close ids; an {@link UnknownSnapshotException} when the query is a dated id of a known family
   *     without a snapshot of that date ({@link #missingSnapshot})
   */
  public ModelDefinition require(String query) {
    Resolver.Resolution r = resolver().resolve(query, true);
    if (r == null) {
      Optional<MissingSnapshot> missing = missingSnapshot(query);
      if (missing.isPresent()) {
        throw Failures.unknownSnapshot(missing.get());
      }
      throw Failures.unknownModel(String.valueOf(query), suggest(query, 5));
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
    // An id, alias or normalized id of a visible model: no resolution record to build.
    ModelDefinition known = lookup(id);
    if (known != null) {
      return known;
    }
    // What resolveUnknown answers first, without the match record it builds: a server that auto-creates unknown
    // models asks for the same ones on every request.
    Resolver resolver = resolver();
    ModelDefinition created = resolver.autoCreatedFor(id);
    if (created != null) {
      return created;
    }
    Resolver.Resolution r = resolver.resolveUnknown(id, true);
    if (r != null) {
      return r.model();
    }
    if (!autoCreate) {
      throw Failures.unknownModel(id, suggest(id, 5));
    }
    java.util.function.Function<String, ModelDefinition> handler = autoCreateHandler;
    return autoCreated().getOrCreate(resolver.autoCreateKeyOf(id), id,
        handler != null ? handler : DerivedModels::autoCreated, model -> events().autoCreated(model));
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
    autoCreated().configure(capacity, policy);
  }

  /** Counts of the auto-created models: held, limit, created, evicted, refused. */
  public AutoCreateStats autoCreateStats() {
    return autoCreated().stats();
  }

  /** Drops every auto-created model. */
  public void clearAutoCreated() {
    autoCreated().clear();
  }

  /** The matcher whose confirmed matches ({@link ModelMatcher#recordSuccess}) {@link #get} follows. */
  public ModelMatcher matcher() {
    ModelMatcher m = matcher;
    if (m == null) {
      synchronized (writeLock) {
        m = matcher;
        if (m == null) {
          m = new ModelMatcher();
          matcher = m;
        }
      }
    }
    return m;
  }

  private AutoCreateStore autoCreated() {
    AutoCreateStore store = autoCreated;
    if (store == null) {
      synchronized (writeLock) {
        store = autoCreated;
        if (store == null) {
          store = new AutoCreateStore(AutoCreateStore.DEFAULT_CAPACITY, AutoCreatePolicy.EVICT_OLDEST);
          autoCreated = store;
        }
      }
    }
    return store;
  }

  /**
   * Visible models matching every word of the query in their id, name, description, tags or capability
   * names ({@code "llama reasoning"}, {@code "mixtral moe"}), best first, at most {@code limit}. The first search
   * after a change prepares every model's searchable text once; a search then scans that text without allocating
   * per model, so it costs time linear in the catalog (see the benchmarks) and suits admin and discovery endpoints.
   */
  public List<ModelDefinition> search(String query, int limit) {
    if (overlong(query)) {
      // Checks the limit argument as usual, without reading the query.
      ModelSearch.checkLimit(limit);
      return List.of();
    }
    return searchIndex().search(query, limit);
  }

  /**
   * Builds now what the registry otherwise builds on first use, so that no later request pays for it: every key
   * table (ids, aliases, normalized and compact forms), every compiled definition (loading every shard class), the
   * columns behind queries, the fuzzy index, the index of snapshot families, the tables of platforms and routes,
   * and the search text. A server calls it at start, on a thread of its own if it starts listening first: lookups
   * made meanwhile are answered as usual, each building what it needs, and what a write changes is built again on
   * its first use, as without a warm-up. At 10,000 models it takes a fraction of a second and keeps some 3 KB a
   * model, the fuzzy index most of that (see the benchmarks).
   *
   * @throws IllegalStateException when separately compiled catalogs declare conflicting snapshots, which would
   *     otherwise surface on the first date query
   */
  public void warmUp() {
    base.loadEveryTable();
    base.contextWindowsByRank();
    all();
    resolver().prepare();
    datedSnapshots().prepare();
    routing().prepare();
    searchIndex();
  }

  /** The resolver, when a fuzzy step or {@link #warmUp} made it (tests); null otherwise. */
  Resolver resolverIfMade() {
    return resolver;
  }

  /** Whether the search text of the current models is prepared (tests). */
  boolean searchTextPrepared() {
    SearchState state = searchState;
    return state != null && state.layer() == overlay;
  }

  /** The search text of the models visible in the current overlay. */
  private record SearchState(Overlay layer, ModelSearch search) {}

  private volatile SearchState searchState;

  private ModelSearch searchIndex() {
    Overlay layer = overlay;
    SearchState state = searchState;
    if (state == null || state.layer() != layer) {
      // Built from a read at least as new as `layer`: a write in between only makes the next search rebuild.
      state = new SearchState(layer, ModelSearch.over(all()));
      searchState = state;
    }
    return state.search();
  }

  // ---------------------------------------------------------------------------------------------- shared state
  // Changes learned from a shared store (RegistrySync, RemoteCatalog) are applied in one step, and a write is checked
  // against the registry before it goes to the store.

  /**
   * Removes the models with these ids and registers or replaces these models, in one step: readers see the registry
   * before or after, never between. Ids that find no visible model are skipped. Events fire after the change is
   * visible: removed, then added or replaced.
   *
   * @throws ModelConflictException when an alias or normalized id of a model belongs to another model; the registry
   *     is unchanged
   * @throws IllegalArgumentException when two of the models have one id
   */
  public void applyChanges(Collection<ModelDefinition> put, Collection<String> remove) {
    List<ModelDefinition> batch = distinctIds(copyOf(put, "put"), "put");
    List<String> ids = copyOf(remove, "remove");
    List<ModelDefinition> removed = new ArrayList<>();
    List<ModelDefinition> previous = new ArrayList<>();
    synchronized (writeLock) {
      Overlay.Draft draft = overlay.draft(base);
      for (String id : ids) {
        ModelDefinition visible = visibleExact(id);
        if (visible != null && visible.id().equals(id) && draft.hide(id)) {
          removed.add(visible);
        }
      }
      for (ModelDefinition model : batch) {
        ModelDefinition visible = visibleExact(model.id());
        previous.add(visible != null && visible.id().equals(model.id()) && !removed.contains(visible) ? visible
            : null);
        if (!draft.replace(model)) {
          draft.add(model);
        }
      }
      publish(draft.build());
    }
    removed.forEach(events()::removed);
    for (int i = 0; i < batch.size(); i++) {
      if (previous.get(i) == null) {
        events().added(batch.get(i));
      } else {
        events().replaced(previous.get(i), batch.get(i));
      }
    }
  }

  /**
   * Checks that {@link #putAll} of these models would succeed, changing nothing: for writes that go to a shared store
   * first and reach the registry after.
   *
   * @throws ModelConflictException when an alias or normalized id of a model belongs to another model
   * @throws IllegalArgumentException when two of the models have one id
   */
  public void checkPutAll(Collection<ModelDefinition> models) {
    List<ModelDefinition> batch = distinctIds(copyOf(models, "models"), "models");
    Overlay.Draft draft = overlay.draft(base);
    for (ModelDefinition model : batch) {
      if (!draft.replace(model)) {
        draft.add(model);
      }
    }
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

  /** The spellings a registry remembers unless its builder says otherwise ({@link Builder#spellingMemo}). */
  public static final int DEFAULT_SPELLING_MEMO = 512;

  /** Whether a query is past {@link #MAX_QUERY_LENGTH}, so no model can answer it. */
  static boolean overlong(String query) {
    return query != null && query.length() > MAX_QUERY_LENGTH;
  }

  private static void rejectOverlong(String id) {
    if (overlong(id)) {
      throw Failures.invalidModel(id.substring(0, 64) + "...", List.of(Problem.error("id-too-long", "id",
          "is " + id.length() + " characters long; a model id has at most " + ModelRules.MAX_ID_LENGTH
              + " and a query at most " + MAX_QUERY_LENGTH)));
    }
  }

  /** Chooses the catalogs and extra definitions of a registry. */
  public static final class Builder {
    private final List<ModelCatalog> catalogs = new ArrayList<>();
    private final List<ModelDefinition> definitions = new ArrayList<>();
    private boolean autoCreate = true;
    private int spellingMemo = DEFAULT_SPELLING_MEMO;

    private Builder() {}

    /** Adds every catalog found on the class path through {@link ServiceLoader}. */
    public Builder addClassPathCatalogs() {
      return addClassPathCatalogs(Thread.currentThread().getContextClassLoader());
    }

    /** Adds every catalog that this class loader finds through {@link ServiceLoader}. */
    public Builder addClassPathCatalogs(ClassLoader loader) {
      catalogs.addAll(classPathCatalogs(loader));
      return this;
    }

    /** Adds compiled catalogs. */
    public Builder addCatalogs(ModelCatalog... catalogs) {
      this.catalogs.addAll(copyOf(catalogs, "catalogs"));
      return this;
    }

    /** Adds definitions to register at run time, after the catalogs. */
    public Builder addDefinitions(Collection<ModelDefinition> definitions) {
      this.definitions.addAll(copyOf(definitions, "definitions"));
      return this;
    }

    /** Adds definitions to register at run time, after the catalogs. */
    public Builder addDefinitions(ModelDefinition... definitions) {
      return addDefinitions(copyOf(definitions, "definitions"));
    }

    /** Whether unknown models are created on demand (default true). */
    public Builder autoCreate(boolean autoCreate) {
      this.autoCreate = autoCreate;
      return this;
    }

    /**
     * How many spellings other than an id or alias ({@code GPT_4O}, {@code gpt4o}, {@code org/Model-Name}) the
     * registry remembers with what {@link ModelRegistry#find} found for them (default
     * {@value ModelRegistry#DEFAULT_SPELLING_MEMO}; 0 remembers none). A remembered spelling is answered by one
     * hash probe and a string comparison instead of normalizing it again. Only hits of queries up to
     * {@link ModelRules#MAX_ID_LENGTH} characters are kept, for the registry's current state; past the capacity the
     * memo starts over.
     *
     * @throws IllegalArgumentException when {@code capacity} is negative
     */
    public Builder spellingMemo(int capacity) {
      if (capacity < 0) {
        throw new IllegalArgumentException("spellingMemo: must not be negative, was " + capacity);
      }
      this.spellingMemo = capacity;
      return this;
    }

    /**
     * Builds the registry.
     *
     * @throws IllegalStateException when two catalogs declare the same id or alias
     * @throws ModelConflictException when a definition clashes with a catalog model or another definition
     */
    public ModelRegistry build() {
      ModelRegistry registry = new ModelRegistry(new CompiledIndex(catalogs), autoCreate, spellingMemo);
      if (!definitions.isEmpty()) {
        registry.registerAll(definitions);
      }
      return registry;
    }
  }
}
