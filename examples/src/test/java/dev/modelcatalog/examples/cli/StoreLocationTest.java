package dev.modelcatalog.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.runtime.store.RegistryStore;
import dev.modelcatalog.store.s3.S3StoreConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --store}: the two kinds of location, the S3 options against the environment, and bad input. */
class StoreLocationTest {

  @TempDir Path dir;

  @Test
  void s3Config_endpointOption_impliesPathStyleAndWinsOverEnvironment() {
    S3StoreConfig config = StoreLocation.s3Config("s3://models/prod", URI.create("http://127.0.0.1:9000"), null,
        Map.of("MODELCATALOG_S3_ENDPOINT", "http://elsewhere:9000", "AWS_REGION", "eu-west-1"));
    assertEquals("models", config.bucket());
    assertEquals("prod/", config.prefix());
    assertEquals(URI.create("http://127.0.0.1:9000"), config.endpoint());
    assertTrue(config.pathStyle());
    assertEquals("eu-west-1", config.region());
  }

  @Test
  void s3Config_pathStyleFalse_isKept() {
    S3StoreConfig config = StoreLocation.s3Config("s3://models", URI.create("http://127.0.0.1:9000"), false,
        Map.of());
    assertFalse(config.pathStyle());
  }

  @Test
  void s3Config_noOptions_takesTheEnvironmentElseAws() {
    assertEquals(URI.create("http://minio:9000"), StoreLocation.s3Config("s3://models", null, null,
        Map.of("MODELCATALOG_S3_ENDPOINT", "http://minio:9000")).endpoint());
    assertNull(StoreLocation.s3Config("s3://models", null, null, Map.of()).endpoint());
  }

  @Test
  void open_fileLocation_createsTheDirectory() throws Exception {
    Path state = dir.resolve("shared-state");
    try (RegistryStore store = StoreLocation.open("file:" + state, null, null, Map.of())) {
      assertTrue(Files.isDirectory(state));
      assertTrue(store.describe().contains("shared-state"), store.describe());
    }
  }

  @Test
  void open_unknownScheme_namesBothForms() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoreLocation.open("http://example.com/state", null, null, Map.of()));
    assertEquals("--store: 'http://example.com/state' is neither file:DIR nor s3://bucket/prefix", e.getMessage());
  }

  @Test
  void open_endpointWithFileStore_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoreLocation.open("file:" + dir, URI.create("http://127.0.0.1:9000"), null, Map.of()));
    assertTrue(e.getMessage().startsWith("--s3-endpoint:"), e.getMessage());
  }

  @Test
  void serve_stateAndStore_isAUsageError() {
    CliRunner run = CliRunner.run(SampleCatalog::registry, "serve", "--port", "0", "--state",
        dir.resolve("s.json").toString(), "--store", "file:" + dir);
    assertEquals(ExitCodes.USAGE, run.status());
    assertTrue(run.err().contains("--state and --store: choose one"), run.err());
  }

  @Test
  void serve_endpointWithoutStore_isAUsageError() {
    CliRunner run = CliRunner.run(SampleCatalog::registry, "serve", "--port", "0", "--s3-endpoint",
        "http://127.0.0.1:9000");
    assertEquals(ExitCodes.USAGE, run.status());
    assertTrue(run.err().contains("need --store"), run.err());
  }

  @Test
  void serve_badBucket_isAUsageError() {
    CliRunner run = CliRunner.run(SampleCatalog::registry, "serve", "--port", "0", "--store", "s3://B_/x");
    assertEquals(ExitCodes.USAGE, run.status());
    assertTrue(run.err().contains("bucket:") || run.err().contains("store:"), run.err());
  }
}
