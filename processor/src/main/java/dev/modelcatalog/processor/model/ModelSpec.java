package dev.modelcatalog.processor.model;

import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelCatalog.KeyKind;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * One validated model. The definition is the runtime's own immutable {@link ModelDefinition}, built by the same
 * builder and rules the runtime uses, so the generated code can only rebuild what was validated here.
 *
 * @param stub the stub class, the originating element of everything generated for the model
 * @param qualifiedName the stub's qualified name
 * @param constantName the id constant in the catalog class
 * @param methodName the method building the definition in its shard
 * @param definition the validated definition
 * @param normalizedId {@link Discovery#normalizeModelId} of the id
 * @param keys the lookup keys: the id, each alias, then the normalized and compact forms of each, without
 *     repeats within a kind
 * @param routes the model's routes ({@code @Route}), validated, by priority then platform
 * @param snapshot the dated snapshot the model is ({@code @Snapshot}), if it is one
 */
public record ModelSpec(
    TypeElement stub,
    String qualifiedName,
    String constantName,
    String methodName,
    ModelDefinition definition,
    String normalizedId,
    List<KeySpec> keys,
    List<Route> routes,
    Optional<Snapshot> snapshot) {

  /** Models in catalog order: by normalized id, then by the stub's qualified name. */
  public static final Comparator<ModelSpec> ORDER =
      Comparator.comparing(ModelSpec::normalizedId).thenComparing(ModelSpec::qualifiedName);

  public ModelSpec {
    keys = List.copyOf(keys);
    routes = List.copyOf(routes);
  }

  /** A model without routes that is no snapshot. */
  public ModelSpec(TypeElement stub, String qualifiedName, String constantName, String methodName,
      ModelDefinition definition, String normalizedId, List<KeySpec> keys) {
    this(stub, qualifiedName, constantName, methodName, definition, normalizedId, keys, List.of(),
        Optional.empty());
  }

  // ---------------------------------------------------------------------------------- routes and snapshots

  /** This model with its validated routes, sorted by priority then platform id. */
  public ModelSpec withRoutes(List<Route> declared) {
    List<Route> sorted = new ArrayList<>(declared);
    sorted.sort(Comparator.comparingInt(Route::priority).thenComparing(Route::platform));
    return new ModelSpec(stub, qualifiedName, constantName, methodName, definition, normalizedId, keys, sorted,
        snapshot);
  }

  /**
   * This model as a snapshot. The latest snapshot of its family also answers to the family id: it becomes an
   * alias (unless the author already wrote it), and the lookup keys are recomputed to include its forms.
   */
  public ModelSpec asSnapshot(Snapshot of, boolean latest) {
    ModelDefinition withFamily = definition;
    if (latest && !definition.aliases().contains(of.family())) {
      List<String> aliases = new ArrayList<>(definition.aliases());
      aliases.add(of.family());
      withFamily = definition.toBuilder().aliases(aliases).build();
    }
    return new ModelSpec(stub, qualifiedName, constantName, methodName, withFamily, normalizedId,
        keysOf(withFamily), routes, Optional.of(of));
  }

  public String id() {
    return definition.id();
  }

  /** The lookup keys of a definition, computed with the runtime's {@link Discovery}. */
  public static List<KeySpec> keysOf(ModelDefinition definition) {
    List<String> names = new ArrayList<>();
    names.add(definition.id());
    names.addAll(definition.aliases());
    List<KeySpec> keys = new ArrayList<>();
    keys.add(new KeySpec(KeyKind.ID, definition.id()));
    for (String alias : definition.aliases()) {
      keys.add(new KeySpec(KeyKind.ALIAS, alias));
    }
    // Each form once, from the first name that has it (the id before the aliases). A normalized form is fed as
    // itself: a normalized hit then compares the query with it in one pass (and it is often the id itself). A
    // compact form is fed as its name, so the catalog holds no string for it.
    Set<String> normalized = new LinkedHashSet<>();
    Map<String, String> compact = new LinkedHashMap<>();
    for (String name : names) {
      normalized.add(Discovery.normalizeModelId(name));
      compact.putIfAbsent(Discovery.compactKey(name), name);
    }
    normalized.forEach(key -> keys.add(new KeySpec(KeyKind.NORMALIZED, key)));
    compact.forEach((key, source) -> keys.add(new KeySpec(KeyKind.COMPACT, key, source)));
    return keys;
  }
}
