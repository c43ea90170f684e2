package dev.modelcatalog.processor.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the importer with any bytes as a models.dev catalog: it imports, or refuses with a
 * {@link CatalogFormatException} that says where the input went wrong; nothing else escapes.
 */
class ImporterFuzzTest {

  private static final ImportOptions OPTIONS = ImportOptions.defaults().now(1_750_000_000L);

  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
  void convert(byte[] input) throws IOException {
    ImportResult result;
    try {
      result = CatalogImporter.convert(new ByteArrayInputStream(input), Format.MODELS_DEV, OPTIONS);
    } catch (CatalogFormatException e) {
      assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a refusal says why");
      return;
    }
    for (GeneratedSource source : result.sources()) {
      assertFalse(source.content().isBlank(), source.qualifiedName());
    }
    assertFalse(result.report().toMarkdown().isEmpty());
  }
}
