package dev.modelcatalog.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers kept for what is asked again and again, read lock-free and without allocating. Bounded: past its capacity
 * it starts over, so any number of distinct keys holds little memory, and a client sending ever new ones cannot
 * grow it.
 *
 * @param <K> what is asked
 * @param <V> the answer; immutable, so it can be handed out again
 */
class BoundedMemo<K, V> {

  private final int capacity;
  final ConcurrentHashMap<K, V> answers = new ConcurrentHashMap<>();

  BoundedMemo(int capacity) {
    this.capacity = capacity;
  }

  V get(K key) {
    return answers.get(key);
  }

  /** Keeps an answer, unless one is kept for the key already; a memo at its capacity starts over first. */
  void put(K key, V answer) {
    if (answers.size() >= capacity) {
      answers.clear();
    }
    answers.putIfAbsent(key, answer);
  }

  /** The number of answers kept. */
  int size() {
    return answers.size();
  }
}
