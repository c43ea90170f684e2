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
    if (id == null) {
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

  // ---------------------------------------------------------------------------------------------- map view

  /** Created on first use; the view holds no state of its own beyond an id-sorted order of compiled models. */
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

  /** Records one request with its latency in nanoseconds; see {@link #recordUsage(String, long, long, long, java.time.Duration)}. */
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

  /**
   * Built on first use from the compiled catalogs, which never change (two threads may both build it; the
   * copies are equal). Conflicting snapshots of separately compiled catalogs surface on that first use.
   */
  private volatile VersionIndex versionIndex;

  private VersionIndex versionIndex() {
    VersionIndex index = versionIndex;
    if (index == null) {
      List<Snapshot> snapshots = new ArrayList<>();
      for (ModelCatalog catalog : base.catalogs()) {
        snapshots.addAll(catalog.snapshots());
      }
      index = snapshots.isEmpty() ? VersionIndex.EMPTY : new VersionIndex(snapshots);
      versionIndex = index;
    }
    return index;
  }

  /**
   * The family of the model this id finds (a family id finds its latest snapshot), or, when it finds none, the
   * family this exact id names (its latest snapshot may have been removed, taking the alias with it); or null.
   */
  private String familyOf(String id) {
    ModelDefinition model = lookup(id);
    String family = model == null ? null : versionIndex().familyOf(model.id());
    return family != null || id == null ? family : versionIndex().familyOf(id);
  }

  /** Whether the snapshot's model is visible: not removed, not replaced under another id. */
  private ModelDefinition visible(Snapshot snapshot) {
    ModelDefinition model = lookup(snapshot.id());
    return model != null && model.id().equals(snapshot.id()) ? model : null;
  }

  /**
   * The visible dated snapshots of the family of the model this id finds, oldest first: {@code versions("gpt-4o")},
   * {@code versions("gpt-4o-2024-05-13")} and {@code versions("GPT_4O")} all list gpt-4o's snapshots. Empty
   * when the id finds nothing or a model without snapshots.
   */
  public List<Snapshot> versions(String id) {
    String family = familyOf(id);
    if (family == null) {
      return List.of();
    }
    List<Snapshot> visible = new ArrayList<>();
    for (Snapshot snapshot : versionIndex().snapshots(family)) {
      if (visible(snapshot) != null) {
        visible.add(snapshot);
      }
    }
    return List.copyOf(visible);
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
    java.time.LocalDate day = VersionIndex.parseDate(date);
    String family = familyOf(id);
    Snapshot snapshot = family == null ? null : versionIndex().at(family, day);
    ModelDefinition model = snapshot == null ? null : visible(snapshot);
    return model == null ? Optional.empty() : model.asOptional();
  }

  @Override
  public String toString() {
    return "ModelRegistry[" + size() + " models, " + base.catalogs().size() + " catalogs]";
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
