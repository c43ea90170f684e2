package dev.modelcatalog.store.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a store lives, read from a URL and the environment: what is accepted, normalized and refused. */
class S3StoreConfigTest {

  private static String refusal(Runnable make) {
    return assertThrows(IllegalArgumentException.class, make::run).getMessage();
  }

  @Test
  void parse_bucketAndPrefix_withTheDefaults() {
    S3StoreConfig config = S3StoreConfig.parse("s3://Models/prod/eu");
    assertEquals("models", config.bucket());
    assertEquals("prod/eu/", config.prefix());
    assertEquals(S3StoreConfig.DEFAULT_REGION, config.region());
    assertNull(config.endpoint());
    assertFalse(config.pathStyle());
    assertNull(config.accessKeyId());
    assertEquals(S3StoreConfig.DEFAULT_TIMEOUT, config.timeout());
    assertEquals("", S3StoreConfig.parse("s3://models").prefix());
    assertEquals("", S3StoreConfig.parse("s3://models/").prefix());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://models/prod", "models/prod", "s3:///prod", "s3://", "s3://a b/c"})
  void parse_notAnS3Url_isRefused(String url) {
    assertEquals("store: '" + url + "' is not an s3://bucket/prefix URL", refusal(() -> S3StoreConfig.parse(url)));
  }

  /** An endpoint, from the command line or the environment, is http or https with a host, or a clear refusal. */
  @Test
  void endpointUrl_httpOrHttpsWithAHost() {
    assertEquals(URI.create("http://127.0.0.1:9000"), S3StoreConfig.endpointUrl("e", "http://127.0.0.1:9000"));
    assertEquals(URI.create("https://s3.example.com"), S3StoreConfig.endpointUrl("e", "https://s3.example.com"));
    for (String bad : new String[] {"not a url", "ftp://host", "127.0.0.1:9000", "http://"}) {
      assertEquals("e: '" + bad + "' is no endpoint URL; give http:// or https:// and a host, as in"
          + " http://127.0.0.1:9000", refusal(() -> S3StoreConfig.endpointUrl("e", bad)), bad);
    }
    assertTrue(refusal(() -> S3StoreConfig.parse("s3://models").withEnvironment(
        Map.of("MODELCATALOG_S3_ENDPOINT", "not a url"))).startsWith("MODELCATALOG_S3_ENDPOINT: 'not a url'"));
  }

  @Test
  void bucket_threeToSixtyThreeCharacters() {
    assertEquals("abc", S3StoreConfig.parse("s3://abc").bucket());
    assertEquals(63, S3StoreConfig.parse("s3://" + "a".repeat(63)).bucket().length());
    String message = " is no valid bucket name (3 to 63 lower-case letters, digits, '.' and '-')";
    assertEquals("bucket: 'ab'" + message, refusal(() -> S3StoreConfig.parse("s3://ab")));
    assertEquals("bucket: '" + "a".repeat(64) + "'" + message,
        refusal(() -> S3StoreConfig.parse("s3://" + "a".repeat(64))));
  }

  @Test
  void prefix_isNormalizedToEndInASlash_andRefusedWithEmptyOrParentSegments() {
    S3StoreConfig config = S3StoreConfig.parse("s3://models");
    assertEquals("a/b/", config.withPrefix("/a/b").prefix());
    assertEquals("a/b/", config.withPrefix("a/b/").prefix());
    assertEquals("", config.withPrefix("/").prefix());
    assertEquals("", config.withPrefix(null).prefix());
    for (String bad : new String[] {"a//b", "a/../b", "a b", "a?b"}) {
      assertEquals("prefix: '" + bad + "' may hold only letters, digits and ._-/ , with no empty or '..' segment",
          refusal(() -> config.withPrefix(bad)), bad);
    }
  }

  @Test
  void credentials_bothOrNeither() {
    S3StoreConfig config = S3StoreConfig.parse("s3://models");
    assertEquals("key", config.withCredentials("key", "secret").accessKeyId());
    String message = "credentials: give both the access key id and the secret, or neither";
    assertEquals(message, refusal(() -> new S3StoreConfig("models", "", null, null, false, "key", null, null)));
    assertEquals(message, refusal(() -> new S3StoreConfig("models", "", null, null, false, null, "secret", null)));
  }

  @Test
  void region_blank_isTheDefault() {
    S3StoreConfig config = S3StoreConfig.parse("s3://models");
    assertEquals("eu-west-1", config.withRegion("eu-west-1").region());
    assertEquals(S3StoreConfig.DEFAULT_REGION, config.withRegion(" ").region());
    assertEquals(Duration.ofSeconds(3), config.withTimeout(Duration.ofSeconds(3)).timeout());
  }

  @Test
  void withEnvironment_readsEndpointPathStyleAndRegion_trimmed_andIgnoresBlankValues() {
    S3StoreConfig config = S3StoreConfig.parse("s3://models/prod").withEnvironment(Map.of(
        "MODELCATALOG_S3_ENDPOINT", " http://127.0.0.1:9000 ",
        "MODELCATALOG_S3_PATH_STYLE", " true ",
        "AWS_REGION", " eu-central-1 "));
    assertEquals(URI.create("http://127.0.0.1:9000"), config.endpoint());
    assertTrue(config.pathStyle());
    assertEquals("eu-central-1", config.region());
    S3StoreConfig blank = S3StoreConfig.parse("s3://models/prod").withEnvironment(Map.of(
        "MODELCATALOG_S3_ENDPOINT", " ", "MODELCATALOG_S3_PATH_STYLE", "", "AWS_REGION", "  "));
    assertEquals(S3StoreConfig.parse("s3://models/prod"), blank);
    assertEquals(S3StoreConfig.parse("s3://models/prod"), S3StoreConfig.parse("s3://models/prod")
        .withEnvironment(Map.of()));
  }

  /** What logs and health reports show: where the store is, never the secret. */
  @Test
  void describeAndToString_nameTheStore_neverTheSecret() {
    S3StoreConfig aws = S3StoreConfig.parse("s3://models/prod");
    assertEquals("s3://models/prod/", aws.describe());
    S3StoreConfig local = aws.withEndpoint(URI.create("http://127.0.0.1:9000")).withCredentials("key", "s3cr3t");
    assertEquals("s3://models/prod/ at http://127.0.0.1:9000", local.describe());
    assertEquals("S3StoreConfig[s3://models/prod/ at http://127.0.0.1:9000, region us-east-1, path-style false, "
        + "credentials static]", local.toString());
    assertFalse(local.toString().contains("s3cr3t"));
    assertTrue(aws.toString().endsWith("credentials default chain]"), aws.toString());
  }
}
