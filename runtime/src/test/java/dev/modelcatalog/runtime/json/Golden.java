package dev.modelcatalog.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file under {@code src/test/resources/golden/}. Run with {@code -Dgolden.update=true}
 * to rewrite the golden files instead (then review the diff); without it the test only compares.
 */
final class Golden {

  private Golden() {}

  static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean("golden.update")) {
      try {
        Path file = Path.of("src/test/resources/golden", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertEquals(read(name), actual, "golden file " + name);
  }

  private static String read(String name) {
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream("golden/" + name)) {
      if (in == null) {
        throw new AssertionError("golden file " + name + " is missing; run with -Dgolden.update=true to create it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
