/**
 * The registry's run-time state kept outside the process, so several replicas share it: models registered,
 * replaced and removed at run time, routes and platforms.
 *
 * <p>{@link dev.modelcatalog.runtime.store.RegistryStore} is the abstraction, with compare-and-set writes and
 * conditional reads; {@link dev.modelcatalog.runtime.store.ObjectRegistryStore} implements it over any
 * {@link dev.modelcatalog.runtime.store.ObjectStore} (a directory here, S3 in the {@code modelcatalog-store-s3}
 * module) with one object per model, route and platform. {@link dev.modelcatalog.runtime.store.RegistrySync} keeps
 * a registry in step with a store; {@link dev.modelcatalog.runtime.store.RemoteCatalog} loads an overlay document
 * from a URL. Depends on the registry and its JSON package, never on a storage SDK.
 */
package dev.modelcatalog.runtime.store;
