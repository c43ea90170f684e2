package dev.modelcatalog.runtime.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.json.InvalidCatalogDocumentException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link RegistryStore} over any {@link ObjectStore}, in the layout of {@link StoreKeys}: one object per model,
 * route and platform, plus derived documents (the index, the capability matrix, prices, one document per provider).
 *
 * <p>How it stays consistent between replicas:
 * <ul>
 *   <li>Every write of a model, route or platform is a conditional put on that object alone ({@code If-Match} its
 *       tag, {@code If-None-Match: *} to create), so of two writers that read the same entry exactly one wins; the
 *       other gets a {@link StoreConflictException} and nothing is written.
 *   <li>After each write the index is rebuilt from a listing and put with {@code If-Match} on the tag read
 *       <em>before</em> listing, retried until it succeeds (or {@value #INDEX_ATTEMPTS} attempts): so whichever index
 *       wins was listed after every write whose writer read an older index, and no write is left out of it for long.
 *   <li>{@link #refresh} reads the index with {@code If-None-Match}: an unchanged store costs one request answered
 *       304. Objects whose tag changed are fetched, each with {@code If-None-Match} on the tag known before. Every
 *       {@code fullScanEvery}-th refresh lists the objects instead, repairing an index a writer could not update.
 * </ul>
 */
public final class ObjectRegistryStore implements RegistryStore {

  /** A listing instead of the index on every this many refreshes. */
  public static final int DEFAULT_FULL_SCAN_EVERY = 10;
  /** Attempts at putting a rebuilt index before leaving it to the next writer or full scan. */
  static final int INDEX_ATTEMPTS = 25;

  private final ObjectStore objects;
  private final int fullScanEvery;
  private final AtomicLong refreshes = new AtomicLong();
  /** Decoded model objects by key, each with the tag it was decoded at, so no object is parsed twice. */
  private final Map<String, StoredModel> decoded = new ConcurrentHashMap<>();
  /** Model id to key, from the last read; ids not here are looked up by a listing. */
  private final Map<String, String> keyById = new ConcurrentHashMap<>();
  private volatile String lastIndexError;

  /** A store over these objects, scanning in full every {@value #DEFAULT_FULL_SCAN_EVERY} refreshes. */
  public ObjectRegistryStore(ObjectStore objects) {
    this(objects, DEFAULT_FULL_SCAN_EVERY);
  }

  /**
   * A store over these objects.
   *
   * @param fullScanEvery list the objects instead of reading the index on every this many refreshes; 0 never
   */
  public ObjectRegistryStore(ObjectStore objects, int fullScanEvery) {
    this.objects = Objects.requireNonNull(objects, "objects");
    if (fullScanEvery < 0) {
      throw new IllegalArgumentException("fullScanEvery: is " + fullScanEvery + "; use 0 (never) or more");
    }
    this.fullScanEvery = fullScanEvery;
  }

  /** The objects underneath. */
  public ObjectStore objects() {
    return objects;
  }

  /** Why the last rebuild of the derived documents failed; empty when it succeeded. */
  public Optional<String> lastIndexError() {
    return Optional.ofNullable(lastIndexError);
  }

  @Override
  public String describe() {
    return objects.describe();
  }

  @Override
  public void close() throws IOException {
    objects.close();
  }

  // ---------------------------------------------------------------------------------------------- reads

  @Override
  public StoreState refresh(StoreState known) throws IOException {
    Objects.requireNonNull(known, "known");
    List<String> problems = new ArrayList<>();
    boolean scan = fullScanEvery > 0 && refreshes.incrementAndGet() % fullScanEvery == 0;
    if (scan) {
      return assemble(known, listAll(), null, problems);
    }
    ObjectRead index = objects.get(StoreKeys.INDEX, known.version());
    switch (index.status()) {
      case NOT_MODIFIED:
        return known;
      case FOUND:
        try {
          return assemble(known, StoreIndex.decode(index.content()).objects(), index.etag(), problems);
        } catch (InvalidCatalogDocumentException e) {
          problems.add(e.getMessage());
          return assemble(known, listAll(), null, problems);
        }
      default:
        return assemble(known, listAll(), null, problems);
    }
  }

  private StoreState assemble(StoreState known, SortedMap<String, String> entries, String version,
      List<String> problems) throws IOException {
    Map<String, StoredModel> knownByKey = new HashMap<>();
    for (StoredModel model : known.models().values()) {
      knownByKey.put(model.key(), model);
    }
    Map<String, StoredModel> models = new TreeMap<>();
    Map<String, StoredRoute> routes = new TreeMap<>();
    Map<String, StoredPlatform> platforms = new TreeMap<>();
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      String key = entry.getKey();
      String etag = entry.getValue();
      Optional<String> modelId = StoreKeys.modelIdOf(key);
      Optional<String> platformId = StoreKeys.platformIdOf(key);
      if (modelId.isPresent()) {
        StoredModel prior = knownByKey.get(key);
        StoredModel current = prior != null && prior.etag().equals(etag) ? prior
            : fetchModel(key, modelId.get(), prior, problems);
        if (current == null) {
          continue;
        }
        if (models.containsKey(current.id())) {
          problems.add(key + ": model '" + current.id() + "' is also stored under "
              + models.get(current.id()).key() + ", which is used");
          continue;
        }
        models.put(current.id(), current);
      } else if (StoreKeys.isRoute(key)) {
        StoredRoute prior = known.routes().get(key);
        StoredRoute current = prior != null && prior.etag().equals(etag) ? prior : fetchRoute(key, prior, problems);
        if (current != null) {
          routes.put(key, current);
        }
      } else if (platformId.isPresent()) {
        StoredPlatform prior = known.platforms().get(platformId.get());
        StoredPlatform current = prior != null && prior.etag().equals(etag) ? prior
            : fetchPlatform(key, platformId.get(), prior, problems);
        if (current != null) {
          platforms.put(platformId.get(), current);
        }
      }
    }
    for (StoredModel model : models.values()) {
      keyById.put(model.id(), model.key());
    }
    return new StoreState(version, models, routes, platforms, problems);
  }

  /** The object's entry; the prior entry when it is corrupt (noted in problems), null when it is gone. */
  private StoredModel fetchModel(String key, String id, StoredModel prior, List<String> problems)
      throws IOException {
    ObjectRead read = objects.get(key, prior == null ? null : prior.etag());
    if (read.status() == ObjectRead.Status.NOT_MODIFIED) {
      return prior;
    }
    if (read.status() == ObjectRead.Status.NOT_FOUND) {
      return null;
    }
    try {
      return decodeModel(key, id, read);
    } catch (InvalidCatalogDocumentException e) {
      problems.add(e.getMessage());
      return prior;
    }
  }

  private StoredModel decodeModel(String key, String id, ObjectRead read) {
    StoredModel cached = decoded.get(key);
    if (cached != null && cached.etag().equals(read.etag())) {
      return cached;
    }
    ModelDefinition model = StoreCodec.decodeModel(key, id, read.content());
    StoredModel entry = new StoredModel(id, key, read.etag(), providerOf(key), model);
    decoded.put(key, entry);
    return entry;
  }

  private StoredRoute fetchRoute(String key, StoredRoute prior, List<String> problems) throws IOException {
    ObjectRead read = objects.get(key, prior == null ? null : prior.etag());
    if (read.status() != ObjectRead.Status.FOUND) {
      return read.status() == ObjectRead.Status.NOT_MODIFIED ? prior : null;
    }
    try {
      Route route = StoreCodec.decodeRoute(key, read.content());
      String expectedKey = StoreKeys.route(route.model().orElseThrow(), StoreCodec.routeId(route));
      if (!expectedKey.equals(key)) {
        throw StoreCodec.invalid(key, "key-mismatch", "$", "describes the route stored under " + expectedKey);
      }
      return new StoredRoute(key, read.etag(), route);
    } catch (InvalidCatalogDocumentException e) {
      problems.add(e.getMessage());
      return prior;
    }
  }

  private StoredPlatform fetchPlatform(String key, String id, StoredPlatform prior, List<String> problems)
      throws IOException {
    ObjectRead read = objects.get(key, prior == null ? null : prior.etag());
    if (read.status() != ObjectRead.Status.FOUND) {
      return read.status() == ObjectRead.Status.NOT_MODIFIED ? prior : null;
    }
    try {
      return new StoredPlatform(key, read.etag(), StoreCodec.decodePlatform(key, id, read.content()));
    } catch (InvalidCatalogDocumentException e) {
      problems.add(e.getMessage());
      return prior;
    }
  }

  @Override
  public Optional<StoredModel> readModel(String modelId) throws IOException {
    String key = locate(modelId);
    if (key == null) {
      return Optional.empty();
    }
    ObjectRead read = objects.get(key, null);
    if (read.status() != ObjectRead.Status.FOUND) {
      keyById.remove(modelId);
      return Optional.empty();
    }
    try {
      return Optional.of(decodeModel(key, modelId, read));
    } catch (InvalidCatalogDocumentException e) {
      throw new CorruptEntryException(key, read.etag(), e);
    }
  }

  @Override
  public Optional<StoredPlatform> readPlatform(String platformId) throws IOException {
    String key = StoreKeys.platform(platformId);
    ObjectRead read = objects.get(key, null);
    if (read.status() != ObjectRead.Status.FOUND) {
      return Optional.empty();
    }
    return Optional.of(new StoredPlatform(key, read.etag(), StoreCodec.decodePlatform(key, platformId,
        read.content())));
  }

  /** The key holding this id: known from the last read, else found by a listing; null when there is none. */
  private String locate(String modelId) throws IOException {
    String key = keyById.get(modelId);
    if (key != null) {
      return key;
    }
    String suffix = "/" + StoreKeys.segment(modelId, "id") + ".json";
    for (String candidate : objects.list(StoreKeys.MODELS).keySet()) {
      if (candidate.endsWith(suffix) && StoreKeys.modelIdOf(candidate).filter(modelId::equals).isPresent()) {
        keyById.put(modelId, candidate);
        return candidate;
      }
    }
    return null;
  }

  private static String providerOf(String modelKey) {
    String folder = modelKey.substring(StoreKeys.MODELS.length(), modelKey.indexOf('/', StoreKeys.MODELS.length()));
    return StoreKeys.decodeSegment(folder).orElse(folder);
  }

  // ---------------------------------------------------------------------------------------------- writes

  @Override
  public StoredModel writeModel(String modelId, String provider, ModelDefinition model, StoredModel expected)
      throws IOException {
    Objects.requireNonNull(modelId, "modelId");
    if (model != null && !model.id().equals(modelId)) {
      throw new IllegalArgumentException("model.id: is '" + model.id() + "' but the entry is for '" + modelId + "'");
    }
    String key = expected != null ? expected.key() : locate(modelId);
    if (key == null) {
      key = StoreKeys.model(Objects.requireNonNull(provider, "provider"), modelId);
    }
    String folder = providerOf(key);
    byte[] content = model == null ? StoreCodec.encodeTombstone(modelId, folder) : StoreCodec.encodeModel(model);
    Optional<String> etag = objects.put(key, content,
        Precondition.expecting(expected == null ? null : expected.etag()));
    if (etag.isEmpty()) {
      throw new StoreConflictException(key, 1, "model '" + modelId + "' changed in " + describe()
          + " since it was read; nothing was written");
    }
    StoredModel written = new StoredModel(modelId, key, etag.get(), folder, model);
    decoded.put(key, written);
    keyById.put(modelId, key);
    updateDerived(folder);
    return written;
  }

  @Override
  public StoredRoute writeRoute(Route route, StoredRoute expected) throws IOException {
    String modelId = route.model().orElseThrow(() -> new IllegalArgumentException("route.model: not set"));
    String key = StoreKeys.route(modelId, StoreCodec.routeId(route));
    Optional<String> etag = objects.put(key, StoreCodec.encodeRoute(route),
        Precondition.expecting(expected == null ? null : expected.etag()));
    if (etag.isEmpty()) {
      throw new StoreConflictException(key, 1, "route " + key + " changed in " + describe()
          + " since it was read; nothing was written");
    }
    updateDerived(null);
    return new StoredRoute(key, etag.get(), route);
  }

  @Override
  public StoredPlatform writePlatform(Platform platform, StoredPlatform expected) throws IOException {
    String key = StoreKeys.platform(platform.id());
    Optional<String> etag = objects.put(key, StoreCodec.encodePlatform(platform),
        Precondition.expecting(expected == null ? null : expected.etag()));
    if (etag.isEmpty()) {
      throw new StoreConflictException(key, 1, "platform '" + platform.id() + "' changed in " + describe()
          + " since it was read; nothing was written");
    }
    updateDerived(null);
    return new StoredPlatform(key, etag.get(), platform);
  }

  // ---------------------------------------------------------------------------------------------- derived

  /**
   * Rebuilds the index, then the capability matrix, the prices and the provider's document. A failure here does not
   * undo or fail the write: it is kept in {@link #lastIndexError()}, and the next writer's rebuild or a reader's full
   * scan makes up for it.
   */
  private void updateDerived(String provider) {
    try {
      for (int attempt = 1; attempt <= INDEX_ATTEMPTS; attempt++) {
        ObjectRead current = objects.get(StoreKeys.INDEX, null);
        SortedMap<String, String> listed = listAll();
        if (current.status() == ObjectRead.Status.FOUND && indexHolds(current, listed)) {
          lastIndexError = null;
          return; // another writer's index, listed after this write, is already in place
        }
        String tag = current.status() == ObjectRead.Status.FOUND ? current.etag() : null;
        if (objects.put(StoreKeys.INDEX, new StoreIndex(listed).encode(), Precondition.expecting(tag)).isPresent()) {
          writeViews(listed, provider);
          lastIndexError = null;
          return;
        }
        pause(attempt);
      }
      lastIndexError = "index not updated after " + INDEX_ATTEMPTS + " attempts: other writers kept winning";
    } catch (IOException | RuntimeException e) {
      lastIndexError = "index not updated: " + e;
    }
  }

  private static boolean indexHolds(ObjectRead current, SortedMap<String, String> listed) {
    try {
      return StoreIndex.decode(current.content()).objects().equals(listed);
    } catch (InvalidCatalogDocumentException e) {
      return false;
    }
  }

  private void writeViews(SortedMap<String, String> listed, String provider) throws IOException {
    List<StoredModel> live = new ArrayList<>();
    for (Map.Entry<String, String> entry : listed.entrySet()) {
      Optional<String> id = StoreKeys.modelIdOf(entry.getKey());
      if (id.isEmpty()) {
        continue;
      }
      StoredModel cached = decoded.get(entry.getKey());
      StoredModel model = cached != null && cached.etag().equals(entry.getValue()) ? cached
          : fetchModel(entry.getKey(), id.get(), null, new ArrayList<>());
      if (model != null && !model.deleted()) {
        live.add(model);
      }
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode capabilities = nodes.objectNode();
    for (Capability capability : Capability.values()) {
      var ids = capabilities.putArray(capability.jsonName());
      live.stream().filter(m -> m.model().has(capability)).forEach(m -> ids.add(m.id()));
    }
    ObjectNode pricing = nodes.objectNode();
    for (StoredModel model : live) {
      model.model().pricing().ifPresent(price -> {
        ObjectNode entry = pricing.putObject(model.id());
        entry.put("input_per_million", price.inputPerMillion());
        entry.put("output_per_million", price.outputPerMillion());
        entry.put("currency", price.currency());
      });
    }
    objects.put(StoreKeys.CAPABILITIES, StoreCodec.bytes(capabilities), Precondition.none());
    objects.put(StoreKeys.PRICING, StoreCodec.bytes(pricing), Precondition.none());
    if (provider != null) {
      ObjectNode document = nodes.objectNode();
      document.put("id", provider);
      var ids = document.putArray("models");
      live.stream().filter(m -> m.provider().equals(provider)).forEach(m -> ids.add(m.id()));
      objects.put(StoreKeys.provider(provider), StoreCodec.bytes(document), Precondition.none());
    }
  }

  private SortedMap<String, String> listAll() throws IOException {
    SortedMap<String, String> all = new TreeMap<>();
    all.putAll(objects.list(StoreKeys.MODELS));
    all.putAll(objects.list(StoreKeys.ROUTES));
    all.putAll(objects.list(StoreKeys.PLATFORMS));
    return all;
  }

  /** A short random pause, growing with the attempt, so racing index writers fall out of step. */
  static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 10) + 2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "ObjectRegistryStore[" + describe() + "]";
  }
}
