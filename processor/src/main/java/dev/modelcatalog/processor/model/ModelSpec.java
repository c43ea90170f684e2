package dev.modelcatalog.processor.model;

import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelCatalog.KeyKind;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
 */
public record ModelSpec(
    TypeElement stub,
    String qualifiedName,
    String constantName,
    String methodName,
    ModelDefinition definition,
    String normalizedId,
    List<KeySpec> keys) {

  /** Models in catalog order: by normalized id, then by the stub's qualified name. */
  public static final Comparator<ModelSpec> ORDER =
      Comparator.comparing(ModelSpec::normalizedId).thenComparing(ModelSpec::qualifiedName);

  public ModelSpec {
    keys = List.copyOf(keys);
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
    Set<String> normalized = new LinkedHashSet<>();
    Set<String> compact = new LinkedHashSet<>();
    for (String name : names) {
      normalized.add(Discovery.normalizeModelId(name));
      compact.add(Discovery.compactKey(name));
    }
    normalized.forEach(key -> keys.add(new KeySpec(KeyKind.NORMALIZED, key)));
    compact.forEach(key -> keys.add(new KeySpec(KeyKind.COMPACT, key)));
    return keys;
  }
}
