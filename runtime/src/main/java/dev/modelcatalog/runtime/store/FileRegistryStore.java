package dev.modelcatalog.runtime.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The default {@link RegistryStore}: the store's layout ({@link StoreKeys}) in a local directory, one JSON file per
 * model, route and platform, written atomically (temporary file, then move) and compare-and-set under a file lock.
 * Processes on one machine may share the directory; replicas on several machines share an S3 bucket instead.
 *
 * <pre>{@code
 * try (RegistryStore store = FileRegistryStore.open(Path.of("state"))) {
 *   RegistrySync sync = RegistrySync.of(registry, store).start(Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class FileRegistryStore {

  private FileRegistryStore() {}

  /**
   * A store in this directory, created when missing.
   *
   * @throws IOException when the directory cannot be created
   */
  public static ObjectRegistryStore open(Path directory) throws IOException {
    return new ObjectRegistryStore(new FileObjectStore(directory));
  }
}
