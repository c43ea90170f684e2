package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.RequestParameter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each derived modality or parameter set, and of each list of tags. Ten thousand
 * definitions repeat a handful of these sets, and every copy costs an {@code EnumSet} and its unmodifiable wrapper
 * (48 bytes); tags come from a small vocabulary, so their lists repeat too (some 50 bytes a copy). Like
 * {@link Capabilities#ofBits}, at most a few thousand of each are kept; an odd one beyond that is used unshared.
 */
final class SharedSets {

  private static final int LIMIT = 4096;

  // One map per element type: an empty set of modalities equals an empty set of parameters.
  private static final ConcurrentHashMap<Set<Modality>, Set<Modality>> MODALITIES = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Set<RequestParameter>, Set<RequestParameter>> PARAMETERS =
      new ConcurrentHashMap<>();

  private static final ConcurrentHashMap<List<String>, List<String>> TAGS = new ConcurrentHashMap<>();

  private SharedSets() {}

  /** The shared list equal to this unmodifiable one (this one, the first time it is seen). */
  static List<String> tags(List<String> tags) {
    return shared(TAGS, tags);
  }

  /** The shared set equal to this unmodifiable one (this one, the first time it is seen). */
  static Set<Modality> modalities(Set<Modality> set) {
    return shared(MODALITIES, set);
  }

  /** The shared set equal to this unmodifiable one (this one, the first time it is seen). */
  static Set<RequestParameter> parameters(Set<RequestParameter> set) {
    return shared(PARAMETERS, set);
  }

  private static <C> C shared(ConcurrentHashMap<C, C> sets, C set) {
    C shared = sets.get(set);
    if (shared != null) {
      return shared;
    }
    if (sets.size() >= LIMIT) {
      return set;
    }
    // putIfAbsent, not computeIfAbsent with a lambda: definitions are built while a registry starts.
    C raced = sets.putIfAbsent(set, set);
    return raced != null ? raced : set;
  }
}
