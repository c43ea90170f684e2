package dev.modelcatalog.store.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.store.Precondition;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 object store without a server: tag quoting, and failures that name the call, the key and the store. */
class S3ObjectStoreTest {

  @Test
  void quoted_givesEveryTagItsQuotes_once() {
    assertEquals("\"abc\"", S3ObjectStore.quoted("abc"));
    assertEquals("\"abc\"", S3ObjectStore.quoted("\"abc\""));
    assertEquals("W/\"abc\"", S3ObjectStore.quoted("W/\"abc\""));
    assertEquals("\"\"", S3ObjectStore.quoted(null));
  }

  /** Nothing listens on port 1: each call fails with an IOException a health report can show as it is. */
  @Test
  void unreachableServer_eachCallNamesItsOperationKeyAndStore() throws IOException {
    S3StoreConfig config = S3StoreConfig.parse("s3://models/prod").withEndpoint(URI.create("http://127.0.0.1:1"))
        .withPathStyle(true).withCredentials("key", "secret").withTimeout(Duration.ofSeconds(2));
    try (S3Client client = S3RegistryStore.client(config)) {
      S3ObjectStore store = new S3ObjectStore(client, config.bucket(), config.prefix(), config.describe(), false);
      assertEquals("s3://models/prod/ at http://127.0.0.1:1", store.describe());
      String where = " on s3://models/prod/ at http://127.0.0.1:1 failed: ";
      String get = assertThrows(IOException.class, () -> store.get("models/a.json", null)).getMessage();
      assertTrue(get.startsWith("GET prod/models/a.json" + where), get);
      String put = assertThrows(IOException.class,
          () -> store.put("models/a.json", "{}".getBytes(StandardCharsets.UTF_8), Precondition.absent()))
          .getMessage();
      assertTrue(put.startsWith("PUT prod/models/a.json" + where), put);
      String list = assertThrows(IOException.class, () -> store.list("models/")).getMessage();
      assertTrue(list.startsWith("LIST prod/models/" + where), list);
      store.close();
      // The store did not own the client: it is still open for the test's own close.
    }
  }
}
