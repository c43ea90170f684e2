package dev.modelcatalog.runtime.store;

import dev.modelcatalog.runtime.InvalidRouteException;
import dev.modelcatalog.runtime.ModelConflictException;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.RouteRules;
import dev.modelcatalog.runtime.UnknownModelException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Keeps a registry in step with a {@link RegistryStore} shared by several replicas.
 *
 * <p>Reading: {@link #refresh()} (on a timer after {@link #start}) reads what changed in the store and applies it to
 * the registry in one step ({@link ModelRegistry#applyChanges}), so the registry's listeners hear of models added,
 * replaced and removed by other replicas. When the store cannot be reached, the registry keeps its last good state
 * and {@link #health()} says so; the next successful refresh catches up.
 *
 * <p>Writing: {@link #update}, {@link #put}, {@link #register}, {@link #remove}, {@link #addRoute} and
 * {@link #registerPlatform} write to the store first, compare-and-set, then apply to the local registry. A write
 * that loses to another replica re-reads the entry, applies its change again to what the other replica wrote, and
 * retries, up to {@code maxAttempts} times; then it throws {@link StoreConflictException}. So two replicas patching
 * one model never lose an update silently.
 *
 * <pre>{@code
 * RegistryStore store = FileRegistryStore.open(Path.of("state"));      // or S3RegistryStore.open(config)
 * RegistrySync sync = RegistrySync.of(registry, store).start(Duration.ofSeconds(5));
 * sync.update("gpt-4o", m -> m.toBuilder().tags("preferred").build());
 * sync.health();   // last sync time, last error
 * }</pre>
 */
public final class RegistrySync implements Closeable {

  /** Attempts a write makes before it reports a conflict. */
  public static final int DEFAULT_MAX_ATTEMPTS = 20;

  private final ModelRegistry registry;
  private final RegistryStore store;
  private final int maxAttempts;
  private final HealthTracker health;
  /** Refreshes and local applications of writes take turns, so an older read never overwrites a newer write. */
  private final Object applyLock = new Object();
  private StoreState state = StoreState.EMPTY;
  private volatile Refresher refresher;

  private RegistrySync(ModelRegistry registry, RegistryStore store, int maxAttempts, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.store = Objects.requireNonNull(store, "store");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts: is " + maxAttempts + "; use 1 or more");
    }
    this.maxAttempts = maxAttempts;
    this.health = new HealthTracker(store.describe(), clock);
  }

  /** A sync that refreshes only when asked ({@link #refresh()}); {@link #start} adds a timer. */
  public static RegistrySync of(ModelRegistry registry, RegistryStore store) {
    return new RegistrySync(registry, store, DEFAULT_MAX_ATTEMPTS, Clock.systemUTC());
  }

  /** As {@link #of(ModelRegistry, RegistryStore)}, with a bound on the attempts of each write. */
  public static RegistrySync of(ModelRegistry registry, RegistryStore store, int maxAttempts) {
    return new RegistrySync(registry, store, maxAttempts, Clock.systemUTC());
  }

  /**
   * Refreshes now, then every {@code interval} on a daemon thread until {@link #close}. A first refresh that fails
   * is not thrown: the registry serves its compiled catalogs and {@link #health()} reports the error.
   *
   * @return this
   * @throws IllegalStateException when already started
   */
  public RegistrySync start(Duration interval) {
    synchronized (applyLock) {
      if (refresher != null) {
        throw new IllegalStateException("already started");
      }
      refresh();
      refresher = new Refresher("modelcatalog-sync " + store.describe(), interval, this::refresh);
    }
    return this;
  }

  /** Stops the timer; the store stays open (its owner closes it). */
  @Override
  public void close() {
    Refresher r = refresher;
    if (r != null) {
      r.close();
    }
  }

  /** When the store was last read, whether that worked, and objects it rejected. */
  public SyncHealth health() {
    return health.health();
  }

  /** The store's state as this replica last read or wrote it. */
  public StoreState state() {
    synchronized (applyLock) {
      return state;
    }
  }

  /** The registry kept in step. */
  public ModelRegistry registry() {
    return registry;
  }

  /** The store. */
  public RegistryStore store() {
    return store;
  }

  // ---------------------------------------------------------------------------------------------- reading

  /**
   * Reads what changed in the store and applies it to the registry in one step. Never throws: a failure keeps the
   * registry as it was and is reported by {@link #health()}.
   *
   * @return whether the store was read
   */
  public boolean refresh() {
    synchronized (applyLock) {
      try {
        StoreState next = store.refresh(state);
        List<String> problems = new ArrayList<>(next.problems());
        if (next != state) {
          apply(StoreChanges.between(state, next), problems);
          state = next;
        }
        health.succeeded(next.version(), problems);
        return true;
      } catch (IOException | RuntimeException e) {
        health.failed(e);
        return false;
      }
    }
  }

  /** Platforms first, then models, then routes, which need both. */
  private void apply(StoreChanges changes, List<String> problems) {
    for (Platform platform : changes.platforms()) {
      try {
        registry.registerPlatform(platform);
      } catch (IllegalArgumentException e) {
        problems.add(StoreKeys.PLATFORMS + platform.id() + ": " + e.getMessage());
      }
    }
    try {
      registry.applyChanges(changes.put(), changes.remove());
    } catch (ModelConflictException e) {
      // One model clashes with another: apply the rest one by one so a single bad entry holds nothing else back.
      registry.applyChanges(List.of(), changes.remove());
      for (ModelDefinition model : changes.put()) {
        try {
          registry.applyChanges(List.of(model), List.of());
        } catch (ModelConflictException clash) {
          problems.add("model '" + model.id() + "': " + clash.getMessage());
        }
      }
    }
    for (Route route : changes.routes()) {
      if (registry.routes(route.model().orElseThrow()).contains(route)) {
        continue;
      }
      try {
        registry.addRoute(route);
      } catch (UnknownModelException | InvalidRouteException e) {
        problems.add("route " + route + ": " + e.getMessage());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- writing

  /**
   * Changes a model in the store and the registry: reads the stored model (or the registry's, when the store has
   * none), applies the change, and writes the result compare-and-set, re-reading and re-applying the change when
   * another replica wrote in between. The change may therefore run more than once and must depend only on its
   * argument.
   *
   * @return the model as written
   * @throws UnknownModelException when no model has this exact id, in the store or the registry
   * @throws ModelConflictException when the changed model's aliases clash with another model
   * @throws CorruptEntryException when the stored entry cannot be read; {@link #put} can replace it
   * @throws StoreConflictException when every attempt lost to another writer
   * @throws UncheckedIOException when the store cannot be reached; nothing was changed
   */
  public ModelDefinition update(String id, UnaryOperator<ModelDefinition> change) {
    Objects.requireNonNull(change, "change");
    return write(id, current -> {
      if (current == null) {
        throw new UnknownModelException(id, registry.suggest(id, 5));
      }
      return change.apply(current);
    }, false);
  }

  /**
   * Registers the model, or replaces the model with its id, in the store and the registry.
   *
   * @throws ModelConflictException when an alias or normalized id belongs to another model
   * @throws StoreConflictException when every attempt lost to another writer
   * @throws UncheckedIOException when the store cannot be reached; nothing was changed
   */
  public ModelDefinition put(ModelDefinition model) {
    Objects.requireNonNull(model, "model");
    return write(model.id(), current -> model, true);
  }

  /**
   * Registers a new model in the store and the registry.
   *
   * @throws ModelConflictException when a model with its id exists (in the store or the registry), or a key clashes
   * @throws StoreConflictException when every attempt lost to another writer
   * @throws UncheckedIOException when the store cannot be reached; nothing was changed
   */
  public ModelDefinition register(ModelDefinition model) {
    Objects.requireNonNull(model, "model");
    return write(model.id(), current -> {
      if (current != null) {
        throw new ModelConflictException(model.id(), "id", model.id(), current.id());
      }
      return model;
    }, false);
  }

  /**
   * Removes a model for every replica: the store keeps a tombstone, so a compiled model with this id stays hidden
   * too.
   *
   * @return false when no model has this exact id
   * @throws StoreConflictException when every attempt lost to another writer
   * @throws UncheckedIOException when the store cannot be reached; nothing was changed
   */
  public boolean remove(String id) {
    Objects.requireNonNull(id, "id");
    for (int attempt = 1; ; attempt++) {
      try {
        Optional<StoredModel> stored = store.readModel(id);
        ModelDefinition current = current(id, stored);
        if (current == null) {
          return false;
        }
        String provider = stored.map(StoredModel::provider).orElse(StoredModel.providerOf(current));
        StoredModel written = store.writeModel(id, provider, null, stored.orElse(null));
        learn(written);
        return true;
      } catch (StoreConflictException e) {
        retryOrThrow(e, attempt);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Adds a route in the store and the registry. The route's model is resolved like {@link ModelRegistry#addRoute}
   * does, and the route is checked with the model's other routes before anything is written.
   *
   * @return the route as stored, naming the model's id
   * @throws UnknownModelException when no model is found for the route
   * @throws InvalidRouteException when the route breaks a rule; nothing was written
   * @throws StoreConflictException when a route with this model, priority and platform is already stored
   * @throws UncheckedIOException when the store cannot be reached; nothing was changed
   */
  public Route addRoute(Route route) {
    Objects.requireNonNull(route, "route");
    String key = route.model().orElse(route.modelString());
    ModelDefinition model = registry.find(key)
        .orElseThrow(() -> new UnknownModelException(key, registry.suggest(key, 5)));
    Route stored = route.toBuilder().model(model.id()).build();
    List<Route> all = new ArrayList<>(registry.routes(model.id()));
    all.add(stored);
    Set<String> platforms = registry.platforms().stream().map(Platform::id).collect(Collectors.toSet());
    List<Problem> problems = RouteRules.checkModelRoutes(model, all, platforms::contains);
    if (!problems.isEmpty()) {
      throw new InvalidRouteException(stored.toString(), problems);
    }
    try {
      StoredRoute written = store.writeRoute(stored, null);
      synchronized (applyLock) {
        state = state.withRoute(written);
        return registry.addRoute(stored);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds or replaces a platform in the store and the registry.
   *
   * @throws IllegalArgumentException when the id is no valid platform id
   * @throws StoreConflictException when every attempt lost to another writer
   * @throws UncheckedIOException when the store cannot be reached; nothing was changed
   */
  public void registerPlatform(Platform platform) {
    Objects.requireNonNull(platform, "platform");
    if (!RouteRules.isPlatformId(platform.id())) {
      registry.registerPlatform(platform); // throws the registry's own message for the id
    }
    for (int attempt = 1; ; attempt++) {
      try {
        StoredPlatform written = store.writePlatform(platform, store.readPlatform(platform.id()).orElse(null));
        synchronized (applyLock) {
          state = state.withPlatform(written);
          registry.registerPlatform(platform);
        }
        return;
      } catch (StoreConflictException e) {
        retryOrThrow(e, attempt);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The compare-and-set loop shared by model writes; {@code next} sees the current model, or null for none. A write
   * that {@code replacesWhole} ignores the current model, so it may overwrite an unreadable one.
   */
  private ModelDefinition write(String id, UnaryOperator<ModelDefinition> next, boolean replacesWhole) {
    Objects.requireNonNull(id, "id");
    for (int attempt = 1; ; attempt++) {
      try {
        Optional<StoredModel> stored;
        try {
          stored = store.readModel(id);
        } catch (CorruptEntryException e) {
          if (!replacesWhole) {
            throw e;
          }
          // The new model does not depend on the unreadable one: overwrite it, still compare-and-set on its tag.
          String folder = StoreKeys.decodeSegment(e.key().split("/")[2]).orElse("custom");
          stored = Optional.of(new StoredModel(id, e.key(), e.etag(), folder, null));
        }
        ModelDefinition model = next.apply(replacesWhole ? null : current(id, stored));
        if (!model.id().equals(id)) {
          throw new IllegalArgumentException("id: the change turned '" + id + "' into '" + model.id()
              + "'; a change keeps the id");
        }
        registry.checkPutAll(List.of(model));
        StoredModel written = store.writeModel(id, StoredModel.providerOf(model), model, stored.orElse(null));
        learn(written);
        return model;
      } catch (StoreConflictException e) {
        retryOrThrow(e, attempt);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The model as it stands: the store's entry (null for a tombstone), else the registry's model with this id. */
  private ModelDefinition current(String id, Optional<StoredModel> stored) {
    if (stored.isPresent()) {
      return stored.get().model();
    }
    ModelDefinition visible = registry.find(id).orElse(null);
    return visible != null && visible.id().equals(id) ? visible : null;
  }

  private void retryOrThrow(StoreConflictException e, int attempt) {
    if (attempt >= maxAttempts) {
      throw new StoreConflictException(e.key(), attempt, e.getMessage() + " (gave up after " + attempt
          + " attempts)");
    }
    ObjectRegistryStore.pause(attempt);
  }

  /** A write of this replica's own, applied to the registry and remembered so a refresh does not apply it again. */
  private void learn(StoredModel written) {
    synchronized (applyLock) {
      state = state.withModel(written);
      if (written.deleted()) {
        registry.applyChanges(List.of(), List.of(written.id()));
      } else {
        registry.applyChanges(List.of(written.model()), List.of());
      }
    }
  }

  @Override
  public String toString() {
    return "RegistrySync[" + store.describe() + "]";
  }
}
