package dev.modelcatalog.store.s3;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where an S3 registry store lives and how to reach it. Nothing is built in: the bucket, the key prefix, the region,
 * the endpoint of an S3-compatible server, path-style addressing and credentials all come from here.
 *
 * <pre>{@code
 * S3StoreConfig config = S3StoreConfig.parse("s3://models/prod")
 *     .withEndpoint(URI.create("http://127.0.0.1:9000"))
 *     .withPathStyle(true)
 *     .withCredentials("access-key", "secret-key");   // else the SDK's default chain (environment, profile ...)
 * }</pre>
 *
 * @param bucket the bucket
 * @param prefix the key prefix, empty or ending in {@code /}
 * @param region the signing region
 * @param endpoint the endpoint of an S3-compatible server; null for AWS itself
 * @param pathStyle whether the bucket goes in the path ({@code host/bucket/key}) rather than the host name; most
 *     S3-compatible servers want true
 * @param accessKeyId static credentials; null to use the SDK's default chain
 * @param secretAccessKey static credentials; null to use the SDK's default chain
 * @param timeout bound on one call, retries included
 */
public record S3StoreConfig(String bucket, String prefix, String region, URI endpoint, boolean pathStyle,
    String accessKeyId, String secretAccessKey, Duration timeout) {

  /** The region used when none is configured. */
  public static final String DEFAULT_REGION = "us-east-1";
  /** The bound on one call used when none is configured. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public S3StoreConfig {
    if (bucket == null || !bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
      throw new IllegalArgumentException("bucket: '" + bucket + "' is no valid bucket name (3 to 63 lower-case"
          + " letters, digits, '.' and '-')");
    }
    prefix = normalizePrefix(prefix);
    region = region == null || region.isBlank() ? DEFAULT_REGION : region;
    if ((accessKeyId == null) != (secretAccessKey == null)) {
      throw new IllegalArgumentException("credentials: give both the access key id and the secret, or neither");
    }
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
  }

  /**
   * A configuration for {@code s3://bucket} or {@code s3://bucket/prefix}, with the default region, AWS's endpoint,
   * virtual-host addressing and the default credential chain.
   *
   * @throws IllegalArgumentException when the text is no such URL
   */
  public static S3StoreConfig parse(String url) {
    URI uri;
    try {
      uri = new URI(Objects.requireNonNull(url, "url"));
    } catch (URISyntaxException e) {
      uri = null; // reported below, as any other text that is no s3:// URL
    }
    if (uri == null || !"s3".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("store: '" + url + "' is not an s3://bucket/prefix URL");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    return new S3StoreConfig(uri.getHost().toLowerCase(Locale.ROOT), path.startsWith("/") ? path.substring(1) : path,
        null, null, false, null, null, null);
  }

  /**
   * An S3 endpoint's URL: {@code http://} or {@code https://} with a host, as in {@code http://127.0.0.1:9000}.
   *
   * @param field what the text came from, for the message ({@code --s3-endpoint})
   * @throws IllegalArgumentException naming the field when the text is no such URL
   */
  public static URI endpointUrl(String field, String text) {
    try {
      URI uri = new URI(text);
      if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
          || "https".equalsIgnoreCase(uri.getScheme()))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // told below
    }
    throw new IllegalArgumentException(field + ": '" + text + "' is no endpoint URL; give http:// or https:// and a"
        + " host, as in http://127.0.0.1:9000");
  }

  /**
   * This configuration with what the environment sets: {@code MODELCATALOG_S3_ENDPOINT},
   * {@code MODELCATALOG_S3_PATH_STYLE} ({@code true}/{@code false}), {@code AWS_REGION}; credentials are left to the
   * SDK's default chain, which reads {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} itself.
   */
  public S3StoreConfig withEnvironment(Map<String, String> environment) {
    S3StoreConfig config = this;
    String endpoint = environment.get("MODELCATALOG_S3_ENDPOINT");
    if (endpoint != null && !endpoint.isBlank()) {
      config = config.withEndpoint(endpointUrl("MODELCATALOG_S3_ENDPOINT", endpoint.trim()));
    }
    String pathStyle = environment.get("MODELCATALOG_S3_PATH_STYLE");
    if (pathStyle != null && !pathStyle.isBlank()) {
      config = config.withPathStyle(Boolean.parseBoolean(pathStyle.trim()));
    }
    String region = environment.get("AWS_REGION");
    if (region != null && !region.isBlank()) {
      config = config.withRegion(region.trim());
    }
    return config;
  }

  public S3StoreConfig withEndpoint(URI endpoint) {
    return new S3StoreConfig(bucket, prefix, region, endpoint, pathStyle, accessKeyId, secretAccessKey, timeout);
  }

  public S3StoreConfig withPathStyle(boolean pathStyle) {
    return new S3StoreConfig(bucket, prefix, region, endpoint, pathStyle, accessKeyId, secretAccessKey, timeout);
  }

  public S3StoreConfig withRegion(String region) {
    return new S3StoreConfig(bucket, prefix, region, endpoint, pathStyle, accessKeyId, secretAccessKey, timeout);
  }

  public S3StoreConfig withPrefix(String prefix) {
    return new S3StoreConfig(bucket, prefix, region, endpoint, pathStyle, accessKeyId, secretAccessKey, timeout);
  }

  /** Static credentials instead of the SDK's default chain. */
  public S3StoreConfig withCredentials(String accessKeyId, String secretAccessKey) {
    return new S3StoreConfig(bucket, prefix, region, endpoint, pathStyle, Objects.requireNonNull(accessKeyId),
        Objects.requireNonNull(secretAccessKey), timeout);
  }

  public S3StoreConfig withTimeout(Duration timeout) {
    return new S3StoreConfig(bucket, prefix, region, endpoint, pathStyle, accessKeyId, secretAccessKey, timeout);
  }

  /** {@code s3://bucket/prefix}, plus the endpoint when one is set; never the credentials. */
  public String describe() {
    return "s3://" + bucket + "/" + prefix + (endpoint == null ? "" : " at " + endpoint);
  }

  private static String normalizePrefix(String prefix) {
    if (prefix == null || prefix.isEmpty() || prefix.equals("/")) {
      return "";
    }
    String trimmed = prefix.startsWith("/") ? prefix.substring(1) : prefix;
    if (!trimmed.matches("[A-Za-z0-9._/-]*") || trimmed.contains("//") || trimmed.contains("..")) {
      throw new IllegalArgumentException("prefix: '" + prefix + "' may hold only letters, digits and ._-/ , with no"
          + " empty or '..' segment");
    }
    return trimmed.endsWith("/") ? trimmed : trimmed + "/";
  }

  @Override
  public String toString() {
    return "S3StoreConfig[" + describe() + ", region " + region + ", path-style " + pathStyle + ", credentials "
        + (accessKeyId == null ? "default chain" : "static") + "]";
  }
}
