package dev.modelcatalog.processor.model;

import dev.modelcatalog.runtime.ModelCatalog.KeyKind;
import java.util.Locale;

/**
 * One lookup key of a model.
 *
 * @param kind what the key is
 * @param key the key's text: the id or alias, or the normalized or compact form
 * @param source what the generated catalog feeds for the key: the key itself, or for a compact form, the id or
 *     alias it comes from (the registry takes the form, so the catalog holds no string for it)
 */
public record KeySpec(KeyKind kind, String key, String source) {

  /** A key fed as itself. */
  public KeySpec(KeyKind kind, String key) {
    this(kind, key, key);
  }

  /**
   * The kind as written in the {@code .ids} resource: {@code id}, {@code alias}, {@code normalized},
   * {@code compact}.
   */
  public String kindName() {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
