package dev.modelcatalog.runtime;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A bounded, thread-safe store of models made on demand (auto-created models, definitions derived for
 * fine-tuned ids), keyed by normalized id.
 *
 * <p>Each key is created at most once while it is stored: creation runs inside
 * {@link ConcurrentHashMap#computeIfAbsent}, so threads asking for the same key at once wait for one creator
 * and share its instance. The factory must therefore not call back into the same store for the same key.
 * Memory is bounded by {@link #capacity()}: when a creation overflows it, the {@link AutoCreatePolicy} either
 * evicts the oldest entries (in creation order) or refuses before creating. Concurrent creators can overshoot
 * the capacity by at most their own number, for the moment until they evict.
 */
final class AutoCreateStore {

  /** Models held by default. */
  static final int DEFAULT_CAPACITY = 10_000;

  private final ConcurrentHashMap<String, ModelDefinition> byKey = new ConcurrentHashMap<>();
  /** Keys with the instance created for them, so a key evicted and created again is evicted by its new entry. */
  private final ConcurrentLinkedQueue<Map.Entry<String, ModelDefinition>> creationOrder =
      new ConcurrentLinkedQueue<>();
  private final LongAdder created = new LongAdder();
  private final LongAdder evicted = new LongAdder();
  private final LongAdder refused = new LongAdder();
  private volatile int capacity;
  private volatile AutoCreatePolicy policy;

  AutoCreateStore(int capacity, AutoCreatePolicy policy) {
    configure(capacity, policy);
  }

  /**
   * Sets the limit and policy; a lower limit takes effect (evicting the oldest) at once.
   *
   * @throws IllegalArgumentException when the capacity is below 1
   */
  void configure(int capacity, AutoCreatePolicy policy) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity: is " + capacity + "; expected at least 1");
    }
    this.policy = Objects.requireNonNull(policy, "policy");
    this.capacity = capacity;
    evictOverflow();
  }

  int capacity() {
    return capacity;
  }

  /** The stored model under this key, or null. */
  ModelDefinition get(String key) {
    return byKey.get(key);
  }

  /**
   * The stored model under the key, or the factory's model for {@code id}, stored under the key.
   *
   * @throws AutoCreateLimitException when the store is full and the policy is {@link AutoCreatePolicy#REFUSE}
   * @throws IllegalStateException when the factory returns null
   */
  ModelDefinition getOrCreate(String key, String id, Function<String, ModelDefinition> factory) {
    return getOrCreate(key, id, factory, model -> { });
  }

  /**
   * {@link #getOrCreate(String, String, Function)}, telling {@code onCreated} of a model made by this call (once per
   * model, after it is stored; not under the store's lock).
   */
  ModelDefinition getOrCreate(String key, String id, Function<String, ModelDefinition> factory,
      java.util.function.Consumer<ModelDefinition> onCreated) {
    ModelDefinition existing = byKey.get(key);
    if (existing != null) {
      return existing;
    }
    if (policy == AutoCreatePolicy.REFUSE && byKey.size() >= capacity) {
      refused.increment();
      throw new AutoCreateLimitException(id, capacity);
    }
    boolean[] made = {false};
    ModelDefinition model = byKey.computeIfAbsent(key, k -> {
      ModelDefinition fresh = factory.apply(id);
      if (fresh == null) {
        throw new IllegalStateException("auto-create handler returned null for '" + id + "'; return a definition"
            + " or throw");
      }
      made[0] = true;
      return fresh;
    });
    if (made[0]) {
      created.increment();
      creationOrder.add(Map.entry(key, model));
      evictOverflow();
      onCreated.accept(model);
    }
    return model;
  }

  private void evictOverflow() {
    while (byKey.size() > capacity) {
      Map.Entry<String, ModelDefinition> oldest = creationOrder.poll();
      if (oldest == null) {
        return;
      }
      if (byKey.remove(oldest.getKey(), oldest.getValue())) {
        evicted.increment();
      }
    }
  }

  int size() {
    return byKey.size();
  }

  /** Drops every stored model; the counters keep counting. */
  void clear() {
    byKey.clear();
    creationOrder.clear();
  }

  AutoCreateStats stats() {
    return new AutoCreateStats(byKey.size(), capacity, policy, created.sum(), evicted.sum(), refused.sum());
  }
}
