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
  MODEL_OUTSIDE_PROVIDER(Diagnostic.Kind.ERROR, "model-outside-provider",
      "%s is in package '%s', which has no @Provider; add @Provider(id = \"...\") to its package-info.java"),
  ANNOTATION_WITHOUT_MODEL(Diagnostic.Kind.ERROR, "annotation-without-model",
      "@%s on %s has no effect without @Model; add @Model(id = \"...\", contextWindow = ...) or remove it"),
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
  INTERNAL_ERROR(Diagnostic.Kind.ERROR, "internal-error",
      "internal error in the modelcatalog processor, please report it: %s");

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
