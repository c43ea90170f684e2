package dev.modelcatalog.runtime;

/**
 * A compiled catalog: the service interface that every generated catalog class implements and that
 * {@link ModelRegistry#loadDefault()} finds through {@link java.util.ServiceLoader}.
 *
 * <p>Models are addressed by index, {@code 0 <= index < size()}, in ascending order of normalized id. Everything
 * a lookup needs (ids, keys, owners, capability bits) is available without building a single definition;
 * {@link #model(int)} builds definitions lazily, a shard at a time, so a lookup pays only for the shard it
 * touches.
 *
 * <p>Implementations are generated; they are immutable and thread-safe.
 */
public interface ModelCatalog {

  /** The provider's id, e.g. {@code openai}. */
  String providerId();

  /** The provider's display name, e.g. {@code OpenAI}. */
  String providerName();

  /** Number of models in the catalog. */
  int size();

  /** The canonical id of the model at this index. */
  String id(int index);

  /** The owner of the model at this index, without building it. */
  String ownedBy(int index);

  /** The capability bits ({@link Capabilities#bits()}) of the model at this index, without building it. */
  long capabilityBits(int index);

  /** The definition at this index; the first call for a shard builds that shard. */
  ModelDefinition model(int index);

  /**
   * Feeds every lookup key of every model to the sink: each id and alias as given, and the normalized and
   * compact forms of each (computed by the processor with {@link Discovery}). A normalized or compact key that
   * two of the catalog's models share is fed once per model; the registry marks it ambiguous.
   */
  void keys(KeySink sink);

  // ---------------------------------------------------------------------------------------------- routes and metadata
  // Defaults keep catalogs generated before routes existed valid; generated catalogs override them.

  /**
   * The routes declared for the model at this index ({@code @Route}), each naming the model's id; none by
   * default.
   */
  default java.util.List<Route> routes(int index) {
    return java.util.List.of();
  }

  /** The platforms the provider declares ({@code @Platform}) beyond the built-in ones; none by default. */
  default java.util.List<Platform> platforms() {
    return java.util.List.of();
  }

  /** The provider's metadata ({@code @Provider}); by default its id and name with API-key authentication. */
  default ProviderInfo providerInfo() {
    return new ProviderInfo(providerId(), providerName(), "", dev.modelcatalog.annotations.AuthType.API_KEY);
  }

  // ---------------------------------------------------------------------------------------------- versions

  /**
   * The dated snapshots this catalog declares, each a model of the catalog; empty by default. The processor
   * checks them at compile time (no two snapshots of a family on one date, the declared latest is the newest,
   * no snapshot or family id that collides with another model's id or alias) and makes each family id an alias
   * of its latest snapshot, so an undated id finds the latest.
   */
  default java.util.List<Snapshot> snapshots() {
    return java.util.List.of();
  }

  /** Receives lookup keys from {@link #keys(KeySink)}. */
  @FunctionalInterface
  interface KeySink {
    void key(KeyKind kind, String key, int index);
  }

  /** What a lookup key is. */
  enum KeyKind {
    /** The canonical id, exactly as declared. */
    ID,
    /** An alias, exactly as declared. */
    ALIAS,
    /** {@link Discovery#normalizeModelId} of the id or of an alias. */
    NORMALIZED,
    /** {@link Discovery#compactKey} of the id or of an alias. */
    COMPACT
  }
}
