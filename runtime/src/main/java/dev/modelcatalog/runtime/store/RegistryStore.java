package dev.modelcatalog.runtime.store;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.Route;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Where a registry's run-time state lives when it must outlive the process or be shared by several replicas:
 * models registered, replaced and removed at run time (a removal is a tombstone, so a compiled model stays hidden
 * for every replica), routes and platforms.
 *
 * <p>Reads are whole-state and conditional: {@link #refresh} answers the known state itself, at the cost of one
 * conditional request, when nothing changed. Writes are compare-and-set: each names the tag of the entry it replaces
 * (or none, to create) and fails with {@link StoreConflictException}, writing nothing, when another writer came
 * first. {@link RegistrySync} builds retries and registry updates on these.
 *
 * <p>Implementations: {@link ObjectRegistryStore} over a directory ({@link FileObjectStore}, the default) or over
 * S3 ({@code dev.modelcatalog.store.s3}).
 */
public interface RegistryStore extends Closeable {

  /**
   * Reads the whole state.
   *
   * @throws IOException when the store cannot be reached
   */
  default StoreState load() throws IOException {
    return refresh(StoreState.EMPTY);
  }

  /**
   * Reads what changed since {@code known} was read: {@code known} itself when nothing did, else the new state.
   * Objects that are unchanged are not read again; objects that cannot be decoded keep their entry in
   * {@code known} and are listed in {@link StoreState#problems()}.
   *
   * @throws IOException when the store cannot be reached
   */
  StoreState refresh(StoreState known) throws IOException;

  /**
   * Reads a model's current entry, past any cache: the base of a compare-and-set.
   *
   * @throws IOException when the store cannot be reached
   * @throws CorruptEntryException when the object cannot be read as a model or tombstone
   */
  Optional<StoredModel> readModel(String modelId) throws IOException;

  /**
   * Writes a model, or a tombstone when {@code model} is null, if the entry is still {@code expected}.
   *
   * @param modelId the model's id (the model's own id when a model is given)
   * @param provider the provider folder for a new entry; an existing entry keeps its folder
   * @param expected the entry read before, or null to create the first entry for this id
   * @return the entry written
   * @throws StoreConflictException when the entry changed since {@code expected} was read; nothing was written
   * @throws IOException when the store cannot be reached
   */
  StoredModel writeModel(String modelId, String provider, ModelDefinition model, StoredModel expected)
      throws IOException;

  /**
   * Writes a route that names its model; {@code expected} null creates it, failing when a route with the same
   * model, priority and platform exists.
   *
   * @throws StoreConflictException when the entry changed since {@code expected} was read
   * @throws IOException when the store cannot be reached
   */
  StoredRoute writeRoute(Route route, StoredRoute expected) throws IOException;

  /**
   * Reads a platform's current entry.
   *
   * @throws IOException when the store cannot be reached
   */
  Optional<StoredPlatform> readPlatform(String platformId) throws IOException;

  /**
   * Writes a platform if its entry is still {@code expected} (null: creates it).
   *
   * @throws StoreConflictException when the entry changed since {@code expected} was read
   * @throws IOException when the store cannot be reached
   */
  StoredPlatform writePlatform(Platform platform, StoredPlatform expected) throws IOException;

  /** Where the state lives, for health output and messages (no credentials). */
  String describe();
}
