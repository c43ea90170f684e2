package dev.modelcatalog.processor.importer;

/**
 * Why a source entry was not taken as is. Each category has a stable code (tests and tools match on it) and a
 * title for the report's section.
 */
public enum Category {
  /** The id has characters outside the catalog's id alphabet; the stub's id replaces them. */
  ID_INVALID_CHARACTERS("id-invalid-characters", "Ids with characters outside the allowed set"),
  /** An entry's id field differs from the key it is listed under; the key is used. */
  ID_MISMATCH("id-mismatch", "Ids that differ from their keys"),
  /** The id is not a Java name; the stub's class name is derived from it. The id itself is kept. */
  CLASS_NAME_DERIVED("class-name-derived", "Class names derived from ids"),
  /** Two ids of one provider derive the same class or constant name; a suffix tells them apart. */
  CLASS_NAME_CLASH("class-name-clash", "Class names that needed a suffix"),
  /** The provider id is not a Java package name; the package name is derived from it. */
  PACKAGE_NAME_DERIVED("package-name-derived", "Package names derived from provider ids"),
  /** The same model appears twice in one provider, or the same id twice. */
  DUPLICATE("duplicate", "Duplicates"),
  /** The entry is another provider's offer of a model imported once; it became a route. */
  ROUTE("route", "Entries imported as routes"),
  /** A route's capabilities differ from those of the canonical model; a route carries none of its own. */
  CAPABILITIES_DIFFER("capabilities-differ", "Routes whose capabilities differ from the canonical model"),
  /** A context window or output limit that is zero, negative, or above the context. */
  IMPOSSIBLE_LIMIT("impossible-limit", "Impossible limits"),
  /** A knowledge cutoff with a day, or in no format the catalog reads. */
  CUTOFF_FORMAT("cutoff-format", "Knowledge cutoffs"),
  /** A release date that is unreadable or outside the range the catalog accepts. */
  RELEASE_DATE("release-date", "Release dates"),
  /** A price the catalog has no field for, or one the rules warn about. */
  PRICE("price", "Prices"),
  /** A capability or modality the catalog has no flag for, or a flag that needs another it lacks. */
  CAPABILITY("capability", "Capabilities and modalities"),
  /** A lifecycle status the catalog represents differently. */
  STATUS("status", "Status"),
  /** The entry could not be imported at all. */
  SKIPPED("skipped", "Entries not imported");

  private final String code;
  private final String title;

  Category(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The stable code, e.g. {@code impossible-limit}. */
  public String code() {
    return code;
  }

  /** The title of the report section. */
  public String title() {
    return title;
  }
}
