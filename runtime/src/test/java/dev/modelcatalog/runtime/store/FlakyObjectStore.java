package dev.modelcatalog.runtime.store;

import java.io.IOException;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Test double: an object store that can be made unreachable, and counts its requests. */
class FlakyObjectStore implements ObjectStore {

  private final ObjectStore delegate;
  volatile boolean down;
  final AtomicInteger gets = new AtomicInteger();
  final AtomicInteger notModified = new AtomicInteger();
  final AtomicInteger lists = new AtomicInteger();

  FlakyObjectStore(ObjectStore delegate) {
    this.delegate = delegate;
  }

  private void check() throws IOException {
    if (down) {
      throw new IOException("connection refused");
    }
  }

  @Override
  public ObjectRead get(String key, String ifNoneMatch) throws IOException {
    check();
    gets.incrementAndGet();
    ObjectRead read = delegate.get(key, ifNoneMatch);
    if (read.status() == ObjectRead.Status.NOT_MODIFIED) {
      notModified.incrementAndGet();
    }
    return read;
  }

  @Override
  public Optional<String> put(String key, byte[] content, Precondition precondition) throws IOException {
    check();
    return delegate.put(key, content, precondition);
  }

  @Override
  public SortedMap<String, String> list(String prefix) throws IOException {
    check();
    lists.incrementAndGet();
    return delegate.list(prefix);
  }

  @Override
  public String describe() {
    return delegate.describe();
  }
}
