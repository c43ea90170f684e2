package dev.modelcatalog.examples.catalog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.RegistryStats;
import dev.modelcatalog.runtime.UnknownModelException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Everything the server, the page and the CLI ask of the registry, in one place. Resolution, search, routes,
 * the capabilities response and persistence of run-time changes are answered here from the registry's public
 * API ({@code find}, {@code listModels}, {@code stats}, {@code register}, {@code replace}, {@code remove}); the
 * front ends never call the registry directly, so they follow the runtime's richer API by a change to this class
 * alone.
 *
 * <p>Thread-safe: reads go straight to the registry, which never blocks; writes are serialised here so that the
 * registry and the saved state change together.
 */
public final class CatalogService {

  /** A close spelling less similar than this (Jaro-Winkler) is not a match; it may still be a suggestion. */
  public static final double MIN_CONFIDENCE = 0.85;

  /** Date and version suffixes that name a snapshot of a known model, in normalized form. */
  private static final Pattern SNAPSHOT_SUFFIX =
      Pattern.compile("^(.+?)-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4}|latest|preview|v\\d+(?:-\\d+)?)$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final ModelRegistry registry;
  private final OverlayStore store;
  /** The models the registry held before this service changed it: their removal must be saved, too. */
  private final Set<String> baseIds;
  private final Object writeLock = new Object();
  private final Map<String, ModelDefinition> changed = new TreeMap<>();
  private final Set<String> removed = new TreeSet<>();

  /** A service over the registry; run-time changes are not saved. */
  public CatalogService(ModelRegistry registry) {
    this(registry, null);
  }

  /**
   * A service over the registry that saves every run-time change to the store and first replays what the store
   * holds, so a restart loses nothing.
   *
   * @param store where changes are saved; null to keep them in memory only
   */
  public CatalogService(ModelRegistry registry, OverlayStore store) {
    this.registry = registry;
    this.store = store;
    Set<String> ids = new HashSet<>();
    for (ModelDefinition model : registry.all()) {
      ids.add(model.id());
    }
    this.baseIds = Set.copyOf(ids);
    if (store != null) {
      replay(store.load());
    }
  }

  private void replay(OverlayStore.State state) {
    synchronized (writeLock) {
      for (String id : state.removed()) {
        registry.remove(id);
        removed.add(id);
      }
      for (ModelDefinition model : state.models()) {
        if (registry.find(model.id()).filter(m -> m.id().equals(model.id())).isPresent()) {
          registry.replace(model);
        } else {
          registry.register(model);
        }
        changed.put(model.id(), model);
      }
    }
  }

  /** The registry answered from. */
  public ModelRegistry registry() {
    return registry;
  }

  // --------------------------------------------------------------------------------------------- resolution

  /**
   * How a query resolves: the registry's exact, alias, normalized and compact lookups, then a dated or versioned
   * snapshot of a known id ({@code gpt-4o-2024-08-06}, {@code -latest}), then one unambiguous close spelling
   * whose numbers are the same as the query's (so {@code gpt-5} never becomes {@code gpt-4}).
   */
  public Optional<Resolution> resolve(String query) {
    if (query == null || query.isBlank()) {
      return Optional.empty();
    }
    Optional<ModelDefinition> direct = registry.find(query);
    if (direct.isPresent()) {
      return Optional.of(new Resolution(query, direct.get(), directStrategy(query, direct.get()), 1.0));
    }
    String normalized = Discovery.normalizeModelId(query);
    for (Matcher m = SNAPSHOT_SUFFIX.matcher(normalized); m.matches(); m = SNAPSHOT_SUFFIX.matcher(m.group(1))) {
      Optional<ModelDefinition> base = registry.find(m.group(1));
      if (base.isPresent()) {
        return Optional.of(new Resolution(query, base.get(), "snapshot", 1.0));
      }
    }
    return closeSpelling(query, normalized);
  }

  private static String directStrategy(String query, ModelDefinition model) {
    if (model.id().equals(query)) {
      return "exact";
    }
    if (model.aliases().contains(query)) {
      return "alias";
    }
    String normalized = Discovery.normalizeModelId(query);
    boolean viaNormalized = Discovery.normalizeModelId(model.id()).equals(normalized)
        || model.aliases().stream().anyMatch(a -> Discovery.normalizeModelId(a).equals(normalized));
    return viaNormalized ? "normalized" : "compact";
  }

  /**
   * One close spelling: at most two edits (three for long ids) away, with the same number-bearing words
   * ({@code 4o}, {@code 8x7b}, {@code v0}, {@code 3}), since those name versions and sizes, not typos. Among
   * candidates the fewest edits win, then the highest Jaro-Winkler similarity, which is also the confidence; a
   * tie between two models resolves to neither.
   */
  private Optional<Resolution> closeSpelling(String query, String normalized) {
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    List<String> identity = numberWords(normalized);
    LevenshteinDistance distance = new LevenshteinDistance(normalized.length() >= 15 ? 3 : 2);
    JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    ModelDefinition best = null;
    int bestDistance = Integer.MAX_VALUE;
    double bestSimilarity = 0;
    boolean tie = false;
    for (ModelDefinition model : registry.all()) {
      for (String key : keys(model)) {
        int d = distance.apply(normalized, key);
        if (d < 0 || !numberWords(key).equals(identity)) {
          continue;
        }
        double s = similarity.apply(normalized, key);
        if (d < bestDistance || d == bestDistance && s > bestSimilarity) {
          tie = false;
          best = model;
          bestDistance = d;
          bestSimilarity = s;
        } else if (d == bestDistance && s == bestSimilarity && best != model) {
          tie = true;
        }
      }
    }
    if (best == null || tie || bestSimilarity < MIN_CONFIDENCE) {
      return Optional.empty();
    }
    return Optional.of(new Resolution(query, best, "edit_distance", Math.round(bestSimilarity * 1000) / 1000.0));
  }

  private static List<String> keys(ModelDefinition model) {
    List<String> keys = new ArrayList<>(1 + model.aliases().size());
    keys.add(Discovery.normalizeModelId(model.id()));
    for (String alias : model.aliases()) {
      keys.add(Discovery.normalizeModelId(alias));
    }
    return keys;
  }

  /** The words of a normalized id that contain a digit, in order. */
  private static List<String> numberWords(String normalized) {
    List<String> out = new ArrayList<>();
    for (String word : normalized.split("-")) {
      if (DIGITS.matcher(word).find()) {
        out.add(word);
      }
    }
    return out;
  }

  /** The model a query resolves to, or an {@link UnknownModelException} listing the closest ids. */
  public ModelDefinition require(String query) {
    return resolve(query).map(Resolution::model)
        .orElseThrow(() -> new UnknownModelException(String.valueOf(query), suggest(query, 3)));
  }

  /** The model with exactly this id or alias (no normalization, no fuzzy step): what writes act on. */
  public Optional<ModelDefinition> exact(String id) {
    return registry.find(id).filter(m -> m.id().equals(id) || m.aliases().contains(id));
  }

  /** Up to {@code max} ids that look like the query, closest first. */
  public List<String> suggest(String query, int max) {
    if (query == null || query.isBlank() || max <= 0) {
      return List.of();
    }
    String normalized = Discovery.normalizeModelId(query);
    JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (ModelDefinition model : registry.all()) {
      double best = 0;
      for (String key : keys(model)) {
        best = Math.max(best, similarity.apply(normalized, key));
      }
      if (best >= 0.7) {
        scores.put(model.id(), best);
      }
    }
    return scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(max).map(Map.Entry::getKey).toList();
  }

  // ---------------------------------------------------------------------------------------------- listings

  /** Every model meeting the filter, in id order. */
  public List<ModelDefinition> list(ModelFilter filter) {
    ModelQuery.Builder query = ModelQuery.builder()
        .require(filter.required().toArray(new Capability[0]))
        .exclude(filter.excluded().toArray(new Capability[0]))
        .tags(filter.tags().toArray(new String[0]));
    if (filter.ownedBy() != null) {
      query.ownedBy(filter.ownedBy());
    }
    List<ModelDefinition> out = new ArrayList<>();
    for (ModelDefinition model : registry.listModels(query.build())) {
      if (matchesRest(filter, model)) {
        out.add(model);
      }
    }
    return out;
  }

  private static boolean matchesRest(ModelFilter f, ModelDefinition m) {
    if (f.provider() != null && !f.provider().equals(m.provider().orElse(m.ownedBy()))) {
      return false;
    }
    if (f.minContext() != null && m.contextWindow() < f.minContext()) {
      return false;
    }
    if (f.maxInputPrice() != null
        && m.pricing().map(p -> p.inputPerMillion() > f.maxInputPrice()).orElse(true)) {
      return false;
    }
    if (f.maxOutputPrice() != null
        && m.pricing().map(p -> p.outputPerMillion() > f.maxOutputPrice()).orElse(true)) {
      return false;
    }
    if (f.status() != null && f.status().equals("deprecated") != m.deprecated()) {
      return false;
    }
    return f.moe() == null || f.moe() == m.moe().isPresent();
  }

  /**
   * Models matching every word of the query in their id, name, tags, capability names, owner or description,
   * best first ({@code "llama reasoning"}, {@code "mixtral moe"}).
   */
  public List<SearchHit> search(String query, int limit) {
    String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
    if (words.length == 0 || words[0].isEmpty() || limit <= 0) {
      return List.of();
    }
    List<SearchHit> hits = new ArrayList<>();
    for (ModelDefinition model : registry.all()) {
      int score = score(model, words);
      if (score > 0) {
        hits.add(new SearchHit(model, score));
      }
    }
    hits.sort(Comparator.comparingInt(SearchHit::score).reversed().thenComparing(h -> h.model().id()));
    return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
  }

  private static int score(ModelDefinition model, String[] words) {
    String id = model.id().toLowerCase(Locale.ROOT);
    String compactId = Discovery.compactKey(model.id());
    String name = model.name().toLowerCase(Locale.ROOT);
    String tags = String.join(" ", model.tags()).toLowerCase(Locale.ROOT);
    StringBuilder capabilities = new StringBuilder();
    for (Capability capability : model.capabilities()) {
      capabilities.append(capability.jsonName()).append(' ').append(capability.attribute().toLowerCase(Locale.ROOT))
          .append(' ');
    }
    String owner = model.ownedBy().toLowerCase(Locale.ROOT);
    String description = model.description().orElse("").toLowerCase(Locale.ROOT);
    int total = 0;
    for (String word : words) {
      int s = id.contains(word) || compactId.contains(Discovery.compactKey(word)) && !word.isBlank() ? 8
          : name.contains(word) ? 4
          : tags.contains(word) || capabilities.indexOf(word) >= 0 ? 2
          : owner.contains(word) || description.contains(word) ? 1 : 0;
      if (s == 0) {
        return 0;
      }
      total += s;
    }
    return total;
  }

  /** For each capability, the ids of the models that have it (every capability listed, empty lists included). */
  public Map<Capability, List<String>> capabilityMatrix() {
    Map<Capability, List<String>> matrix = new EnumMap<>(Capability.class);
    for (Capability capability : Capability.values()) {
      matrix.put(capability, registry.listModelIds(ModelQuery.builder().require(capability).build()));
    }
    return matrix;
  }

  /** Models with pricing, cheapest input first (then output, then id). */
  public List<ModelDefinition> pricingComparison(ModelFilter filter) {
    return list(filter).stream().filter(m -> m.pricing().isPresent())
        .sorted(Comparator.<ModelDefinition>comparingDouble(m -> m.pricing().get().inputPerMillion())
            .thenComparingDouble(m -> m.pricing().get().outputPerMillion())
            .thenComparing(ModelDefinition::id))
        .toList();
  }

  /**
   * The cheapest active priced model with these capabilities whose context holds the request, and what the
   * request costs there; ties go to the smaller id.
   */
  public Optional<PricedModel> cheapest(long promptTokens, long outputTokens, Set<Capability> required) {
    return recommend(required, Set.of(), Set.of(), promptTokens, outputTokens, Integer.MAX_VALUE).stream()
        .filter(r -> r.cost() != null)
        .min(Comparator.comparing(Recommendation::cost).thenComparing(r -> r.model().id()))
        .map(r -> new PricedModel(r.model(), r.cost(), r.currency()));
  }

  /**
   * Active models with every required and no excluded capability whose context holds the request, ranked by
   * optional capabilities matched (more first), then cost (priced models first, cheaper first), then id.
   */
  public List<Recommendation> recommend(Set<Capability> required, Set<Capability> optional,
      Set<Capability> excluded, long promptTokens, long outputTokens, int limit) {
    if (promptTokens < 0 || outputTokens < 0) {
      throw new IllegalArgumentException("tokens: counts must be at least 0, got prompt=" + promptTokens
          + ", output=" + outputTokens);
    }
    ModelFilter filter = new ModelFilter(required, excluded, null, null, List.of(), null, null, null, "active",
        null);
    List<Recommendation> out = new ArrayList<>();
    for (ModelDefinition model : list(filter)) {
      if (model.contextWindow() < promptTokens + outputTokens) {
        continue;
      }
      List<Capability> matched = optional.stream().filter(model::has).sorted().toList();
      Optional<Pricing> pricing = model.pricing();
      out.add(new Recommendation(model, pricing.map(p -> p.cost(promptTokens, outputTokens)).orElse(null),
          pricing.map(Pricing::currency).orElse(null), matched));
    }
    out.sort(Comparator.<Recommendation>comparingInt(r -> -r.optionalMatched().size())
        .thenComparing(Recommendation::cost, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.model().id()));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
  }

  /** The exact cost of a request to the model, or empty when it has no pricing. */
  public Optional<BigDecimal> cost(ModelDefinition model, long inputTokens, long outputTokens, long cachedTokens) {
    return model.pricing().map(p -> p.cost(inputTokens, outputTokens, cachedTokens));
  }

  /**
   * The ways to reach a model. Until routes are declared in catalogs, every model has one: the direct route to
   * its provider, under its own id and prices.
   */
  public List<RouteView> routes(ModelDefinition model) {
    Optional<Pricing> pricing = model.pricing();
    return List.of(new RouteView("direct", model.provider().orElse(model.ownedBy()), model.id(), 1,
        model.deprecated() ? "deprecated" : "active", pricing.map(Pricing::inputPerMillion).orElse(null),
        pricing.map(Pricing::outputPerMillion).orElse(null)));
  }

  /** Totals and counts per capability and owner. */
  public RegistryStats stats() {
    return registry.stats();
  }

  /**
   * The reference design's capabilities response: {@code model}, {@code context_window},
   * {@code max_completion_tokens}, {@code pricing}, a {@code capabilities} map, {@code modalities} and
   * {@code supported_features}.
   */
  public ObjectNode capabilitiesResponse(ModelDefinition model) {
    ObjectNode node = ModelJson.MAPPER.createObjectNode();
    node.put("model", model.id());
    node.put("context_window", model.contextWindow());
    node.put("max_completion_tokens", model.maxOutputTokens());
    if (model.pricing().isPresent()) {
      ObjectNode pricing = node.putObject("pricing");
      pricing.put("prompt_price_per_1m", model.pricing().get().inputPerMillion());
      pricing.put("completion_price_per_1m", model.pricing().get().outputPerMillion());
      pricing.put("currency", model.pricing().get().currency());
    } else {
      node.putNull("pricing");
    }
    ObjectNode capabilities = node.putObject("capabilities");
    capabilities.put("streaming", model.has(Capability.STREAMING));
    capabilities.put("function_calling", model.has(Capability.TOOL_CALLING));
    capabilities.put("vision", model.has(Capability.VISION));
    capabilities.put("audio_input", model.has(Capability.AUDIO_INPUT));
    capabilities.put("audio_output", model.has(Capability.AUDIO_OUTPUT));
    capabilities.put("reasoning", model.has(Capability.REASONING));
    capabilities.put("structured_output", model.has(Capability.STRUCTURED_OUTPUTS));
    capabilities.put("predicted_outputs", model.has(Capability.PREDICTED_OUTPUTS));
    capabilities.put("fine_tuning", model.has(Capability.FINE_TUNABLE));
    capabilities.put("batch_processing", model.has(Capability.BATCH));
    for (Capability capability : Capability.values()) {
      if (!capabilities.has(capability.jsonName())) {
        capabilities.put(capability.jsonName(), model.has(capability));
      }
    }
    ArrayNode modalities = node.putArray("modalities");
    modalities.add("text");
    if (model.has(Capability.VISION)) {
      modalities.add("image");
    }
    if (model.has(Capability.AUDIO_INPUT) || model.has(Capability.AUDIO_OUTPUT)) {
      modalities.add("audio");
    }
    if (model.has(Capability.VIDEO)) {
      modalities.add("video");
    }
    ArrayNode features = node.putArray("supported_features");
    if (model.has(Capability.TEMPERATURE)) {
      features.add("temperature").add("top_p").add("frequency_penalty").add("presence_penalty");
    }
    features.add("max_tokens").add("stop").add("seed");
    if (model.has(Capability.LOGPROBS)) {
      features.add("logprobs");
    }
    if (model.has(Capability.STREAMING)) {
      features.add("stream");
    }
    if (model.has(Capability.TOOL_CALLING)) {
      features.add("tools");
    }
    if (model.has(Capability.PARALLEL_TOOL_CALLS)) {
      features.add("parallel_tool_calls");
    }
    if (model.has(Capability.JSON_MODE) || model.has(Capability.STRUCTURED_OUTPUTS)) {
      features.add("response_format");
    }
    if (model.has(Capability.PREDICTED_OUTPUTS)) {
      features.add("prediction");
    }
    return node;
  }

  // ------------------------------------------------------------------------------------------------ writes

  /**
   * Adds a model at run time and saves the change.
   *
   * @throws dev.modelcatalog.runtime.ModelConflictException when a key of the model is taken; nothing changes
   */
  public void create(ModelDefinition model) {
    synchronized (writeLock) {
      registry.register(model);
      Runnable undo = () -> registry.remove(model.id());
      ModelDefinition before = changed.put(model.id(), model);
      persistOrUndo(undo, () -> restore(model.id(), before));
    }
  }

  /**
   * Puts a model in place of the one with the same id and saves the change.
   *
   * @throws UnknownModelException when no model has that id; nothing changes
   */
  public void update(ModelDefinition model) {
    synchronized (writeLock) {
      ModelDefinition previous = exact(model.id()).orElseThrow(
          () -> new UnknownModelException(model.id(), suggest(model.id(), 3)));
      registry.replace(model);
      ModelDefinition before = changed.put(model.id(), model);
      persistOrUndo(() -> registry.replace(previous), () -> restore(model.id(), before));
    }
  }

  /**
   * Removes the model with this exact id and saves the change.
   *
   * @return whether a model was removed
   */
  public boolean delete(String id) {
    synchronized (writeLock) {
      Optional<ModelDefinition> previous = exact(id);
      if (previous.isEmpty() || !registry.remove(previous.get().id())) {
        return false;
      }
      String modelId = previous.get().id();
      ModelDefinition before = changed.remove(modelId);
      boolean hidesCompiled = baseIds.contains(modelId) && removed.add(modelId);
      persistOrUndo(() -> {
        if (before != null && baseIds.contains(modelId)) {
          registry.replace(before);
        } else {
          registry.register(previous.get());
        }
      }, () -> {
        restore(modelId, before);
        if (hidesCompiled) {
          removed.remove(modelId);
        }
      });
      return true;
    }
  }

  private void restore(String id, ModelDefinition before) {
    if (before == null) {
      changed.remove(id);
    } else {
      changed.put(id, before);
    }
  }

  private void persistOrUndo(Runnable undoRegistry, Runnable undoState) {
    if (store == null) {
      return;
    }
    try {
      store.save(changed.values(), removed);
    } catch (RuntimeException e) {
      undoRegistry.run();
      undoState.run();
      throw e;
    }
  }
}
