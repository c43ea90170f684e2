package dev.modelcatalog.store.s3;

import dev.modelcatalog.runtime.store.ObjectRegistryStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Opens a registry store in an S3 bucket: the layout of {@link dev.modelcatalog.runtime.store.StoreKeys} under the
 * configured prefix, read and written by {@link ObjectRegistryStore} with S3's conditional requests.
 *
 * <pre>{@code
 * try (ObjectRegistryStore store = S3RegistryStore.open(S3StoreConfig.parse("s3://models/prod")
 *     .withEndpoint(URI.create("http://127.0.0.1:9000")).withPathStyle(true))) {
 *   RegistrySync sync = RegistrySync.of(registry, store).start(Duration.ofSeconds(5));
 *   ...
 * }
 * }</pre>
 */
public final class S3RegistryStore {

  private S3RegistryStore() {}

  /** A store with its own client, closed with the store. */
  public static ObjectRegistryStore open(S3StoreConfig config) {
    return new ObjectRegistryStore(new S3ObjectStore(client(config), config.bucket(), config.prefix(),
        config.describe(), true));
  }

  /**
   * The S3 client a configuration describes: the JDK's URL connection underneath (no Netty, no Apache client),
   * checksums only where S3 requires them (S3-compatible servers differ in the newer checksum headers), and each call
   * bounded by the configured timeout.
   */
  public static S3Client client(S3StoreConfig config) {
    AwsCredentialsProvider credentials = config.accessKeyId() == null
        ? DefaultCredentialsProvider.builder().build()
        : StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKeyId(),
            config.secretAccessKey()));
    S3ClientBuilder builder = S3Client.builder()
        .region(Region.of(config.region()))
        .credentialsProvider(credentials)
        .forcePathStyle(config.pathStyle())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(config.timeout())
            .socketTimeout(config.timeout()))
        .overrideConfiguration(o -> o.apiCallTimeout(config.timeout()));
    if (config.endpoint() != null) {
      builder.endpointOverride(config.endpoint());
    }
    return builder.build();
  }
}
