package dev.modelcatalog.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers a registry gave in one state (one {@link Overlay}), for what a server asks again and again: the same
 * capability query ("models with tool calling under $1"), the same spelling of a model ({@code GPT_4O},
 * {@code claude-3-5-sonnet-latest}). The next time, the answer is one {@link ConcurrentHashMap} read: lock-free, and
 * nothing allocated.
 *
 * <p>A cache belongs to one overlay, and a write publishes a new one, so answers are never stale: a caller keeps its
 * cache in a field and replaces it once the overlay has moved on ({@link #forState}). Bounded as a
 * {@link BoundedMemo} is.
 *
 * @param <K> what is asked
 * @param <V> the answer; immutable, so it can be handed out again
 */
final class StateCache<K, V> extends BoundedMemo<K, V> {

  private final Overlay layer;

  StateCache(Overlay layer, int capacity) {
    super(capacity);
    this.layer = layer;
  }

  /** {@code cache} when it belongs to {@code layer}, else a new, empty cache for it. */
  static <K, V> StateCache<K, V> forState(StateCache<K, V> cache, Overlay layer, int capacity) {
    return cache != null && cache.layer == layer ? cache : new StateCache<>(layer, capacity);
  }

  /** What {@code cache} holds for the key in this state; null when it holds nothing, or belongs to another state. */
  static <K, V> V get(StateCache<K, V> cache, Overlay layer, K key) {
    return cache != null && cache.layer == layer ? cache.answers.get(key) : null;
  }

  /** The state the answers belong to. */
  Overlay layer() {
    return layer;
  }
}
