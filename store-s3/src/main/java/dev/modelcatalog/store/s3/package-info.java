/**
 * The registry's run-time state on S3 or any S3-compatible storage, shared by several replicas:
 * {@link dev.modelcatalog.store.s3.S3RegistryStore} opens a {@link dev.modelcatalog.runtime.store.RegistryStore} from
 * an {@link dev.modelcatalog.store.s3.S3StoreConfig}; {@link dev.modelcatalog.store.s3.S3ObjectStore} maps the
 * store's few object operations onto the AWS SDK for Java v2, with conditional requests ({@code If-Match},
 * {@code If-None-Match}) for compare-and-set. Depends on the runtime and the SDK; the runtime does not depend on it.
 */
package dev.modelcatalog.store.s3;
