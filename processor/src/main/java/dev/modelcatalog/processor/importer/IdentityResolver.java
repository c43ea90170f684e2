package dev.modelcatalog.processor.importer;

import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Discovery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the real models behind the entries: entries whose ids normalize alike ({@link Discovery#normalizeModelId},
 * the key the registry itself resolves ids by, so {@code gpt-5} and {@code openai/gpt-5} meet) are one model. The
 * canonical entry is the owner's own API when one of them lists it ({@link OwnerTable}), else the entry of the
 * provider whose id sorts first; every other entry becomes a route, reported as such. A second entry of one
 * provider is reported as a duplicate and kept as a route under its own model string.
 */
final class IdentityResolver {

  private IdentityResolver() {}

  /** The models, ordered by normalized id; report lines for routes and duplicates go to {@code lines}. */
  static List<ImportedModel> resolve(List<ModelFacts> entries, List<ReportLine> lines) {
    Map<String, List<ModelFacts>> groups = new TreeMap<>();
    for (ModelFacts facts : entries) {
      groups.computeIfAbsent(Discovery.normalizeModelId(facts.id()), key -> new ArrayList<>()).add(facts);
    }
    List<ImportedModel> models = new ArrayList<>();
    for (Map.Entry<String, List<ModelFacts>> group : groups.entrySet()) {
      models.add(model(group.getKey(), group.getValue(), lines));
    }
    return models;
  }

  private static ImportedModel model(String key, List<ModelFacts> group, List<ReportLine> lines) {
    String owner = owner(group);
    List<ModelFacts> ordered = new ArrayList<>(group);
    ordered.sort(Comparator.comparingInt((ModelFacts f) -> OwnerTable.firstPartyRank(owner, f.provider()))
        .thenComparing(ModelFacts::provider)
        .thenComparing(ModelFacts::sourceId));
    ModelFacts canonical = ordered.get(0);
    List<ModelFacts> routes = ordered.subList(1, ordered.size());
    boolean firstParty = OwnerTable.firstPartyRank(owner, canonical.provider()) != Integer.MAX_VALUE;
    for (ModelFacts route : routes) {
      if (route.provider().equals(canonical.provider())) {
        lines.add(line(route, Category.DUPLICATE, "same model as '" + canonical.sourceId() + "' in the same"
            + " provider (both normalize to '" + key + "')", "kept as a route of " + canonical.provider()
            + " under its own model string"));
      }
      lines.add(line(route, Category.ROUTE, "the same model as " + canonical.entry() + " (both normalize to '"
          + key + "'), which " + (firstParty ? "is its maker's own API" : "sorts first: its maker's API does not"
              + " list it"), "imported as a route of '" + canonical.id() + "' with this entry's model string,"
                  + " prices and limits"));
      differences(route, canonical, lines);
    }
    return new ImportedModel(owner, canonical, routes);
  }

  /** The owner most entries agree on (the first in provider order on a tie). */
  private static String owner(List<ModelFacts> group) {
    Map<String, Integer> votes = new TreeMap<>();
    for (ModelFacts facts : group) {
      votes.merge(OwnerTable.owner(facts.sourceId(), facts.provider()), 1, Integer::sum);
    }
    // An owner derived from the id beats the fallback (the listing provider), which votes once per provider.
    String best = null;
    int bestVotes = 0;
    for (ModelFacts facts : group) {
      String owner = OwnerTable.owner(facts.sourceId(), facts.provider());
      int count = votes.get(owner) + (owner.equals(facts.provider()) ? 0 : group.size());
      if (count > bestVotes) {
        best = owner;
        bestVotes = count;
      }
    }
    return best;
  }

  private static void differences(ModelFacts route, ModelFacts canonical, List<ReportLine> lines) {
    Capabilities mine = route.capabilities();
    Capabilities theirs = canonical.capabilities();
    if (mine.equals(theirs)) {
      return;
    }
    List<String> extra = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Capability capability : Capability.values()) {
      if (mine.has(capability) && !theirs.has(capability)) {
        extra.add(capability.attribute());
      } else if (!mine.has(capability) && theirs.has(capability)) {
        missing.add(capability.attribute());
      }
    }
    lines.add(line(route, Category.CAPABILITIES_DIFFER, "this entry lists " + (extra.isEmpty() ? "" : "more ("
        + String.join(", ", extra) + ")") + (extra.isEmpty() || missing.isEmpty() ? "" : " and ")
        + (missing.isEmpty() ? "" : "fewer (" + String.join(", ", missing) + ")") + " capabilities than "
        + canonical.entry(), "a route carries no capabilities: the canonical model's apply"));
  }

  private static ReportLine line(ModelFacts facts, Category category, String reason, String action) {
    return new ReportLine(facts.provider(), facts.sourceId(), category, reason, action);
  }
}
