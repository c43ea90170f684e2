package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The registry's run-time layer over its compiled catalogs: models registered or replaced at run time, and the
 * compiled models hidden by {@code remove} or {@code replace}. Immutable; a write builds a new overlay from a
 * {@link Draft} and publishes it with one volatile store, so a reader sees either the old layer or the new one,
 * never a half-applied change.
 */
final class Overlay {

  /** Hides nothing without a {@code BitSet}: a starting registry then does not load the class for an empty one. */
  static final Overlay EMPTY = new Overlay(new TreeMap<>(), null);

  /** Run-time models by id, in id order. */
  private final Map<String, ModelDefinition> byId;
  private final ModelDefinition[] models;
  private final KeyTable exact;
  private final KeyTable normalized;
  private final KeyTable compact;
  /** Ordinals of compiled models that are hidden; null for none. */
  private final BitSet hidden;
  private final int aliasCount;
  /**
   * Plain copies of "no run-time models" and "nothing hidden", read on every lookup: one field each instead of an
   * array length or a bit-set walk.
   */
  private final boolean noModels;
  private final boolean hidesNothing;
  private final boolean empty;

  private Overlay(TreeMap<String, ModelDefinition> byId, BitSet hidden) {
    this.byId = java.util.Collections.unmodifiableMap(byId);
    this.models = byId.values().toArray(new ModelDefinition[0]);
    this.hidden = hidden;
    KeyTable.Builder exactKeys = new KeyTable.Builder(models.length * 2);
    // The tables of forms take each id and alias as it is, and stand it for its form.
    KeyTable.Builder normalizedKeys = KeyTable.Builder.ofForms(models.length * 2, false);
    KeyTable.Builder compactKeys = KeyTable.Builder.ofForms(models.length * 2, true);
    int aliases = 0;
    for (int i = 0; i < models.length; i++) {
      ModelDefinition model = models[i];
      exactKeys.put(model.id(), i);
      normalizedKeys.put(model.id(), i);
      compactKeys.put(model.id(), i);
      for (String alias : model.aliases()) {
        exactKeys.put(alias, i | CompiledIndex.ALIAS_FLAG);
        normalizedKeys.put(alias, i);
        compactKeys.put(alias, i);
        aliases++;
      }
    }
    this.exact = exactKeys.build();
    this.normalized = normalizedKeys.build();
    this.compact = compactKeys.build();
    this.aliasCount = aliases;
    this.noModels = models.length == 0;
    this.hidesNothing = hidden == null || hidden.isEmpty();
    this.empty = noModels && hidesNothing;
  }

  /** No run-time models and nothing hidden: the compiled index answers alone. */
  boolean isEmpty() {
    return empty;
  }

  int size() {
    return models.length;
  }

  int aliasCount() {
    return aliasCount;
  }

  int hiddenCount() {
    return hidesNothing ? 0 : hidden.cardinality();
  }

  Map<String, ModelDefinition> byId() {
    return byId;
  }

  ModelDefinition model(int index) {
    return models[index];
  }

  /** No compiled model is hidden (run-time models may have been added). */
  boolean hidesNothing() {
    return hidesNothing;
  }

  boolean isHidden(int ordinal) {
    return !hidesNothing && hidden.get(ordinal);
  }

  /** A copy of the hidden ordinals, for a draft to change. */
  BitSet hidden() {
    return hidden == null ? new BitSet() : (BitSet) hidden.clone();
  }

  int exact(String key) {
    return noModels ? KeyTable.MISSING : exact.get(key);
  }

  int normalized(String query) {
    return noModels ? KeyTable.MISSING : normalized.getNormalized(query, false);
  }

  int compact(String query) {
    return noModels ? KeyTable.MISSING : compact.getNormalized(query, true);
  }

  Draft draft(CompiledIndex base) {
    return new Draft(base, this);
  }

  /**
   * A change being prepared: checks each added model against everything visible (compiled, run-time, and
   * added earlier in the same draft) and builds the next overlay only when every step succeeded.
   */
  static final class Draft {
    private final CompiledIndex base;
    private final TreeMap<String, ModelDefinition> byId;
    private final BitSet hidden;
    /** Exact and normalized keys of the run-time models, to their model's id. */
    private final Map<String, String> exactKeys = new java.util.HashMap<>();
    private final Map<String, String> normalizedKeys = new java.util.HashMap<>();

    private Draft(CompiledIndex base, Overlay from) {
      this.base = base;
      this.byId = new TreeMap<>();
      this.hidden = from.hidden();
      for (ModelDefinition model : from.byId.values()) {
        put(model);
      }
    }

    private void put(ModelDefinition model) {
      byId.put(model.id(), model);
      exactKeys.put(model.id(), model.id());
      normalizedKeys.put(Discovery.normalizeModelId(model.id()), model.id());
      for (String alias : model.aliases()) {
        exactKeys.put(alias, model.id());
        normalizedKeys.put(Discovery.normalizeModelId(alias), model.id());
      }
    }

    private void drop(ModelDefinition model) {
      byId.remove(model.id());
      exactKeys.values().removeIf(model.id()::equals);
      normalizedKeys.values().removeIf(model.id()::equals);
    }

    /** The visible model holding this exact id or alias, or null. */
    private String exactOwner(String key) {
      String owner = exactKeys.get(key);
      if (owner != null) {
        return owner;
      }
      int v = base.exact(key);
      if (v >= 0 && !hidden.get(v & ~CompiledIndex.ALIAS_FLAG)) {
        return base.id(v & ~CompiledIndex.ALIAS_FLAG);
      }
      return null;
    }

    /** The visible model holding this normalized id, "several models" when ambiguous, or null. */
    private String normalizedOwner(String normalizedKey) {
      String owner = normalizedKeys.get(normalizedKey);
      if (owner != null) {
        return owner;
      }
      int v = base.normalized(normalizedKey);
      if (v == KeyTable.AMBIGUOUS) {
        return "several models";
      }
      if (v >= 0 && !hidden.get(v)) {
        return base.id(v);
      }
      return null;
    }

    /**
     * Adds a model whose keys must all be free.
     *
     * @throws ModelConflictException naming the first clash
     */
    Draft add(ModelDefinition model) {
      checkFree(model);
      put(model);
      return this;
    }

    private void checkFree(ModelDefinition model) {
      List<String> fields = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      fields.add("id");
      keys.add(model.id());
      for (int i = 0; i < model.aliases().size(); i++) {
        fields.add("aliases[" + i + "]");
        keys.add(model.aliases().get(i));
      }
      for (int i = 0; i < keys.size(); i++) {
        String owner = exactOwner(keys.get(i));
        if (owner != null) {
          throw new ModelConflictException(model.id(), fields.get(i), keys.get(i), owner);
        }
      }
      Set<String> normalizedKeys = new LinkedHashSet<>();
      for (String key : keys) {
        normalizedKeys.add(Discovery.normalizeModelId(key));
      }
      for (String key : normalizedKeys) {
        String owner = normalizedOwner(key);
        if (owner != null) {
          throw new ModelConflictException(model.id(), "normalized id", key, owner);
        }
      }
    }

    /**
     * Puts a model in place of the visible model with the same id, compiled or run-time.
     *
     * @return false when no visible model has that id
     * @throws ModelConflictException when one of its other keys belongs to a third model
     */
    boolean replace(ModelDefinition model) {
      // Only the model with exactly this id: an id that is another model's alias names no model to replace, and
      // hiding by it would silently take that other model away.
      if (!isVisibleId(model.id()) || !hide(model.id())) {
        return false;
      }
      checkFree(model);
      put(model);
      return true;
    }

    /**
     * Shows the compiled model with exactly this id again, as its catalog defines it: a run-time model with that id
     * is dropped, and the compiled one is no longer hidden.
     *
     * @return false when no compiled model has that id, or it is visible and not replaced
     * @throws ModelConflictException when a run-time model holds one of the compiled model's keys
     */
    boolean restoreCompiled(String id) {
      int v = base.exact(id);
      if (v < 0 || (v & CompiledIndex.ALIAS_FLAG) != 0) {
        return false;
      }
      ModelDefinition replacement = byId.get(id);
      if (replacement == null && !hidden.get(v)) {
        return false;
      }
      if (replacement != null) {
        drop(replacement);
      }
      ModelDefinition compiled = base.model(v);
      // Only run-time models can hold its keys now: among the compiled models they are its own, and checkFree
      // would count a normalized form two compiled models share as a clash.
      List<String> keys = new ArrayList<>();
      keys.add(compiled.id());
      keys.addAll(compiled.aliases());
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        String owner = exactKeys.get(key);
        if (owner == null) {
          owner = normalizedKeys.get(Discovery.normalizeModelId(key));
        }
        if (owner != null) {
          throw new ModelConflictException(compiled.id(), i == 0 ? "id" : "aliases[" + (i - 1) + "]", key, owner);
        }
      }
      hidden.clear(v);
      return true;
    }

    /** Whether a visible model has exactly this id (not as an alias). */
    private boolean isVisibleId(String id) {
      String owner = exactKeys.get(id);
      if (owner != null) {
        return owner.equals(id);
      }
      int v = base.exact(id);
      return v >= 0 && (v & CompiledIndex.ALIAS_FLAG) == 0 && !hidden.get(v);
    }

    /** Hides the visible model with this exact id or alias; false when there is none. */
    boolean hide(String idOrAlias) {
      String owner = exactKeys.get(idOrAlias);
      if (owner != null) {
        drop(byId.get(owner));
        return true;
      }
      int v = base.exact(idOrAlias);
      if (v >= 0) {
        int ordinal = v & ~CompiledIndex.ALIAS_FLAG;
        if (!hidden.get(ordinal)) {
          hidden.set(ordinal);
          return true;
        }
      }
      return false;
    }

    Overlay build() {
      return new Overlay(byId, hidden);
    }
  }
}
