package dev.modelcatalog.runtime.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A flat store of small objects under string keys, each with an entity tag that changes whenever its content does:
 * the few operations of S3 that a {@link RegistryStore} needs. Keys are made by {@link StoreKeys}, so they hold only
 * {@code [A-Za-z0-9._%/-]} and never a {@code .} or {@code ..} segment.
 *
 * <p>Implementations must make {@link #put} with a {@link Precondition} atomic: of two writers that both expect the
 * same tag, exactly one succeeds. Everything else may fail with an {@link IOException} when the store cannot be
 * reached; callers then keep what they had.
 */
public interface ObjectStore extends Closeable {

  /**
   * Reads an object; with {@code ifNoneMatch} set, an object whose tag is still that one is answered
   * {@link ObjectRead#notModified()} without its content.
   *
   * @throws IOException when the store cannot be reached or answers with an error
   */
  ObjectRead get(String key, String ifNoneMatch) throws IOException;

  /**
   * Writes an object if the precondition holds.
   *
   * @return the new tag; empty when the precondition failed (another writer came first) and nothing was written
   * @throws IOException when the store cannot be reached or answers with an error
   */
  Optional<String> put(String key, byte[] content, Precondition precondition) throws IOException;

  /**
   * The key and tag of every object whose key starts with the prefix, in key order.
   *
   * @throws IOException when the store cannot be reached or answers with an error
   */
  SortedMap<String, String> list(String prefix) throws IOException;

  /** Where the objects live, for messages and health output (no credentials). */
  String describe();

  /** Releases connections; the default does nothing. */
  @Override
  default void close() throws IOException {}
}
