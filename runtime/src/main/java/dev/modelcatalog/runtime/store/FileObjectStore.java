package dev.modelcatalog.runtime.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An {@link ObjectStore} in a local directory: each key is a file under it, each tag a digest of the file's bytes.
 * The default store, for one machine: a single server, or several processes sharing a disk.
 *
 * <p>Writes go to a temporary file in the same directory that is then moved over the target, so a crash mid-write
 * leaves the previous object intact. A conditional put holds a lock on {@code .lock} in the directory while it
 * compares tags and moves the file, so processes sharing the directory cannot both win.
 */
public final class FileObjectStore implements ObjectStore {

  private static final String LOCK_FILE = ".lock";
  private static final String TEMP_SUFFIX = ".tmp";
  /**
   * File locks belong to the whole process, so threads of one process must first take turns on a lock of their own
   * for the directory; one per directory for the life of the process (a handful of directories at most).
   */
  private static final Map<Path, ReentrantLock> PROCESS_LOCKS = new ConcurrentHashMap<>();

  private final Path root;

  /**
   * A store in this directory, created when missing.
   *
   * @throws IOException when the directory cannot be created
   */
  public FileObjectStore(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    Files.createDirectories(this.root);
  }

  @Override
  public ObjectRead get(String key, String ifNoneMatch) throws IOException {
    byte[] content;
    try {
      content = Files.readAllBytes(file(key));
    } catch (NoSuchFileException e) {
      return ObjectRead.notFound();
    }
    String etag = etag(content);
    return etag.equals(ifNoneMatch) ? ObjectRead.notModified() : ObjectRead.found(content, etag);
  }

  @Override
  public Optional<String> put(String key, byte[] content, Precondition precondition) throws IOException {
    Path target = file(key);
    ReentrantLock processLock = PROCESS_LOCKS.computeIfAbsent(root, r -> new ReentrantLock());
    processLock.lock();
    try (FileChannel channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock(); // released when the channel closes
      if (!lock.isValid() || !holds(target, precondition)) {
        return Optional.empty();
      }
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".", TEMP_SUFFIX);
      try {
        Files.write(temp, content);
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
      return Optional.of(etag(content));
    } finally {
      processLock.unlock();
    }
  }

  private static boolean holds(Path target, Precondition precondition) throws IOException {
    switch (precondition.kind()) {
      case ABSENT:
        return !Files.exists(target);
      case MATCHING:
        return Files.exists(target) && etag(Files.readAllBytes(target)).equals(precondition.etag());
      default:
        return true;
    }
  }

  @Override
  public SortedMap<String, String> list(String prefix) throws IOException {
    SortedMap<String, String> listed = new TreeMap<>();
    int slash = prefix.lastIndexOf('/');
    Path start = slash < 0 ? root : file(prefix.substring(0, slash));
    if (!Files.isDirectory(start)) {
      return listed;
    }
    // walkFileTree rather than Files.walk: a writer's temporary file can vanish between the directory read and its
    // attributes, which Files.walk reports as an error for the whole listing; here it is skipped.
    Files.walkFileTree(start, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) throws IOException {
        String name = path.getFileName().toString();
        if (!Files.isRegularFile(path) || name.equals(LOCK_FILE) || name.endsWith(TEMP_SUFFIX)) {
          return FileVisitResult.CONTINUE; // every object is a .json file; a key's segment may start with a dot
        }
        String key = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
        if (key.startsWith(prefix)) {
          try {
            listed.put(key, etag(Files.readAllBytes(path)));
          } catch (NoSuchFileException e) {
            // replaced between the walk and the read: the next listing sees the new file
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE; // removed or renamed while the listing ran
        }
        throw e;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
        if (e != null && !(e instanceof NoSuchFileException)) {
          throw e;
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return listed;
  }

  @Override
  public String describe() {
    return "file:" + root;
  }

  /** The file of a key; keys are made by {@link StoreKeys}, but a key that would leave the directory is refused. */
  private Path file(String key) {
    for (String segment : key.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("\\")) {
        throw new IllegalArgumentException("key: '" + key + "' is no valid object key");
      }
    }
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("key: '" + key + "' is outside the store");
    }
    return path;
  }

  static String etag(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "FileObjectStore[" + root + "]";
  }
}
