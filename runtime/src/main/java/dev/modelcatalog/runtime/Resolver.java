package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Resolves what clients type to models, in steps from certain to guessed, and stops at the first step that
 * answers:
 *
 * <ol>
 *   <li>{@link ModelRegistry#find}: id, alias, normalized id, compact key;
 *   <li>fine-tuned ids, {@code ft:base:org::job}, whose base resolves (through these same steps);
 *   <li>models auto-created earlier, by normalized id;
 *   <li>matches the application confirmed ({@link ModelMatcher#recordSuccess});
 *   <li>fuzzy, when asked for: the same model behind a route or snapshot ({@link ModelIdForms}), then its words
 *       in another order, then one typo in its letters.
 * </ol>
 *
 * <p>Precision comes first: a fuzzy step that finds several models answers none of them (unless exactly one is
 * the undated or {@code -latest} form of the rest), numbers never change, a word that names something
 * else in the catalog is never a typo, and a dated id of a known family of snapshots finds that snapshot or
 * nothing ({@link ModelRegistry#missingSnapshot}), as does a short date ({@code gpt-4o-0513}) of such a family. The
 * compiled catalogs' {@link FuzzyIndex} is built by the first step that needs it (a fuzzy step or a suggestion),
 * not with the resolver, so that resolving what {@code find} finds never builds it; the run-time overlay's is built
 * on first use after each write.
 */
final class Resolver {

  /** Confidence of each fuzzy step. */
  static final double ROUTED_CONFIDENCE = 0.97;
  static final double SNAPSHOT_CONFIDENCE = 0.95;
  static final double CORE_CONFIDENCE = 0.9;
  static final double REORDER_CONFIDENCE = 0.85;

  /** Typo budget: one edit from {@value FuzzyIndex#MIN_TYPO_LENGTH} letters and digits, two from this many. */
  static final int TWO_EDITS_FROM_LENGTH = 10;
  /** Candidates a suggestion looks at, at most, so a miss stays cheap however large the catalog. */
  static final int MAX_SUGGESTION_CANDIDATES = 256;

  private static final DamerauLevenshteinDistance ONE_EDIT = new DamerauLevenshteinDistance(1);
  private static final DamerauLevenshteinDistance TWO_EDITS = new DamerauLevenshteinDistance(2);

  /** A model and how it was found. */
  record Resolution(ModelDefinition model, MatchResult match) {}

  /** The overlay a fuzzy index was built for. */
  private record OverlayIndex(Overlay layer, FuzzyIndex index) {}

  /** An entry of one of the two indexes. */
  private record Hit(FuzzyIndex index, int entry, boolean runtime) {}

  private final ModelRegistry registry;
  private final CompiledIndex base;
  /**
   * The compiled catalogs' fuzzy index: null until a fuzzy step or a suggestion first needs it, so that resolving
   * an id, alias or normalized spelling ({@code match}, {@code require}, {@code get(query, false)}) never pays for
   * it. Built once, under {@link #baseIndexLock}: a fuzzy query that arrives during the build waits for it.
   */
  private volatile FuzzyIndex baseIndex;
  private final Object baseIndexLock = new Object();
  private final ModelMatcher matcher;
  private final AutoCreateStore autoCreated;
  private final AutoCreateStore fineTuned;
  /** The store keys of the spellings {@link #autoCreated} was asked for recently. */
  private final AutoCreateKeys autoCreateKeys = new AutoCreateKeys();
  private volatile OverlayIndex overlayIndex = new OverlayIndex(Overlay.EMPTY, FuzzyIndex.EMPTY);
  /** The fuzzy step's answers by spelling for one overlay, misses too; null until the first. */
  private volatile StateCache<String, Resolution> fuzzyAnswers;
  /** The most spellings {@link #fuzzyAnswers} keeps. */
  private final int spellingCapacity;

  Resolver(ModelRegistry registry, CompiledIndex base, ModelMatcher matcher, AutoCreateStore autoCreated,
      int spellingCapacity) {
    this.registry = registry;
    this.spellingCapacity = spellingCapacity;
    this.base = base;
    this.matcher = matcher;
    this.autoCreated = autoCreated;
    this.fineTuned = new AutoCreateStore(AutoCreateStore.DEFAULT_CAPACITY, AutoCreatePolicy.EVICT_OLDEST);
  }

  /** Builds now what the fuzzy steps build on first use: the compiled models' index and the run-time models'. */
  void prepare() {
    baseIndex();
    overlayIndex(registry.overlaySnapshot());
  }

  /** Whether the compiled models' fuzzy index is built (tests). */
  boolean fuzzyIndexBuilt() {
    return baseIndex != null;
  }

  /** {@link #baseIndex}, built over every compiled id and alias on first use. */
  private FuzzyIndex baseIndex() {
    FuzzyIndex index = baseIndex;
    if (index == null) {
      synchronized (baseIndexLock) {
        index = baseIndex;
        if (index == null) {
          List<String> keys = new ArrayList<>();
          IntStream.Builder ordinals = IntStream.builder();
          base.forEachExactKey((key, value) -> {
            keys.add(key);
            ordinals.add(value & ~CompiledIndex.ALIAS_FLAG);
          });
          index = new FuzzyIndex(keys, ordinals.build().toArray());
          baseIndex = index;
        }
      }
    }
    return index;
  }

  /** The model the query names, and how; null when none does. */
  Resolution resolve(String query, boolean fuzzy) {
    if (query == null || ModelRegistry.overlong(query) || query.isBlank()) {
      return null;
    }
    ModelDefinition found = registry.lookup(query);
    if (found != null) {
      return new Resolution(found, direct(query, found));
    }
    return resolveUnknown(query, fuzzy);
  }

  /**
   * {@link #resolve} for a query {@link ModelRegistry#lookup} has already missed (and that is not null or past the
   * length limit): fine-tuned ids, auto-created and learned models, then the fuzzy steps.
   */
  Resolution resolveUnknown(String query, boolean fuzzy) {
    if (query.isBlank()) {
      return null;
    }
    Optional<FineTunedId> fineTune = Discovery.parseFineTuned(query);
    ModelDefinition created = autoCreatedFor(query);
    if (fineTune.isPresent()) {
      // A fine-tuned id auto-created while its base named nothing stays that model, even once the base resolves.
      return created != null ? autoCreatedMatch(query, created) : resolveFineTune(query, fineTune.get(), fuzzy);
    }
    if (created != null) {
      return autoCreatedMatch(query, created);
    }
    Optional<MatchResult> learned = matcher.size() == 0 ? Optional.empty() : matcher.learned(query);
    if (learned.isPresent()) {
      ModelDefinition model = registry.lookup(learned.get().modelId());
      if (model != null) {
        return new Resolution(model, learned.get());
      }
    }
    return fuzzy ? resolveFuzzy(query) : null;
  }

  /**
   * The model auto-created earlier for this query, or null: when there is one, it is what {@link #resolveUnknown}
   * answers, whatever else the query might resolve to.
   */
  ModelDefinition autoCreatedFor(String query) {
    // The store is usually empty; checking its size first keeps a miss from normalizing the query for nothing.
    return autoCreated.size() == 0 || query.isBlank() ? null : autoCreated.get(autoCreateKeys.of(query));
  }

  /** {@link #autoCreateKey}, remembered for the spellings asked for recently. */
  String autoCreateKeyOf(String id) {
    return autoCreateKeys.of(id);
  }

  /**
   * The key auto-created models are stored under: the normalized id, or the id when that is empty. A fine-tuned
   * id keeps its whole text: normalizing reads {@code ft:g:acme/} as a route prefix, so {@code ft:g:acme/:job}
   * would share the key of its base {@code g} (a space never occurs in a normalized id, so the keys stay apart).
   */
  static String autoCreateKey(String id) {
    if (Discovery.parseFineTuned(id).isPresent()) {
      return "ft " + id;
    }
    String normalized = Discovery.normalizeModelId(id);
    return normalized.isEmpty() ? id : normalized;
  }

  private static Resolution autoCreatedMatch(String query, ModelDefinition created) {
    return new Resolution(created, new MatchResult(created.id(), 1.0, MatchStrategy.NORMALIZED,
        Discovery.normalizeModelId(query), Discovery.normalizeModelId(created.id())));
  }

  private static MatchResult direct(String query, ModelDefinition model) {
    MatchStrategy strategy = model.id().equals(query) ? MatchStrategy.EXACT
        : model.aliases().contains(query) ? MatchStrategy.ALIAS : MatchStrategy.NORMALIZED;
    return new MatchResult(model.id(), strategy == MatchStrategy.NORMALIZED ? 0.98 : 1.0, strategy,
        Discovery.normalizeModelId(query), Discovery.normalizeModelId(model.id()));
  }

  private Resolution resolveFineTune(String query, FineTunedId parts, boolean fuzzy) {
    Resolution base = resolve(parts.baseModel(), fuzzy);
    if (base == null) {
      return null;
    }
    ModelDefinition model;
    try {
      model = fineTuned.getOrCreate(query, query, id -> DerivedModels.fineTune(id, parts, base.model()));
    } catch (InvalidModelException e) {
      // The base resolves, but no model may have this id (a character ids do not allow, too long): it names
      // nothing, as any other invalid id. Lookups never throw for what a client typed.
      return null;
    }
    return new Resolution(model, new MatchResult(model.id(), base.match().confidence(), MatchStrategy.FINE_TUNED,
        Discovery.normalizeModelId(query), Discovery.normalizeModelId(base.model().id())));
  }

  // ------------------------------------------------------------------------------------------------- fuzzy

  /**
   * The fuzzy step, remembered per spelling for the registry's state: its answer depends on the visible models only
   * (learned and auto-created models come before it), so a spelling seen before under the same overlay, found or
   * not, is answered again without the index: an unknown name that a client repeats costs the index once per
   * registry state, not once per request.
   */
  private Resolution resolveFuzzy(String query) {
    Overlay layer = registry.overlaySnapshot();
    Resolution seen = StateCache.get(fuzzyAnswers, layer, query);
    if (seen != null) {
      return seen == NO_MATCH ? null : seen;
    }
    ModelIdForms forms = ModelIdForms.of(query);
    Resolution r = resolveFuzzy(query, forms);
    // A dated query never gets a declared snapshot of another date, whichever step found it.
    if (r != null && registry.datedSnapshots().isOtherSnapshot(forms.routed, r.model())) {
      r = null;
    }
    if (registry.rememberable(query)) {
      remember(layer, query, r == null ? NO_MATCH : r);
    }
    return r;
  }

  /** What the fuzzy memo keeps for a spelling the fuzzy step found nothing for. */
  private static final Resolution NO_MATCH = new Resolution(null, null);

  /** Lets the fuzzy answers of the overlay before a write go with it: called when the registry publishes one. */
  void forgetFuzzyAnswers() {
    if (fuzzyAnswers != null) {
      fuzzyAnswers = null;
    }
  }

  /**
   * Keeps a fuzzy answer for the overlay it was found in. The steps read the registry's overlay more than once, so a
   * write during them (the overlay moved on) keeps nothing: the answer may mix two states.
   */
  private void remember(Overlay layer, String query, Resolution r) {
    if (registry.overlaySnapshot() != layer) {
      return;
    }
    StateCache<String, Resolution> memo = StateCache.forState(fuzzyAnswers, layer, spellingCapacity);
    fuzzyAnswers = memo;
    memo.put(query, r);
  }

  private Resolution resolveFuzzy(String query, ModelIdForms forms) {
    if (forms.coreCompact.isEmpty()) {
      return null;
    }
    if (!forms.undated && registry.missingSnapshot(query).isPresent()) {
      // A date the family has no snapshot for: a sibling snapshot would answer with other prices and limits.
      return null;
    }
    Optional<ModelDefinition> shortDated = registry.datedSnapshots().shortDated(forms.routed);
    if (shortDated != null) {
      // gpt-4o-0513 names the family's May snapshot, or nothing: the steps below would take any snapshot.
      return shortDated.map(model -> variant(model, SNAPSHOT_CONFIDENCE, forms)).orElse(null);
    }
    if (!forms.routed.equals(forms.normalized)) {
      // Route stripped, date kept: bedrock/anthropic.claude-3-5-sonnet-20241022-v2:0 names one snapshot.
      ModelDefinition model = registry.lookup(forms.routed);
      if (model != null) {
        return variant(model, ROUTED_CONFIDENCE, forms);
      }
    }
    String unnumbered = NumberedVersion.base(forms.routed);
    if (unnumbered != null) {
      // gemini-2.0-flash-001 is Google's stable name of gemini-2.0-flash, as @001 is Vertex's. When the family
      // declares numbered versions of its own, another number names one of them, or nothing.
      ModelDefinition model = registry.lookup(unnumbered);
      if (model != null) {
        return NumberedVersion.anyDeclared(registry, unnumbered) ? null : variant(model, ROUTED_CONFIDENCE, forms);
      }
    }
    Overlay layer = registry.overlaySnapshot();
    FuzzyIndex runtime = overlayIndex(layer);
    FuzzyIndex compiled = baseIndex();
    Resolution r = pick(forms, layer, runtime, MatchStrategy.VARIANT, SNAPSHOT_CONFIDENCE,
        hits(compiled, compiled.bySnapshot(forms.snapshotCompact), runtime, runtime.bySnapshot(forms.snapshotCompact)));
    if (r != null) {
      return r == AMBIGUOUS ? null : r;
    }
    r = pick(forms, layer, runtime, MatchStrategy.VARIANT, CORE_CONFIDENCE,
        hits(compiled, compiled.byCore(forms.coreCompact), runtime, runtime.byCore(forms.coreCompact)));
    if (r != null) {
      return r == AMBIGUOUS ? null : r;
    }
    String reorder = forms.reorderKey();
    r = pick(forms, layer, runtime, MatchStrategy.VARIANT, REORDER_CONFIDENCE,
        hits(compiled, compiled.byReorder(reorder), runtime, runtime.byReorder(reorder)));
    if (r != null) {
      return r == AMBIGUOUS ? null : r;
    }
    return typo(forms, layer, runtime);
  }

  /** Marks a step that found several models: resolution stops there. */
  private static final Resolution AMBIGUOUS = new Resolution(null, null);

  /** The entries each index gave for one step, as hits. */
  private static List<Hit> hits(FuzzyIndex compiled, int[] compiledEntries, FuzzyIndex runtime,
      int[] runtimeEntries) {
    List<Hit> hits = new ArrayList<>(compiledEntries.length + runtimeEntries.length);
    for (int e : compiledEntries) {
      hits.add(new Hit(compiled, e, false));
    }
    for (int e : runtimeEntries) {
      hits.add(new Hit(runtime, e, true));
    }
    return hits;
  }

  /**
   * The one visible model among the hits: null when there is none, {@link #AMBIGUOUS} when there are several
   * and neither exactly one undated nor exactly one {@code -latest} form settles it.
   */
  private Resolution pick(ModelIdForms query, Overlay layer, FuzzyIndex runtime, MatchStrategy strategy,
      double confidence, List<Hit> hits) {
    // A size the query states must be the key's: qwen2-57b is not qwen2.5-7b (the hits are this call's own list).
    hits.removeIf(hit -> !SizeTokens.agreeForms(query.normalized, hit.index().forms(hit.entry()).normalized));
    Map<String, Hit> byModel = visibleByModel(hits, layer);
    if (byModel.isEmpty()) {
      return null;
    }
    Hit chosen = byModel.size() == 1 ? byModel.values().iterator().next() : settle(byModel);
    if (chosen == null) {
      return AMBIGUOUS;
    }
    return resolution(chosen, layer, strategy, confidence, query);
  }

  private Map<String, Hit> visibleByModel(List<Hit> hits, Overlay layer) {
    Map<String, Hit> byModel = new LinkedHashMap<>();
    for (Hit hit : hits) {
      int ordinal = hit.index().ordinal(hit.entry());
      if (!hit.runtime() && layer.isHidden(ordinal)) {
        continue;
      }
      String id = hit.runtime() ? layer.model(ordinal).id() : base.id(ordinal);
      Hit previous = byModel.get(id);
      // A model reached through several keys counts once; remember its undated key if it has one.
      if (previous == null || !previous.index().forms(previous.entry()).undated
          && hit.index().forms(hit.entry()).undated) {
        byModel.put(id, hit);
      }
    }
    return byModel;
  }

  /** Of several models, the only undated one, else the only {@code -latest} one, else null. */
  private static Hit settle(Map<String, Hit> byModel) {
    Hit undated = null;
    int undatedCount = 0;
    Hit latest = null;
    int latestCount = 0;
    for (Hit hit : byModel.values()) {
      ModelIdForms forms = hit.index().forms(hit.entry());
      if (forms.undated) {
        undated = hit;
        undatedCount++;
      } else if (forms.latest) {
        latest = hit;
        latestCount++;
      }
    }
    if (undatedCount == 1) {
      return undated;
    }
    return undatedCount == 0 && latestCount == 1 ? latest : null;
  }

  /** A model a variant of the query's id names: a route stripped, a snapshot date, a numbered version. */
  private static Resolution variant(ModelDefinition model, double confidence, ModelIdForms query) {
    return new Resolution(model, new MatchResult(model.id(), confidence, MatchStrategy.VARIANT, query.normalized,
        Discovery.normalizeModelId(model.id())));
  }

  private Resolution resolution(Hit hit, Overlay layer, MatchStrategy strategy, double confidence,
      ModelIdForms query) {
    int ordinal = hit.index().ordinal(hit.entry());
    ModelDefinition model = hit.runtime() ? layer.model(ordinal) : base.model(ordinal);
    return new Resolution(model, new MatchResult(model.id(), confidence, strategy, query.normalized,
        hit.index().forms(hit.entry()).normalized));
  }

  /**
   * One typo: candidates from both delete tables, compared first on the routed form (so a typo in a dated id
   * finds that snapshot) and then on the core. A candidate counts when its numbers are the query's, the
   * distance is within budget, and no word of the query that the catalog knows is missing from it. The closest
   * single model wins; a tie between models resolves nothing.
   */
  private Resolution typo(ModelIdForms query, Overlay layer, FuzzyIndex runtime) {
    if (query.coreCompact.length() < FuzzyIndex.MIN_TYPO_LENGTH) {
      return null;
    }
    FuzzyIndex.Form[] forms = {FuzzyIndex.Form.of(query.routed), FuzzyIndex.Form.of(query.core)};
    int[] hashes = FuzzyIndex.deleteHashes(forms[1].compact(), forms[0].compact());
    List<Hit> candidates = new ArrayList<>();
    collect(baseIndex(), false, hashes, candidates);
    collect(runtime, true, hashes, candidates);
    for (int level = 0; level < forms.length; level++) {
      Resolution r = closest(forms[level], level, candidates, query, layer, runtime);
      if (r != null) {
        return r == AMBIGUOUS ? null : r;
      }
    }
    return null;
  }

  private Resolution closest(FuzzyIndex.Form query, int level, List<Hit> candidates, ModelIdForms queryForms,
      Overlay layer, FuzzyIndex runtime) {
    String key = query.compact();
    DamerauLevenshteinDistance distance = key.length() >= TWO_EDITS_FROM_LENGTH ? TWO_EDITS : ONE_EDIT;
    int budget = distance.getThreshold();
    int best = Integer.MAX_VALUE;
    List<Hit> closest = new ArrayList<>();
    for (Hit hit : candidates) {
      FuzzyIndex.Form candidate = hit.index().typoForm(hit.entry(), level);
      if (Math.abs(candidate.compact().length() - key.length()) > budget
          || !query.numbers().equals(candidate.numbers()) || !wordsKnownTo(query, candidate, runtime)) {
        continue;
      }
      int d = distance.apply(key, candidate.compact());
      if (d < 0 || d > best) {
        continue;
      }
      if (d < best) {
        best = d;
        closest.clear();
      }
      closest.add(hit);
    }
    if (closest.isEmpty()) {
      return null;
    }
    int longer = Math.max(key.length(), closest.get(0).index().typoForm(closest.get(0).entry(), level)
        .compact().length());
    return pick(queryForms, layer, runtime, MatchStrategy.EDIT_DISTANCE, 1.0 - (double) best / longer, closest);
  }

  private static void collect(FuzzyIndex index, boolean runtime, int[] hashes, List<Hit> out) {
    if (index.size() == 0) {
      return;
    }
    for (int entry : index.typoCandidates(hashes)) {
      out.add(new Hit(index, entry, runtime));
    }
  }

  /** Whether every word of the query is in the candidate or unknown to both indexes (so it may be a typo). */
  private boolean wordsKnownTo(FuzzyIndex.Form query, FuzzyIndex.Form candidate, FuzzyIndex runtime) {
    for (String word : query.words()) {
      if (!candidate.hasWord(word) && (baseIndex().isWord(word) || runtime.isWord(word))) {
        return false;
      }
    }
    return true;
  }

  private FuzzyIndex overlayIndex(Overlay layer) {
    OverlayIndex current = overlayIndex;
    if (current.layer() == layer) {
      return current.index();
    }
    List<String> keys = new ArrayList<>();
    List<Integer> ordinals = new ArrayList<>();
    int i = 0;
    for (ModelDefinition model : layer.byId().values()) {
      keys.add(model.id());
      ordinals.add(i);
      for (String alias : model.aliases()) {
        keys.add(alias);
        ordinals.add(i);
      }
      i++;
    }
    FuzzyIndex index = new FuzzyIndex(keys, ordinals.stream().mapToInt(Integer::intValue).toArray());
    // Two readers may both build it after a write; either result is correct, the last one stays.
    overlayIndex = new OverlayIndex(layer, index);
    return index;
  }

  // ------------------------------------------------------------------------------------------- suggestions

  /**
   * Up to {@code max} visible ids close to the query, best first: typo candidates (numbers may differ here,
   * since suggestions are not resolutions) and ids with the same first word, at most
   * {@value #MAX_SUGGESTION_CANDIDATES} of them, ranked by {@link Discovery#similarity}.
   */
  List<String> suggest(String query, int max) {
    if (query == null || max <= 0 || ModelRegistry.overlong(query)) {
      return List.of();
    }
    ModelIdForms forms = ModelIdForms.of(query);
    if (forms.coreCompact.isEmpty()) {
      return List.of();
    }
    Overlay layer = registry.overlaySnapshot();
    FuzzyIndex runtime = overlayIndex(layer);
    List<Hit> candidates = new ArrayList<>();
    int[] hashes = FuzzyIndex.deleteHashes(forms.coreCompact);
    FuzzyIndex compiledIndex = baseIndex();
    collect(compiledIndex, false, hashes, candidates);
    collect(runtime, true, hashes, candidates);
    String family = Discovery.firstWord(forms.core);
    for (int e : compiledIndex.byFirstWord(family, MAX_SUGGESTION_CANDIDATES)) {
      candidates.add(new Hit(compiledIndex, e, false));
    }
    for (int e : runtime.byFirstWord(family, MAX_SUGGESTION_CANDIDATES)) {
      candidates.add(new Hit(runtime, e, true));
    }
    // Suggestions may differ in size: a client asking for llama-3.1-80b is helped by hearing of llama-3.1-70b.
    Map<String, Hit> byModel = visibleByModel(candidates, layer);
    String compact = Discovery.compactKey(query);
    String queryFamily = Discovery.firstWord(Discovery.normalizeModelId(query));
    return byModel.keySet().stream()
        .map(id -> Map.entry(id, Discovery.similarity(compact, queryFamily, id)))
        .filter(e -> e.getValue() >= Discovery.MIN_SUGGESTION_SIMILARITY)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }
}
