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

  /**
   * The newest format of generated catalogs this runtime reads. The processor writes catalogs in the format of
   * the runtime it was built with: each generated catalog's constructor passes it to {@link #requireFormat}, and the
   * processor refuses to generate catalogs against a runtime on the compile class path with an older format. A
   * runtime reads every format up to its own; the format grows when generated code needs what an older runtime
   * lacks. Format 2 added {@link #contextWindow}, which generated catalogs implement.
   */
  int FORMAT = 2;

  /**
   * For a generated catalog's constructor: checks that this runtime reads the format the catalog was generated
   * in, so that a catalog newer than the runtime fails when it is created, naming both, rather than on some later
   * lookup.
   *
   * @throws CatalogFormatException if {@code format} is newer than {@link #FORMAT}
   */
  static void requireFormat(int format, Class<? extends ModelCatalog> catalog) {
    if (format > FORMAT) {
      // Made elsewhere: verifying this interface would otherwise load the exception class at every start-up.
      throw Failures.catalogFormat(catalog.getName(), format, FORMAT);
    }
  }

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

  /**
   * The context window ({@link ModelDefinition#contextWindow()}) of the model at this index, which queries with a
   * context floor read. Generated catalogs read it from a table without building the model; by default the model
   * is built and asked.
   */
  default int contextWindow(int index) {
    return model(index).contextWindow();
  }

  /** The definition at this index; the first call for a shard builds that shard. */
  ModelDefinition model(int index);

  /**
   * Feeds every lookup key of every model to the sink: each id and alias as given, and for the normalized and
   * compact forms of each ({@link Discovery}), the id or alias it comes from (or, equally, the form itself: the
   * registry takes a string's form, and the form of a form is itself). Generated catalogs feed a compact form as
   * the id or alias it comes from, so they hold no string for it, and a normalized form as itself, which a
   * normalized hit compares with the query in one pass. A normalized or compact form that two of the catalog's
   * models share is fed once per model; the registry marks it ambiguous.
   */
  void keys(KeySink sink);

  // ---------------------------------------------------------------------------------------------- lazy key buckets
  // A registry indexes a catalog's keys a bucket at a time, on the first lookup that lands in a bucket, so start-up
  // and a first lookup do not read every key of a large catalog. The defaults serve hand-written catalogs: one
  // bucket holding every key, and key hashes computed from the keys.

  /**
   * The number of key buckets as a power of two: keys are split into {@code 1 << keyBucketBits()} buckets by
   * {@link #keyBucket}. Zero (one bucket) by default.
   */
  default int keyBucketBits() {
    return 0;
  }

  /**
   * Feeds the keys of one bucket, those whose hash ({@link KeyKind#hashOf}) is in the bucket ({@link
   * #keyBucketOfHash}), in the order {@link #keys(KeySink)} feeds them. By default, filters {@link #keys(KeySink)}.
   */
  default void keys(int bucket, KeySink sink) {
    int bits = keyBucketBits();
    java.util.Objects.checkIndex(bucket, 1 << bits);
    if (bits == 0) {
      keys(sink);
      return;
    }
    keys((kind, key, index) -> {
      if (keyBucketOfHash(kind.hashOf(key), bits) == bucket) {
        sink.key(kind, key, index);
      }
    });
  }

  /**
   * The {@link String#hashCode()} of every id and alias, sorted ascending, so a registry can check that no two
   * catalogs share an id or alias without reading their keys; null (the default) when the catalog does not
   * provide them, and the registry reads its keys instead.
   */
  default int[] exactKeyHashes() {
    return null;
  }

  /**
   * Names the processor run that generated this catalog. Catalogs generated in one run were checked against each
   * other there (no id or alias of one is an id or alias of another), so a registry of such catalogs only skips
   * its own check; null (the default) when no such check was made.
   */
  default String compilationId() {
    return null;
  }

  /**
   * The bucket of a key among {@code 1 << bits}: the top {@code bits} bits of its mixed {@link String#hashCode()},
   * so the buckets of a catalog with fewer bits are unions of the buckets of one with more. The processor and the
   * registry both use this.
   */
  static int keyBucket(String key, int bits) {
    return keyBucketOfHash(key.hashCode(), bits);
  }

  /** {@link #keyBucket} for a key whose {@link String#hashCode()} is {@code hash}. */
  static int keyBucketOfHash(int hash, int bits) {
    // Fibonacci hashing: the multiply spreads every bit of the hash into the top bits.
    return bits == 0 ? 0 : (hash * 0x9E3779B9) >>> (32 - bits);
  }

  /**
   * Decodes hashes written by the processor as eight hexadecimal digits each, a string constant per chunk (a
   * class-file constant holds at most 65,535 bytes). For generated code.
   */
  static int[] decodeKeyHashes(String... chunks) {
    int count = 0;
    for (String chunk : chunks) {
      count += chunk.length() / 8;
    }
    int[] hashes = new int[count];
    int n = 0;
    for (String chunk : chunks) {
      for (int i = 0; i < chunk.length(); i += 8) {
        hashes[n++] = Integer.parseUnsignedInt(chunk, i, i + 8, 16);
      }
    }
    return hashes;
  }

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

  /**
   * Receives lookup keys from {@link #keys(KeySink)}. Generated catalogs call the method of each key's kind
   * ({@link #id}, {@link #alias}, {@link #normalized}, {@link #compact}), which by default hands the key to
   * {@link #key}; a sink that overrides all four never loads {@link KeyKind}, one class fewer for a starting server.
   */
  @FunctionalInterface
  interface KeySink {
    void key(KeyKind kind, String key, int index);

    /** A model's canonical id. */
    default void id(String id, int index) {
      key(KeyKind.ID, id, index);
    }

    /** An alias of a model. */
    default void alias(String alias, int index) {
      key(KeyKind.ALIAS, alias, index);
    }

    /** A normalized form ({@link KeyKind#NORMALIZED}), given as itself or as the id or alias it comes from. */
    default void normalized(String key, int index) {
      key(KeyKind.NORMALIZED, key, index);
    }

    /** A compact form ({@link KeyKind#COMPACT}), given as itself or as the id or alias it comes from. */
    default void compact(String key, int index) {
      key(KeyKind.COMPACT, key, index);
    }
  }

  /** What a lookup key is. */
  enum KeyKind {
    /** The canonical id, exactly as declared. */
    ID,
    /** An alias, exactly as declared. */
    ALIAS,
    /** {@link Discovery#normalizeModelId} of the id or of an alias, fed as that id or alias or as the form. */
    NORMALIZED,
    /** {@link Discovery#compactKey} of the id or of an alias, fed as that id or alias or as the form. */
    COMPACT;

    /**
     * The hash a key of this kind is bucketed and looked up by: {@link String#hashCode()} of an id or alias, and
     * of the form of a normalized or compact key (computed without building the form for ASCII keys).
     */
    public int hashOf(String key) {
      // No switch: a switch on an enum compiles to one more class, which start-up would load.
      return this == NORMALIZED || this == COMPACT ? NormalizedKeys.formHash(key, this == COMPACT) : key.hashCode();
    }
  }
}
