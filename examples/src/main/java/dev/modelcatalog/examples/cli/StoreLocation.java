package dev.modelcatalog.examples.cli;

import dev.modelcatalog.runtime.store.FileRegistryStore;
import dev.modelcatalog.runtime.store.RegistryStore;
import dev.modelcatalog.store.s3.S3RegistryStore;
import dev.modelcatalog.store.s3.S3StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code serve --store} keeps the state replicas share: {@code file:DIR} (processes on one machine) or
 * {@code s3://bucket/prefix} (replicas anywhere), with the S3 endpoint and addressing from the options or the
 * environment ({@link S3StoreConfig#withEnvironment}) and credentials from the AWS SDK's default chain.
 */
final class StoreLocation {

  private StoreLocation() {}

  /**
   * Opens the store this location names.
   *
   * @param location {@code file:DIR} or {@code s3://bucket/prefix}
   * @param s3Endpoint the endpoint of an S3-compatible server; null for the environment's, else AWS
   * @param pathStyle path-style addressing; null for the environment's choice, else true with an endpoint
   * @throws IllegalArgumentException when the location is neither form, naming what is wrong
   * @throws UncheckedIOException when the directory cannot be created
   */
  static RegistryStore open(String location, URI s3Endpoint, Boolean pathStyle, Map<String, String> environment) {
    if (location.startsWith("file:")) {
      if (s3Endpoint != null) {
        throw new IllegalArgumentException("--s3-endpoint: only for an s3:// store, not " + location);
      }
      String directory = location.substring("file:".length());
      if (directory.isBlank()) {
        throw new IllegalArgumentException("--store: file: needs a directory, as in file:state");
      }
      try {
        return FileRegistryStore.open(Path.of(directory));
      } catch (IOException e) {
        throw new UncheckedIOException("--store: cannot create " + directory + ": " + e.getMessage(), e);
      }
    }
    if (location.startsWith("s3://")) {
      S3StoreConfig config;
      try {
        config = s3Config(location, s3Endpoint, pathStyle, environment);
      } catch (IllegalArgumentException e) {
        // The store names its argument "store"; here it came from the option.
        throw e.getMessage().startsWith("store: ") ? new IllegalArgumentException("--" + e.getMessage(), e) : e;
      }
      return S3RegistryStore.open(config);
    }
    throw new IllegalArgumentException("--store: '" + location + "' is neither file:DIR nor s3://bucket/prefix");
  }

  /** The S3 configuration: the URL, then the environment, then the options, which win. */
  static S3StoreConfig s3Config(String location, URI s3Endpoint, Boolean pathStyle, Map<String, String> environment) {
    S3StoreConfig config = S3StoreConfig.parse(location).withEnvironment(environment);
    if (s3Endpoint != null) {
      // S3-compatible servers behind an endpoint mostly want the bucket in the path.
      config = config.withEndpoint(s3Endpoint).withPathStyle(pathStyle == null || pathStyle);
    } else if (pathStyle != null) {
      config = config.withPathStyle(pathStyle);
    }
    return config;
  }
}
