package dev.modelcatalog.processor.model;

import dev.modelcatalog.runtime.ModelCatalog.KeyKind;
import java.util.Locale;

/**
 * One lookup key of a model.
 *
 * @param kind what the key is
 * @param key the key's text
 */
public record KeySpec(KeyKind kind, String key) {

  /** The kind as written in the {@code .ids} resource: {@code id}, {@code alias}, {@code normalized}, {@code compact}. */
  public String kindName() {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
