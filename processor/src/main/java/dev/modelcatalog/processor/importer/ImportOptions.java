package dev.modelcatalog.processor.importer;

import java.time.Instant;
import java.util.Objects;

/**
 * How to import: immutable, changed through withers.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.defaults().basePackage("com.example.models").routes(true);
 * }</pre>
 *
 * @param basePackage the package under which each provider gets its own package (default
 *     {@code dev.modelcatalog.imported})
 * @param routes whether routes are written as {@code @Route} annotations on the canonical stubs (default
 *     {@code false}: they are listed in the report only)
 * @param reportFileName the report's file name in the output directory (default {@code import-report.md})
 * @param nowEpochSeconds the present, for rejecting release dates in the future (default: the clock at
 *     {@link #defaults()})
 */
public record ImportOptions(String basePackage, boolean routes, String reportFileName, long nowEpochSeconds) {

  public ImportOptions {
    Objects.requireNonNull(basePackage, "basePackage");
    Objects.requireNonNull(reportFileName, "reportFileName");
    if (!basePackage.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
      throw new IllegalArgumentException("basePackage: '" + basePackage + "' is not a lower-case Java package"
          + " name, e.g. com.example.models");
    }
    if (reportFileName.isBlank() || reportFileName.contains("/") || reportFileName.contains("\\")) {
      throw new IllegalArgumentException("reportFileName: '" + reportFileName + "' is not a plain file name");
    }
  }

  /** The defaults, with the present taken from the clock. */
  public static ImportOptions defaults() {
    return new ImportOptions("dev.modelcatalog.imported", false, "import-report.md",
        Instant.now().getEpochSecond());
  }

  /** These options with another base package. */
  public ImportOptions basePackage(String basePackage) {
    return new ImportOptions(basePackage, routes, reportFileName, nowEpochSeconds);
  }

  /** These options with routes written as {@code @Route} annotations, or not. */
  public ImportOptions routes(boolean routes) {
    return new ImportOptions(basePackage, routes, reportFileName, nowEpochSeconds);
  }

  /** These options with another report file name. */
  public ImportOptions reportFileName(String reportFileName) {
    return new ImportOptions(basePackage, routes, reportFileName, nowEpochSeconds);
  }

  /** These options with another present, for reproducible imports. */
  public ImportOptions now(long epochSeconds) {
    return new ImportOptions(basePackage, routes, reportFileName, epochSeconds);
  }
}
