package dev.modelcatalog.store.s3;

import dev.modelcatalog.runtime.store.ObjectRead;
import dev.modelcatalog.runtime.store.ObjectStore;
import dev.modelcatalog.runtime.store.Precondition;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An {@link ObjectStore} on S3 or an S3-compatible server, under a key prefix of one bucket.
 *
 * <p>Compare-and-set uses S3's conditional writes: {@code If-None-Match: *} to create, {@code If-Match} on the tag to
 * overwrite. S3 answers {@code 412 Precondition Failed} when another writer came first, or {@code 409} when two
 * conditional writes to one key race; both mean "lost", and nothing was written. Reads send {@code If-None-Match} and
 * take {@code 304 Not Modified} as "unchanged". Any other failure (no connection, timeout, 5xx, access denied) is an
 * {@link IOException}.
 */
public final class S3ObjectStore implements ObjectStore {

  private final S3Client client;
  private final String bucket;
  private final String prefix;
  private final String description;
  private final boolean ownsClient;

  /**
   * A store on this client; the client stays the caller's when {@code ownsClient} is false.
   *
   * @param prefix empty, or ending in {@code /}
   */
  public S3ObjectStore(S3Client client, String bucket, String prefix, String description, boolean ownsClient) {
    this.client = Objects.requireNonNull(client, "client");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.description = Objects.requireNonNull(description, "description");
    this.ownsClient = ownsClient;
  }

  @Override
  public ObjectRead get(String key, String ifNoneMatch) throws IOException {
    GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(prefix + key);
    if (ifNoneMatch != null) {
      request.ifNoneMatch(ifNoneMatch);
    }
    try {
      ResponseBytes<GetObjectResponse> response = client.getObjectAsBytes(request.build());
      return ObjectRead.found(response.asByteArray(), quoted(response.response().eTag()));
    } catch (NoSuchKeyException e) {
      return ObjectRead.notFound();
    } catch (S3Exception e) {
      if (e.statusCode() == 304) {
        return ObjectRead.notModified();
      }
      if (e.statusCode() == 404) {
        return ObjectRead.notFound();
      }
      throw failure("GET", key, e);
    } catch (SdkException e) {
      throw failure("GET", key, e);
    }
  }

  @Override
  public Optional<String> put(String key, byte[] content, Precondition precondition) throws IOException {
    PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(bucket).key(prefix + key)
        .contentType("application/json");
    switch (precondition.kind()) {
      case ABSENT:
        request.ifNoneMatch("*");
        break;
      case MATCHING:
        request.ifMatch(precondition.etag());
        break;
      default:
        break;
    }
    try {
      PutObjectResponse response = client.putObject(request.build(), RequestBody.fromBytes(content));
      return Optional.of(quoted(response.eTag()));
    } catch (S3Exception e) {
      if (e.statusCode() == 412 || e.statusCode() == 409) {
        return Optional.empty();
      }
      throw failure("PUT", key, e);
    } catch (SdkException e) {
      throw failure("PUT", key, e);
    }
  }

  @Override
  public SortedMap<String, String> list(String keyPrefix) throws IOException {
    SortedMap<String, String> listed = new TreeMap<>();
    ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix + keyPrefix).build();
    try {
      for (S3Object object : client.listObjectsV2Paginator(request).contents()) {
        listed.put(object.key().substring(prefix.length()), quoted(object.eTag()));
      }
    } catch (SdkException e) {
      throw failure("LIST", keyPrefix, e);
    }
    return listed;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  /** Tags are compared as text, and servers differ on quoting them: always quote. */
  static String quoted(String etag) {
    if (etag == null) {
      return "\"\"";
    }
    return etag.startsWith("\"") || etag.startsWith("W/\"") ? etag : "\"" + etag + "\"";
  }

  private IOException failure(String operation, String key, SdkException e) {
    return new IOException(operation + " " + prefix + key + " on " + description + " failed: " + e.getMessage(), e);
  }

  @Override
  public String toString() {
    return "S3ObjectStore[" + description + "]";
  }
}
