package dev.modelcatalog.runtime;

import java.util.List;

/**
 * A catalog that forwards every call to another, for tests that change one or two of its answers (snapshots, key
 * buckets) or count what a registry reads.
 */
abstract class ForwardingCatalog implements ModelCatalog {

  final ModelCatalog delegate;

  ForwardingCatalog(ModelCatalog delegate) {
    this.delegate = delegate;
  }

  @Override
  public String providerId() {
    return delegate.providerId();
  }

  @Override
  public String providerName() {
    return delegate.providerName();
  }

  @Override
  public int size() {
    return delegate.size();
  }

  @Override
  public String id(int index) {
    return delegate.id(index);
  }

  @Override
  public String ownedBy(int index) {
    return delegate.ownedBy(index);
  }

  @Override
  public long capabilityBits(int index) {
    return delegate.capabilityBits(index);
  }

  @Override
  public int contextWindow(int index) {
    return delegate.contextWindow(index);
  }

  @Override
  public ModelDefinition model(int index) {
    return delegate.model(index);
  }

  @Override
  public void keys(KeySink sink) {
    delegate.keys(sink);
  }

  @Override
  public List<Route> routes(int index) {
    return delegate.routes(index);
  }

  @Override
  public List<Snapshot> snapshots() {
    return delegate.snapshots();
  }
}
