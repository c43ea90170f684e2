package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.RequestParameter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each derived modality or parameter set. Ten thousand definitions repeat a handful of
 * these sets, and every copy costs an {@code EnumSet} and its unmodifiable wrapper (48 bytes). Like the tag lists
 * ({@link ModelDefinition#shared}, which does the sharing for both) and {@link Capabilities#ofBits}, at most a few
 * thousand of each are kept; an odd one beyond that is used unshared.
 */
final class SharedSets {

  // One map per element type: an empty set of modalities equals an empty set of parameters.
  private static final ConcurrentHashMap<Set<Modality>, Set<Modality>> MODALITIES = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Set<RequestParameter>, Set<RequestParameter>> PARAMETERS =
      new ConcurrentHashMap<>();

  private SharedSets() {}

  /** The shared set equal to this unmodifiable one (this one, the first time it is seen). */
  static Set<Modality> modalities(Set<Modality> set) {
    return ModelDefinition.shared(MODALITIES, set);
  }

  /** The shared set equal to this unmodifiable one (this one, the first time it is seen). */
  static Set<RequestParameter> parameters(Set<RequestParameter> set) {
    return ModelDefinition.shared(PARAMETERS, set);
  }
}
