package dev.modelcatalog.runtime;

import java.util.List;

/**
 * The exceptions that {@link ModelRegistry}, {@link ModelDefinition.Builder} and the format check of generated
 * catalogs ({@link ModelCatalog#requireFormat}) throw, made here and typed as {@link RuntimeException} at their
 * throw sites. The JVM verifies a class when it first links it, and loads every exception class that class throws
 * by name to check that it is a {@code Throwable}: six classes (with {@code NoSuchElementException}, which
 * {@link UnknownModelException} extends) that a starting server would load for failures it may never meet. Made
 * through these methods, they load with the first failure instead. Callers still catch the exact types.
 */
final class Failures {

  private Failures() {}

  static RuntimeException unknownModel(String query, List<String> suggestions) {
    return new UnknownModelException(query, suggestions);
  }

  static RuntimeException unknownSnapshot(MissingSnapshot missing) {
    return new UnknownSnapshotException(missing);
  }

  static RuntimeException invalidRoute(String route, List<Problem> problems) {
    return new InvalidRouteException(route, problems);
  }

  static RuntimeException invalidModel(String modelId, List<Problem> problems) {
    return new InvalidModelException(modelId, problems);
  }

  /** A null element of a collection or array argument, named with its index: {@code models[2]}. */
  static RuntimeException nullElement(String argument, int index) {
    return new NullPointerException(argument + "[" + index + "]");
  }

  static RuntimeException catalogFormat(String catalogClass, int format, int supportedFormat) {
    return new CatalogFormatException(catalogClass, format, supportedFormat);
  }
}
