package dev.modelcatalog.processor.importer;

import dev.modelcatalog.runtime.Capabilities;
import java.util.List;
import java.util.Objects;

/**
 * One model as one provider of the source lists it, in this project's vocabulary but not yet checked against
 * the catalog's rules: a {@link SourceReader} maps its format's fields onto these, and the importer checks and
 * fixes the values afterwards (limits, dates, ids), reporting each fix.
 *
 * @param provider the provider's id in the source
 * @param id the model's id in the source, as written there
 * @param name display name; null when the source states none
 * @param capabilities what the model can do, mapped from the source's flags and modalities
 * @param context context window in tokens as stated (0 or less: not stated)
 * @param output output limit in tokens as stated (0 or less: not stated)
 * @param cost prices per million tokens; null when the source states no cost
 * @param knowledge knowledge cutoff as written in the source; null when none
 * @param releaseDate release date as written in the source; null when none
 * @param openWeights whether the weights are published
 * @param status lifecycle status as written in the source ({@code deprecated}, {@code beta}...); null when none
 * @param notes what the reader could not map (a modality without a flag, a price without a field)
 */
public record SourceEntry(String provider, String id, String name, Capabilities capabilities, long context,
    long output, Cost cost, String knowledge, String releaseDate, boolean openWeights, String status,
    List<ReportLine> notes) {

  public SourceEntry {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(capabilities, "capabilities");
    notes = List.copyOf(notes);
  }

  /** {@code provider/id}, the way the report names an entry. */
  public String entry() {
    return provider + "/" + id;
  }

  /**
   * Prices per million tokens; a component is null when the source states none.
   *
   * @param input input tokens
   * @param output output tokens
   * @param cacheRead cached input tokens
   * @param cacheWrite tokens written to the prompt cache
   */
  public record Cost(Double input, Double output, Double cacheRead, Double cacheWrite) {}
}
