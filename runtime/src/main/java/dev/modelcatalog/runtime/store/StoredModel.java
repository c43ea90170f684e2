package dev.modelcatalog.runtime.store;

import dev.modelcatalog.runtime.ModelDefinition;
import java.util.Objects;
import java.util.Optional;

/**
 * A model's entry in a store: the model, or a tombstone saying it was removed, with the tag a compare-and-set write
 * must name.
 *
 * @param id the model id
 * @param key the object's key ({@link StoreKeys#model})
 * @param etag the object's tag when it was read or written
 * @param provider the provider folder the key lives in
 * @param model the model; null for a tombstone
 */
public record StoredModel(String id, String key, String etag, String provider, ModelDefinition model) {

  public StoredModel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(provider, "provider");
  }

  /** Whether this entry is a tombstone: the model was removed, compiled models with its id included. */
  public boolean deleted() {
    return model == null;
  }

  /** The model; empty for a tombstone. */
  public Optional<ModelDefinition> modelIfPresent() {
    return Optional.ofNullable(model);
  }

  /** The folder a model's object lives in: its provider, else its owner. */
  public static String providerOf(ModelDefinition model) {
    return model.provider().orElse(model.ownedBy());
  }
}
