package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Answers {@link ModelQuery queries} over one snapshot of a registry: the compiled index and the overlay of the
 * moment. Compiled models are narrowed first on the precomputed bit sets (required and excluded capabilities,
 * modalities, MoE or dense, owner, provider, hidden models) and the context-window column, so only the surviving
 * candidates are built; those and the run-time models are then checked against every condition with {@link
 * ModelQuery#matches}, unless the query has no condition beyond what narrowed the candidates.
 */
final class QueryEngine {

  private final CompiledIndex base;
  private final Overlay layer;

  QueryEngine(CompiledIndex base, Overlay layer) {
    this.base = base;
    this.layer = layer;
  }

  /** The visible models meeting the query: most preferred capabilities first, then by id. */
  List<ModelDefinition> list(ModelQuery query) {
    long[] candidates = compiledCandidates(query);
    int count = 0;
    for (long word : candidates) {
      count += Long.bitCount(word);
    }
    // The candidates are bits over ranks: walking them lists the compiled models in id order.
    int[] ordinalAt = base.ordinalsInIdOrder();
    boolean decided = query.decidedByCandidates();
    List<ModelDefinition> compiled = new ArrayList<>(count);
    for (int w = 0; w < candidates.length; w++) {
      for (long bits = candidates[w]; bits != 0; bits &= bits - 1) {
        ModelDefinition model = base.model(ordinalAt[(w << 6) + Long.numberOfTrailingZeros(bits)]);
        // A query the candidates decide reads no definition: every condition was answered on bits and columns.
        if (decided || query.matches(model)) {
          compiled.add(model);
        }
      }
    }
    // Run-time models come in id order too (the overlay keeps them sorted): merge the two.
    List<ModelDefinition> result = compiled;
    if (!layer.byId().isEmpty()) {
      result = new ArrayList<>(compiled.size() + layer.size());
      int c = 0;
      for (ModelDefinition model : layer.byId().values()) {
        if (!query.matches(model)) {
          continue;
        }
        while (c < compiled.size() && compiled.get(c).id().compareTo(model.id()) < 0) {
          result.add(compiled.get(c++));
        }
        result.add(model);
      }
      result.addAll(compiled.subList(c, compiled.size()));
    }
    if (!query.preferred().isEmpty()) {
      // A stable sort: equal preference keeps id order.
      result.sort(Comparator.comparingInt(query::preferenceScore).reversed());
    }
    return Collections.unmodifiableList(result);
  }

  /** For every capability, the ids of the visible models that have it, in id order; built without definitions. */
  Map<Capability, List<String>> capabilityMatrix() {
    Map<Capability, List<String>> matrix = new EnumMap<>(Capability.class);
    BitSet hidden = layer.hidden();
    int[] ordinalAt = base.ordinalsInIdOrder();
    for (Capability capability : Capability.values()) {
      List<String> ids = new ArrayList<>();
      long[] with = base.withCapability(capability);
      for (int w = 0; w < with.length; w++) {
        for (long bits = with[w]; bits != 0; bits &= bits - 1) {
          int ordinal = ordinalAt[(w << 6) + Long.numberOfTrailingZeros(bits)];
          if (!hidden.get(ordinal)) {
            ids.add(base.id(ordinal));
          }
        }
      }
      if (!layer.byId().isEmpty()) {
        for (ModelDefinition model : layer.byId().values()) {
          if (model.has(capability)) {
            ids.add(model.id());
          }
        }
        Collections.sort(ids); // the compiled ids came in id order (bits over ranks); the run-time ones join them
      }
      matrix.put(capability, List.copyOf(ids));
    }
    return Collections.unmodifiableMap(matrix);
  }

  /**
   * Compiled models that can meet the query, judged on bit sets and the context column, as bit-set words over
   * ranks (id order).
   */
  long[] compiledCandidates(ModelQuery query) {
    long[] bits = base.all();
    for (Capability capability : query.required()) {
      and(bits, base.withCapability(capability));
    }
    for (Capability capability : query.excluded()) {
      andNot(bits, base.withCapability(capability));
    }
    if (query.architecture() == ModelQuery.Architecture.MOE) {
      and(bits, base.withCapability(Capability.MOE));
    } else if (query.architecture() == ModelQuery.Architecture.DENSE) {
      andNot(bits, base.withCapability(Capability.MOE));
    }
    for (Modality modality : query.inputModalities()) {
      // PDF input needs vision (plus a tag, checked on the definition).
      and(bits, anyOf(modality == Modality.PDF ? Capabilities.of(Capability.VISION)
          : modality.inputCapabilities()));
    }
    for (Modality modality : query.outputModalities()) {
      // Video and PDF output have no capability; models state them, and the definitions are checked below.
      if (!modality.outputCapabilities().isEmpty()) {
        and(bits, anyOf(modality.outputCapabilities()));
      }
    }
    if (query.ownedBy() != null) {
      long[] owned = base.ownedByBits(query.ownedBy());
      if (owned == null) {
        return new long[bits.length];
      }
      and(bits, owned);
    }
    if (query.provider() != null) {
      and(bits, base.providerBits(query.provider()));
    }
    BitSet hidden = layer.hidden();
    if (!hidden.isEmpty()) {
      int[] rankOf = base.rankOf();
      for (int ordinal = hidden.nextSetBit(0); ordinal >= 0; ordinal = hidden.nextSetBit(ordinal + 1)) {
        int rank = rankOf[ordinal];
        bits[rank >>> 6] &= ~(1L << rank);
      }
    }
    if (query.minContextWindow() > 0) {
      dropBelowContextFloor(bits, query.minContextWindow());
    }
    return bits;
  }

  /** Clears the candidates whose context window is under the floor, read from the index's column. */
  private void dropBelowContextFloor(long[] bits, int floor) {
    int[] windows = base.contextWindowsByRank();
    for (int w = 0; w < bits.length; w++) {
      long word = bits[w];
      for (long rest = word; rest != 0; rest &= rest - 1) {
        int bit = Long.numberOfTrailingZeros(rest);
        if (windows[(w << 6) + bit] < floor) {
          word &= ~(1L << bit);
        }
      }
      bits[w] = word;
    }
  }

  /** The union of the bit sets of these capabilities. */
  private long[] anyOf(Capabilities capabilities) {
    long[] union = new long[base.words()];
    for (Capability capability : capabilities) {
      long[] with = base.withCapability(capability);
      for (int w = 0; w < union.length; w++) {
        union[w] |= with[w];
      }
    }
    return union;
  }

  private static void and(long[] bits, long[] mask) {
    for (int w = 0; w < bits.length; w++) {
      bits[w] &= mask[w];
    }
  }

  private static void andNot(long[] bits, long[] mask) {
    for (int w = 0; w < bits.length; w++) {
      bits[w] &= ~mask[w];
    }
  }
}
