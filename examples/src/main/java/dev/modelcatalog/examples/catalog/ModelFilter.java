package dev.modelcatalog.examples.catalog;

import dev.modelcatalog.runtime.Capability;
import java.util.List;
import java.util.Set;

/**
 * Every condition a listing can ask for; null or empty means "any".
 *
 * @param required capabilities every model has
 * @param excluded capabilities no model has
 * @param ownedBy the owner ({@code owned_by})
 * @param provider the provider whose catalog declares the model
 * @param tags tags every model carries
 * @param minContext smallest context window, in tokens
 * @param maxInputPrice highest price per million input tokens (models without pricing are left out)
 * @param maxOutputPrice highest price per million output tokens (models without pricing are left out)
 * @param status {@code active} or {@code deprecated}
 * @param moe true for mixture-of-experts models only, false for dense only
 */
public record ModelFilter(
    Set<Capability> required,
    Set<Capability> excluded,
    String ownedBy,
    String provider,
    List<String> tags,
    Integer minContext,
    Double maxInputPrice,
    Double maxOutputPrice,
    String status,
    Boolean moe) {

  /** Matches every model. */
  public static final ModelFilter ALL = new ModelFilter(Set.of(), Set.of(), null, null, List.of(), null, null, null,
      null, null);

  public ModelFilter {
    required = required == null ? Set.of() : Set.copyOf(required);
    excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
    tags = tags == null ? List.of() : List.copyOf(tags);
    if (status != null && !status.equals("active") && !status.equals("deprecated")) {
      throw new IllegalArgumentException("status: '" + status + "' is no status; expected active or deprecated");
    }
  }

  /** Only models with every one of these capabilities. */
  public static ModelFilter requiring(Set<Capability> required) {
    return new ModelFilter(required, Set.of(), null, null, List.of(), null, null, null, null, null);
  }
}
