package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.RequestParameter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each derived modality or parameter set. Ten thousand definitions repeat a handful of
 * these sets, and every copy costs an {@code EnumSet} and its unmodifiable wrapper (48 bytes). Like
 * {@link Capabilities#ofBits}, at most a few thousand sets are kept; an odd one beyond that is used unshared.
 */
final class SharedSets {

  private static final int LIMIT = 4096;

  // One map per element type: an empty set of modalities equals an empty set of parameters.
  private static final ConcurrentHashMap<Set<Modality>, Set<Modality>> MODALITIES = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Set<RequestParameter>, Set<RequestParameter>> PARAMETERS =
      new ConcurrentHashMap<>();

  private SharedSets() {}

  /** The shared set equal to this unmodifiable one (this one, the first time it is seen). */
  static Set<Modality> modalities(Set<Modality> set) {
    return shared(MODALITIES, set);
  }

  /** The shared set equal to this unmodifiable one (this one, the first time it is seen). */
  static Set<RequestParameter> parameters(Set<RequestParameter> set) {
    return shared(PARAMETERS, set);
  }

  private static <E> Set<E> shared(ConcurrentHashMap<Set<E>, Set<E>> sets, Set<E> set) {
    Set<E> shared = sets.get(set);
    if (shared != null) {
      return shared;
    }
    if (sets.size() >= LIMIT) {
      return set;
    }
    // putIfAbsent, not computeIfAbsent with a lambda: definitions are built while a registry starts.
    Set<E> raced = sets.putIfAbsent(set, set);
    return raced != null ? raced : set;
  }
}
