package dev.modelcatalog.runtime;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The read-only, live {@link Map} view behind {@link ModelRegistry#asMap()}.
 *
 * <p>Lookups delegate to the registry ({@code find} semantics). Iteration merges two id-sorted sequences: the
 * compiled models in id order (the compiled index's order, sorted once on the first walk or query, never for a
 * lookup through the view; the compiled index never changes) and the overlay's run-time models (kept in id order
 * by the overlay), skipping compiled models the overlay hides. Each iterator reads the overlay once, so it walks
 * one consistent state even while writers publish new ones. Key iteration builds no definition, so walking the
 * ids of a large catalog leaves its lazy shards unbuilt.
 */
final class RegistryMapView extends AbstractMap<String, ModelDefinition> {

  private final ModelRegistry registry;
  private final CompiledIndex base;
  private final Set<String> keySet = new KeySet();
  private final Collection<ModelDefinition> values = new Values();
  private final Set<Map.Entry<String, ModelDefinition>> entrySet = new EntrySet();

  RegistryMapView(ModelRegistry registry) {
    this.registry = registry;
    this.base = registry.compiledIndex();
  }

  // ------------------------------------------------------------------------------------------- lookups

  @Override
  public ModelDefinition get(Object key) {
    return key instanceof String ? registry.lookup((String) key) : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public ModelDefinition getOrDefault(Object key, ModelDefinition defaultValue) {
    ModelDefinition model = get(key);
    return model == null ? defaultValue : model;
  }

  @Override
  public boolean containsValue(Object value) {
    if (!(value instanceof ModelDefinition)) {
      return false;
    }
    // The only visible model that can equal it is the one holding its id.
    ModelDefinition model = (ModelDefinition) value;
    ModelDefinition holder = registry.lookup(model.id());
    return holder != null && holder.id().equals(model.id()) && holder.equals(model);
  }

  @Override
  public int size() {
    return registry.size();
  }

  @Override
  public boolean isEmpty() {
    return size() == 0;
  }

  @Override
  public Set<String> keySet() {
    return keySet;
  }

  @Override
  public Collection<ModelDefinition> values() {
    return values;
  }

  @Override
  public Set<Map.Entry<String, ModelDefinition>> entrySet() {
    return entrySet;
  }

  /** Whether the key is the canonical id of a visible model (aliases and normalized forms are not keys). */
  private boolean isCanonicalId(Object key) {
    if (!(key instanceof String)) {
      return false;
    }
    ModelDefinition model = registry.lookup((String) key);
    return model != null && model.id().equals(key);
  }

  // ------------------------------------------------------------------------------------------- mutators

  @Override
  public ModelDefinition put(String key, ModelDefinition value) {
    throw readOnly();
  }

  @Override
  public ModelDefinition remove(Object key) {
    throw readOnly();
  }

  @Override
  public void putAll(Map<? extends String, ? extends ModelDefinition> m) {
    throw readOnly();
  }

  @Override
  public void clear() {
    throw readOnly();
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super ModelDefinition, ? extends ModelDefinition> function) {
    throw readOnly();
  }

  @Override
  public ModelDefinition putIfAbsent(String key, ModelDefinition value) {
    throw readOnly();
  }

  @Override
  public boolean remove(Object key, Object value) {
    throw readOnly();
  }

  @Override
  public boolean replace(String key, ModelDefinition oldValue, ModelDefinition newValue) {
    throw readOnly();
  }

  @Override
  public ModelDefinition replace(String key, ModelDefinition value) {
    throw readOnly();
  }

  @Override
  public ModelDefinition computeIfAbsent(String key,
      Function<? super String, ? extends ModelDefinition> mappingFunction) {
    throw readOnly();
  }

  @Override
  public ModelDefinition computeIfPresent(String key,
      BiFunction<? super String, ? super ModelDefinition, ? extends ModelDefinition> remappingFunction) {
    throw readOnly();
  }

  @Override
  public ModelDefinition compute(String key,
      BiFunction<? super String, ? super ModelDefinition, ? extends ModelDefinition> remappingFunction) {
    throw readOnly();
  }

  @Override
  public ModelDefinition merge(String key, ModelDefinition value,
      BiFunction<? super ModelDefinition, ? super ModelDefinition, ? extends ModelDefinition> remappingFunction) {
    throw readOnly();
  }

  static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException(
        "the registry's map view is read-only: use register, replace or remove on the registry");
  }

  // ------------------------------------------------------------------------------------------- walking

  /**
   * Walks the visible models in id order over one overlay: a merge of the id-sorted compiled ordinals (minus
   * hidden ones) and the overlay's id-sorted run-time models. An overlay model never shares an id with a visible
   * compiled model (the registry rejects that), so the merge never meets a tie.
   */
  private final class Cursor {
    /** Compiled ordinals in id order: the index's own order, which queries share, sorted on first use. */
    private final int[] compiledInIdOrder = base.ordinalsInIdOrder();
    private final Overlay layer = registry.currentOverlay();
    private final Iterator<ModelDefinition> runtime = layer.byId().values().iterator();
    private int next;
    private ModelDefinition runtimeHead;
    /** The current step: a compiled ordinal, or -1 with {@link #runtimeModel} set. */
    private int ordinal;
    private ModelDefinition runtimeModel;

    Cursor() {
      runtimeHead = runtime.hasNext() ? runtime.next() : null;
      skipHidden();
    }

    private void skipHidden() {
      while (next < compiledInIdOrder.length && layer.isHidden(compiledInIdOrder[next])) {
        next++;
      }
    }

    boolean hasNext() {
      return next < compiledInIdOrder.length || runtimeHead != null;
    }

    /** Moves to the next model and returns its id. */
    String advance() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      boolean compiledFirst = runtimeHead == null
          || (next < compiledInIdOrder.length && base.id(compiledInIdOrder[next]).compareTo(runtimeHead.id()) < 0);
      if (compiledFirst) {
        ordinal = compiledInIdOrder[next++];
        runtimeModel = null;
        skipHidden();
        return base.id(ordinal);
      }
      ordinal = -1;
      runtimeModel = runtimeHead;
      runtimeHead = runtime.hasNext() ? runtime.next() : null;
      return runtimeModel.id();
    }

    /** The model of the current step; building it is left until asked for, so key walks build nothing. */
    ModelDefinition model() {
      return runtimeModel != null ? runtimeModel : base.model(ordinal);
    }
  }

  /** A collection that refuses every change; iterators refuse {@code remove} by inheriting its default. */
  private abstract static class ReadOnlyCollection<E> extends AbstractCollection<E> {
    @Override
    public boolean add(E e) {
      throw readOnly();
    }

    @Override
    public boolean remove(Object o) {
      throw readOnly();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
      throw readOnly();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
      throw readOnly();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
      throw readOnly();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
      throw readOnly();
    }

    @Override
    public void clear() {
      throw readOnly();
    }
  }

  /** {@link ReadOnlyCollection} with set equality and hashing. */
  private abstract static class ReadOnlySet<E> extends ReadOnlyCollection<E> implements Set<E> {
    @Override
    public boolean equals(Object o) {
      if (o == this) {
        return true;
      }
      if (!(o instanceof Set)) {
        return false;
      }
      Set<?> other = (Set<?>) o;
      return other.size() == size() && containsAll(other);
    }

    @Override
    public int hashCode() {
      int hash = 0;
      for (E e : this) {
        hash += e.hashCode();
      }
      return hash;
    }
  }

  private final class KeySet extends ReadOnlySet<String> {
    @Override
    public Iterator<String> iterator() {
      Cursor cursor = new Cursor();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return cursor.hasNext();
        }

        @Override
        public String next() {
          return cursor.advance();
        }
      };
    }

    @Override
    public int size() {
      return RegistryMapView.this.size();
    }

    @Override
    public boolean contains(Object o) {
      return isCanonicalId(o);
    }
  }

  private final class Values extends ReadOnlyCollection<ModelDefinition> {
    @Override
    public Iterator<ModelDefinition> iterator() {
      Cursor cursor = new Cursor();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return cursor.hasNext();
        }

        @Override
        public ModelDefinition next() {
          cursor.advance();
          return cursor.model();
        }
      };
    }

    @Override
    public int size() {
      return RegistryMapView.this.size();
    }

    @Override
    public boolean contains(Object o) {
      return containsValue(o);
    }
  }

  private final class EntrySet extends ReadOnlySet<Map.Entry<String, ModelDefinition>> {
    @Override
    public Iterator<Map.Entry<String, ModelDefinition>> iterator() {
      Cursor cursor = new Cursor();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return cursor.hasNext();
        }

        @Override
        public Map.Entry<String, ModelDefinition> next() {
          String id = cursor.advance();
          return Map.entry(id, cursor.model());
        }
      };
    }

    @Override
    public int size() {
      return RegistryMapView.this.size();
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof Map.Entry)) {
        return false;
      }
      Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
      ModelDefinition model = get(entry.getKey());
      return model != null && model.id().equals(entry.getKey()) && model.equals(entry.getValue());
    }
  }
}
