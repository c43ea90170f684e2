package dev.modelcatalog.runtime;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers of recent {@link ModelQuery queries} against one registry state (one {@link Overlay}), so a server
 * that asks the same question on every request ("models with tool calling under $1") gets the same immutable list
 * back for the cost of a hash lookup. Bounded: past {@link #CAPACITY} distinct queries it starts over, so any
 * number of distinct queries holds little memory. A write publishes a new overlay and with it a new, empty cache;
 * answers are therefore never stale.
 */
final class QueryCache {

  /** Distinct queries kept per registry state. */
  static final int CAPACITY = 64;

  private final Overlay layer;
  private final ConcurrentHashMap<ModelQuery, List<ModelDefinition>> answers = new ConcurrentHashMap<>();

  QueryCache(Overlay layer) {
    this.layer = layer;
  }

  /** The state the answers belong to. */
  Overlay layer() {
    return layer;
  }

  List<ModelDefinition> get(ModelQuery query) {
    return answers.get(query);
  }

  void put(ModelQuery query, List<ModelDefinition> answer) {
    if (answers.size() >= CAPACITY) {
      answers.clear();
    }
    answers.put(query, answer);
  }
}
