package dev.modelcatalog.processor.importer;

import java.util.List;
import java.util.Objects;

/**
 * One provider of a source catalog and its entries, in source order.
 *
 * @param id the provider's id in the source
 * @param name its display name; the id when the source states none
 * @param entries its models
 */
public record SourceProvider(String id, String name, List<SourceEntry> entries) {

  public SourceProvider {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    entries = List.copyOf(entries);
  }
}
