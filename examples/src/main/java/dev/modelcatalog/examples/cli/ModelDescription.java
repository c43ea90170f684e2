package dev.modelcatalog.examples.cli;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.ModelRules;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.Snapshot;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A few lines describing a model, for people reading a terminal. */
final class ModelDescription {

  private ModelDescription() {}

  static String describe(ModelRegistry registry, String query, ModelDefinition model) {
    StringBuilder out = new StringBuilder();
    // The query as typed, but shown safely: clipped, control characters escaped.
    out.append(query.equals(model.id()) ? model.id() : ModelRules.printable(query) + " -> " + model.id()).append('\n');
    line(out, "name", model.name());
    line(out, "owned by", model.ownedBy());
    line(out, "context", String.format(Locale.ROOT, "%,d tokens (max output %,d)", model.contextWindow(),
        model.maxOutputTokens()));
    line(out, "capabilities", model.capabilities().stream().map(Capability::jsonName)
        .collect(Collectors.joining(", ")));
    model.moe().ifPresent(moe -> line(out, "moe", String.format(Locale.ROOT,
        "%,d total / %,d active params, %d experts, %d per token", moe.totalParams(), moe.activeParams(),
        moe.numExperts(), moe.expertsPerToken())));
    model.pricing().ifPresent(p -> line(out, "pricing", String.format(Locale.ROOT,
        "%s %s input / %s output per million tokens", p.currency(), p.inputPerMillion(), p.outputPerMillion())));
    line(out, "latency", String.format(Locale.ROOT, "ttft %.2fs +- %.2fs, itl %.3fs +- %.3fs",
        model.latency().ttftMean(), model.latency().ttftStd(), model.latency().itlMean(), model.latency().itlStd()));
    if (!model.aliases().isEmpty()) {
      line(out, "aliases", String.join(", ", model.aliases()));
    }
    List<Route> chain = registry.fallbackChain(model.id());
    if (!chain.isEmpty()) {
      line(out, "routes", chain.stream().map(r -> r.platform() + " (" + r.modelString() + ")")
          .collect(Collectors.joining(" -> ")));
    }
    List<Snapshot> versions = registry.versions(model.id());
    if (!versions.isEmpty()) {
      line(out, "snapshots", versions.stream().map(s -> s.id() + " (" + s.date() + ")")
          .collect(Collectors.joining(", ")));
    }
    if (model.deprecated()) {
      line(out, "status", "deprecated" + model.replacement().map(r -> " (use " + r + ")").orElse(""));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "  %-13s%s%n", label, value));
  }
}
