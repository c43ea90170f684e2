package dev.modelcatalog.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-model usage of a registry: requests, input, output and cached tokens, exact cost from each model's
 * pricing, and latency percentiles.
 *
 * <p><b>Recording is cheap.</b> {@link #record} resolves a model id with the registry's {@code find} only the first
 * time it sees that spelling; afterwards it is one map lookup keyed by the string as given, a few additions to
 * counters that each thread stripe keeps apart ({@link StripedCounters}) and one HdrHistogram slot: lock-free, and
 * nothing allocated. A write to the registry (register, replace, remove) is noticed with one volatile read and makes
 * every spelling resolve afresh, so a replaced model's new price applies from then on and a removed model's id
 * stops counting under its name.
 *
 * <p><b>Memory is bounded.</b> At most {@code maxTrackedModels} models are tracked individually (about 28 KB each,
 * mostly the latency histogram). A request for an id the registry does not know, or for a model beyond the limit,
 * is counted in the {@link #OTHER} bucket, whose requests, tokens and latency are kept like a model's; its cost
 * covers the over-limit models' priced requests, per price. Resolved spellings are cached up to
 * {@code 4 * maxTrackedModels} (at least 64); spellings beyond that are resolved on every call, correctly but
 * more slowly.
 *
 * <p><b>Cost is exact.</b> Token counts are summed per price and {@link Pricing#cost} is applied to the sums when
 * stats are read; cost is linear in the counts, so this is the exact sum of every request's cost, with no
 * floating-point sums and no {@code BigDecimal} on the recording path.
 *
 * <p>Stats are read without stopping recorders: each figure is exact for the requests it has seen, and figures
 * read while requests are being recorded may be a request apart.
 */
public final class UsageRecorder {

  /**
   * The label of the bucket for unknown ids and models beyond the tracking limit. It can never be a model id:
   * ids do not contain parentheses ({@link ModelRules#ID_PUNCTUATION}).
   */
  public static final String OTHER = "(other)";
  /** The tracking limit of {@link ModelRegistry#usage()}. */
  public static final int DEFAULT_MAX_TRACKED_MODELS = 256;

  /** What a spelling resolved to: the counters to record into, and the price segment within them. */
  private static final class Slot {
    final ModelUsage usage;
    final PricedTokens segment;

    Slot(ModelUsage usage, PricedTokens segment) {
      this.usage = usage;
      this.segment = segment;
    }
  }

  private final ModelRegistry registry;
  private final int maxTrackedModels;
  private final int maxCachedKeys;
  /** Tracked models by canonical id; only grows, up to {@link #maxTrackedModels}; written under {@code this}. */
  private final Map<String, ModelUsage> tracked = new ConcurrentHashMap<>();
  private final ModelUsage other = new ModelUsage(OTHER);
  /** Where unknown ids go. */
  private final Slot unknown = new Slot(other, other.segmentFor(null));
  /** Spellings seen since the registry last changed; written under {@code this}. */
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();
  /** The registry generation {@link #slots} were resolved against. */
  private volatile Object seenGeneration;

  /**
   * A recorder for a registry. {@link ModelRegistry#usage()} gives the registry's own; make one with this
   * constructor for another tracking limit.
   *
   * @param maxTrackedModels how many models are tracked individually; at least 1
   * @throws IllegalArgumentException when {@code maxTrackedModels} is below 1
   */
  public UsageRecorder(ModelRegistry registry, int maxTrackedModels) {
    if (maxTrackedModels < 1) {
      throw new IllegalArgumentException("maxTrackedModels: must be at least 1, got " + maxTrackedModels);
    }
    this.registry = java.util.Objects.requireNonNull(registry, "registry");
    this.maxTrackedModels = maxTrackedModels;
    this.maxCachedKeys = Math.max(64, 4 * maxTrackedModels);
  }

  /** How many models are tracked individually at most. */
  public int maxTrackedModels() {
    return maxTrackedModels;
  }

  // ----------------------------------------------------------------------------------------------- recording

  /**
   * Records one request.
   *
   * @param modelId any spelling {@link ModelRegistry#find} accepts; an unknown id (or null) is counted in
   *     {@link #OTHER}
   * @param cachedTokens input tokens served from the provider's cache, part of {@code inputTokens}
   * @param latencyNanos the request's latency in nanoseconds; above an hour counts as an hour
   * @throws IllegalArgumentException naming the field when a count or the latency is negative, a count is above
   *     {@link #MAX_TOKENS_PER_REQUEST}, or more tokens are cached than sent; nothing is recorded then
   */
  public void record(String modelId, long inputTokens, long outputTokens, long cachedTokens, long latencyNanos) {
    check(inputTokens, outputTokens, cachedTokens, latencyNanos);
    Slot slot = slotFor(modelId);
    slot.usage.record(slot.segment, inputTokens, outputTokens, cachedTokens, latencyNanos);
  }

  /**
   * Records one request; see {@link #record(String, long, long, long, long)}.
   *
   * @throws NullPointerException when {@code latency} is null
   */
  public void record(String modelId, long inputTokens, long outputTokens, long cachedTokens, Duration latency) {
    java.util.Objects.requireNonNull(latency, "latency");
    // Duration.toNanos overflows past 292 years; such a latency is past the histogram's ceiling anyway.
    long nanos = latency.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : latency.toNanos();
    record(modelId, inputTokens, outputTokens, cachedTokens, nanos);
  }

  /**
   * The most tokens of each kind one request may count: {@value} (2^40), far above any context window. Totals are
   * longs, so a bound per request keeps them from wrapping: some eight million requests at the bound fit.
   */
  public static final long MAX_TOKENS_PER_REQUEST = 1L << 40;

  private static void check(long inputTokens, long outputTokens, long cachedTokens, long latencyNanos) {
    checkCount("inputTokens", inputTokens);
    checkCount("outputTokens", outputTokens);
    checkCount("cachedTokens", cachedTokens);
    if (cachedTokens > inputTokens) {
      throw new IllegalArgumentException("cachedTokens: " + cachedTokens + " cached tokens exceed the "
          + inputTokens + " input tokens they are part of");
    }
    if (latencyNanos < 0) {
      throw new IllegalArgumentException("latency: must be at least 0, got " + latencyNanos + " ns");
    }
  }

  private static void checkCount(String field, long count) {
    if (count < 0) {
      throw new IllegalArgumentException(field + ": must be at least 0, got " + count);
    }
    if (count > MAX_TOKENS_PER_REQUEST) {
      throw new IllegalArgumentException(field + ": " + count + " is above the " + MAX_TOKENS_PER_REQUEST
          + " tokens one request may count");
    }
  }

  /** The fast path: a spelling seen since the registry last changed. */
  private Slot slotFor(String modelId) {
    if (modelId != null && registry.generation() == seenGeneration) {
      Slot slot = slots.get(modelId);
      if (slot != null) {
        return slot;
      }
    }
    return resolve(modelId);
  }

  /** The slow path: first sight of a spelling, or the registry changed. Serialised, so the limits hold exactly. */
  private synchronized Slot resolve(String modelId) {
    // Read the generation before looking anything up, so a slot is never cached under a newer generation
    // than the one it was resolved against.
    Object generation = registry.generation();
    if (generation != seenGeneration) {
      slots.clear();
      seenGeneration = generation;
    }
    if (modelId == null) {
      return unknown;
    }
    Slot slot = slots.get(modelId);
    if (slot != null) {
      return slot;
    }
    ModelDefinition model = registry.lookup(modelId);
    slot = model == null ? unknown : slotFor(model);
    if (slots.size() < maxCachedKeys) {
      slots.put(modelId, slot);
    }
    return slot;
  }

  private Slot slotFor(ModelDefinition model) {
    ModelUsage usage = tracked.get(model.id());
    if (usage == null && tracked.size() < maxTrackedModels) {
      usage = new ModelUsage(model.id());
      tracked.put(model.id(), usage);
    }
    if (usage == null) {
      usage = other;
    }
    return new Slot(usage, usage.segmentFor(model.pricing().orElse(null)));
  }

  // ----------------------------------------------------------------------------------------------- reading

  /**
   * The usage recorded for a model: looked up by canonical id first (so a model removed since keeps its
   * history), then by any spelling {@link ModelRegistry#find} accepts. {@link #OTHER} gives the other bucket.
   *
   * @return empty when nothing was recorded for the model individually
   */
  public Optional<UsageStats> stats(String modelId) {
    if (modelId == null) {
      return Optional.empty();
    }
    if (OTHER.equals(modelId)) {
      return Optional.of(other.snapshot());
    }
    ModelUsage usage = tracked.get(modelId);
    if (usage == null) {
      ModelDefinition model = registry.lookup(modelId);
      usage = model == null ? null : tracked.get(model.id());
    }
    return usage == null ? Optional.empty() : Optional.of(usage.snapshot());
  }

  /** The other bucket: unknown ids and models beyond the tracking limit. */
  public UsageStats other() {
    return other.snapshot();
  }

  /**
   * The {@code n} tracked models with the most requests, most first, ties in id order; the other bucket is not
   * among them.
   *
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public List<UsageStats> top(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n: must be at least 0, got " + n);
    }
    // Rank by request count first and read only the winners: reading a model adds up its latency stripes.
    record Ranked(ModelUsage usage, long requests) {}
    List<Ranked> ranked = new ArrayList<>();
    for (ModelUsage usage : tracked.values()) {
      ranked.add(new Ranked(usage, usage.requests()));
    }
    ranked.sort(Comparator.comparingLong(Ranked::requests).reversed().thenComparing(r -> r.usage().label));
    List<UsageStats> top = new ArrayList<>();
    StripedLatencyHistogram.Scratch scratch = new StripedLatencyHistogram.Scratch();
    for (Ranked winner : ranked.subList(0, Math.min(n, ranked.size()))) {
      top.add(winner.usage().snapshot(scratch));
    }
    // Counts read a second time may have moved on while threads record: order what is returned by what it says.
    top.sort(Comparator.comparingLong(UsageStats::requests).reversed().thenComparing(UsageStats::model));
    return List.copyOf(top);
  }

  /** Every tracked model in id order, then the other bucket when it has requests: what an exporter shows. */
  public List<UsageStats> all() {
    List<UsageStats> all = tracked();
    UsageStats rest = other.snapshot();
    if (rest.requests() > 0) {
      all.add(rest);
    }
    return List.copyOf(all);
  }

  /** Tracked models in id order, as a fresh mutable list. */
  private List<UsageStats> tracked() {
    List<UsageStats> stats = new ArrayList<>();
    StripedLatencyHistogram.Scratch scratch = new StripedLatencyHistogram.Scratch();
    for (ModelUsage usage : new TreeMap<>(tracked).values()) {
      stats.add(usage.snapshot(scratch));
    }
    return stats;
  }

  /** Spellings cached now; for tests of the memory bound. */
  int cachedSpellings() {
    return slots.size();
  }

  /** Models tracked now; for tests of the memory bound. */
  int trackedModels() {
    return tracked.size();
  }

  @Override
  public String toString() {
    return "UsageRecorder[" + tracked.size() + " of at most " + maxTrackedModels + " models tracked]";
  }
}
