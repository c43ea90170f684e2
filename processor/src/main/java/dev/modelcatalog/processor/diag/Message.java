package dev.modelcatalog.processor.diag;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * The processor's own messages: those that need more than one model definition to find, or that concern the
 * shape of a stub rather than its values. Rules on the values of one model live in the runtime's
 * {@code ModelRules} and keep their own codes.
 *
 * <p>Each constant has a short stable code, printed as {@code [code] message}; tests match on the code, so the
 * wording can improve without breaking them. Warnings can be silenced with {@code @SuppressWarnings("<code>")}.
 */
public enum Message {
  MODEL_NOT_CLASS(Diagnostic.Kind.ERROR, "model-not-class",
      "@Model is declared on %s %s; declare models on an empty class, e.g. final class Gpt4o {}"),
  MODEL_OUTSIDE_PROVIDER(Diagnostic.Kind.ERROR, "model-outside-provider", "%s is in %s, which has no @Provider; %s"),
  ANNOTATION_WITHOUT_MODEL(Diagnostic.Kind.ERROR, "annotation-without-model",
      "@%s on %s has no effect without %s; add %s or remove it"),
  PROVIDER_ID_INVALID(Diagnostic.Kind.ERROR, "provider-id-invalid",
      "provider id '%s' is not 1 to 64 lower-case letters, digits and -_. starting with a letter or digit"),
  DUPLICATE_ID(Diagnostic.Kind.ERROR, "duplicate-id",
      "id '%s' is also declared by %s; ids are unique across the compilation"),
  DUPLICATE_NORMALIZED_ID(Diagnostic.Kind.ERROR, "duplicate-normalized-id",
      "id '%s' normalizes to '%s', as does the id '%s' of %s; lookups could not tell them apart"),
  ALIAS_CONFLICT(Diagnostic.Kind.ERROR, "alias-conflict",
      "'%s' is %s of %s and %s of %s; a key resolves to one model only"),
  CLASSPATH_DUPLICATE_ID(Diagnostic.Kind.ERROR, "classpath-duplicate-id",
      "'%s' is already %s of model '%s' in catalog %s on the class path"),
  CONSTANT_NAME_CLASH(Diagnostic.Kind.ERROR, "constant-name-clash",
      "the generated constant %s would name both %s and %s; rename one of the stubs"),
  CLASSPATH_INDEX_UNREADABLE(Diagnostic.Kind.WARNING, "classpath-index-unreadable",
      "cannot read the key index of catalog %s on the class path (%s); its ids are not checked for clashes"),

  // ------------------------------------------------------------------ platforms, routes and dated snapshots
  PLATFORM_ID_INVALID(Diagnostic.Kind.ERROR, "platform-id-invalid",
      "platform id '%s' is not 1 to 64 lower-case letters, digits and -_. starting with a letter or digit"),
  PLATFORM_BUILT_IN(Diagnostic.Kind.ERROR, "platform-built-in",
      "platform '%s' is built in; routes name it without declaring it, so remove this @Platform or choose another"
          + " id"),
  DUPLICATE_PLATFORM(Diagnostic.Kind.ERROR, "duplicate-platform",
      "platform '%s' is declared twice in package %s"),
  URL_INVALID(Diagnostic.Kind.ERROR, "url-invalid",
      "%s is '%s'; give an http:// or https:// URL, or leave it out"),
  ROUTE_MODEL_STRING_CLASH(Diagnostic.Kind.ERROR, "route-model-string-clash",
      "the route of %s through '%s' names '%s', which is %s of %s; a route's model string may not be another"
          + " model's id or alias, since find() and findByRoute() would disagree"),
  DUPLICATE_ROUTE_TARGET(Diagnostic.Kind.ERROR, "duplicate-route-target",
      "platform '%s' serves '%s' for %s and for %s; a platform serves one model under one model string"),
  SNAPSHOT_DATE_INVALID(Diagnostic.Kind.ERROR, "snapshot-date-invalid",
      "date '%s' is not a YYYY-MM-DD calendar date, e.g. \"2024-08-06\""),
  DUPLICATE_SNAPSHOT_DATE(Diagnostic.Kind.ERROR, "duplicate-snapshot-date",
      "family '%s' already has a snapshot dated %s: %s; each snapshot of a family has its own date"),
  SNAPSHOT_NO_LATEST(Diagnostic.Kind.ERROR, "snapshot-no-latest",
      "family '%s' has no snapshot marked latest = true; mark its newest snapshot, %s"),
  SNAPSHOT_MANY_LATEST(Diagnostic.Kind.ERROR, "snapshot-many-latest",
      "family '%s' has another snapshot marked latest = true, %s; mark only the newest one"),
  SNAPSHOT_LATEST_NOT_NEWEST(Diagnostic.Kind.ERROR, "snapshot-latest-not-newest",
      "%s is marked latest of family '%s', but %s is newer (%s); the family id must find the newest snapshot"),
  FAMILY_ID_CLASH(Diagnostic.Kind.ERROR, "family-id-clash",
      "family id '%s' of %s %s %s of %s; the undated id would find two models"),
  SNAPSHOT_FAMILY_SPLIT(Diagnostic.Kind.ERROR, "snapshot-family-split",
      "family '%s' also has snapshot %s in package %s; all snapshots of a family belong to one provider"),
  // ------------------------------------------------------------------ end of platforms, routes and snapshots

  INTERNAL_ERROR(Diagnostic.Kind.ERROR, "internal-error",
      "internal error in the modelcatalog processor while processing %s: %s; the stub is skipped. Please report"
          + " this message"),
  PROCESSOR_PATH_INCOMPLETE(Diagnostic.Kind.ERROR, "processor-path-incomplete",
      "the modelcatalog processor cannot load %s, which it needs, so the catalogs are not checked or written;"
          + " put the processor on the annotation processor path with its dependencies (Maven's"
          + " annotationProcessorPaths and Gradle's annotationProcessor configuration resolve them)"),
  CATALOG_LIST_NAME_INVALID(Diagnostic.Kind.ERROR, "catalog-list-name-invalid",
      "-Amodelcatalog.catalogList=%s is not the qualified name of a class in a package, such as"
          + " com.example.models.AllCatalogs"),
  CATALOG_LIST_NAME_TAKEN(Diagnostic.Kind.ERROR, "catalog-list-name-taken",
      "-Amodelcatalog.catalogList names %s, which this compilation already declares or generates; name a class"
          + " for the processor to write"),
  RUNTIME_MISSING(Diagnostic.Kind.ERROR, "runtime-missing",
      "the generated catalogs implement dev.modelcatalog.runtime.ModelCatalog, which is not on the class path, so"
          + " they are not written; add modelcatalog-runtime, of the processor's version, to the compile"
          + " dependencies"),
  RUNTIME_TOO_OLD(Diagnostic.Kind.ERROR, "runtime-too-old",
      "the modelcatalog-runtime on the class path reads catalog format %s, and this processor writes format %s, so"
          + " the catalogs are not written; use the modelcatalog-runtime of the processor's version"),

  // ---------------------------------------------------------------------------- compile-time validation
  MOE_FLAG_CONTRADICTS_CONFIG(Diagnostic.Kind.ERROR, "moe-flag-contradicts-config",
      "moe = false contradicts the @MoE configuration of %s; @MoE sets the moe capability. Drop moe = false, or"
          + " drop @MoE if the model is dense"),
  UNKNOWN_REFERENCE(Diagnostic.Kind.ERROR, "unknown-reference",
      "%s '%s' names no model in this compilation or in the catalogs on the class path%s; name the id or an"
          + " alias of an existing model"),
  LINEAGE_CYCLE(Diagnostic.Kind.ERROR, "lineage-cycle",
      "%s '%s' closes the lineage cycle %s; baseModel, parent and root point to ancestors and never lead back."
          + " Break the cycle"),
  REPLACEMENT_CYCLE(Diagnostic.Kind.ERROR, "replacement-cycle",
      "replacement '%s' closes the cycle %s; following replacements must end at a model that is not replaced."
          + " Break the cycle"),
  NORMALIZED_KEY_COLLISION(Diagnostic.Kind.ERROR, "normalized-key-collision",
      "%s '%s' normalizes to '%s', as does %s '%s' of %s; normalized lookups could not tell them apart. Remove or"
          + " rename one"),
  COMPACT_KEY_COLLISION(Diagnostic.Kind.WARNING, "compact-key-collision",
      "%s '%s' has the compact key '%s', as does %s '%s' of %s; a query without separators resolves to neither."
          + " Rename one, or silence with @SuppressWarnings(\"compact-key-collision\")"),
  CLASSPATH_NORMALIZED_COLLISION(Diagnostic.Kind.ERROR, "classpath-normalized-collision",
      "%s '%s' normalizes to '%s', a key of model '%s' in catalog %s on the class path; normalized lookups could"
          + " not tell them apart. Rename it"),
  CLASSPATH_COMPACT_COLLISION(Diagnostic.Kind.WARNING, "classpath-compact-collision",
      "%s '%s' has the compact key '%s', a key of model '%s' in catalog %s on the class path; a query without"
          + " separators resolves to neither. Rename it, or silence with"
          + " @SuppressWarnings(\"classpath-compact-collision\")"),
  DUPLICATE_PROVIDER_ID(Diagnostic.Kind.ERROR, "duplicate-provider-id",
      "provider id '%s' is also declared by package %s; a provider is declared by one package. Move the stubs"
          + " into one package, or give one provider another id"),
  GENERATED_NAME_TAKEN(Diagnostic.Kind.ERROR, "generated-name-taken",
      "the processor generates the class %s for provider '%s', but %s is already declared in this compilation;"
          + " rename that class, or give the provider another id"),
  UNRESOLVED_VALUE(Diagnostic.Kind.ERROR, "unresolved-value",
      "the value of %s on %s could not be resolved after the last round; it names a constant or type that does"
          + " not exist. Fix the reference, or check the processor that should generate it"),
  LATE_MODEL(Diagnostic.Kind.ERROR, "late-model",
      "%s appeared after the catalogs of this compilation were written, so no catalog holds its model '%s';"
          + " catalogs are written in the first round that brings no new @Model stub, so a processor that"
          + " generates stubs must generate them in consecutive rounds from the first"),
  HIDDEN_STUB(Diagnostic.Kind.ERROR, "hidden-stub",
      "@%s is on %s, a class declared inside a method, initializer or anonymous class; annotation processors never"
          + " see such classes, so no catalog would hold its model. Declare the stub as a top-level or nested class"),
  WRITE_FAILED(Diagnostic.Kind.ERROR, "write-failed",
      "cannot write the generated %s: %s; check the output directory and that no other processor writes it");

  private final Diagnostic.Kind kind;
  private final String code;
  private final String format;

  Message(Diagnostic.Kind kind, String code, String format) {
    this.kind = kind;
    this.code = code;
    this.format = format;
  }

  /** How serious the message is. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The stable code, e.g. {@code duplicate-id}. */
  public String code() {
    return code;
  }

  /** The message text without its code. */
  public String format(Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
