package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.model.ModelSpec;
import dev.modelcatalog.processor.read.ClasspathCatalogs;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the references between models: {@code baseModel}, {@code parent}, {@code root} and {@code replacement}
 * must name the id or an alias of a model of the compilation (a family id counts as its latest snapshot's alias)
 * or of a catalog on the class path ("did you mean" comes from the runtime's own {@link Discovery#suggestSimilar});
 * lineage references ({@code baseModel}, {@code parent}, {@code root}) must not lead back to the model, nor must a
 * chain of replacements.
 */
public final class LineageValidator {

  /** Attributes that point at an ancestor. */
  private static final List<String> LINEAGE = List.of("baseModel", "parent", "root");
  /** Suggestions per unknown reference. */
  private static final int SUGGESTIONS = 3;

  /** One reference from a model to another of the compilation, by the target's id. */
  private record Edge(ValidModel from, String attribute, String written, String target) {}

  /**
   * @param models the models that passed their own checks
   * @param familyAliases the family ids the snapshots among them answer to
   * @param otherNames ids and aliases of the compilation's models that failed their own checks: they exist, and
   *     their problems are reported already
   * @param classpath keys of the catalogs on the class path, or empty when the class-path check is off, in which
   *     case a reference to no model of the compilation is not reported (it may name a class-path model)
   */
  public Report validate(List<ValidModel> models, List<SnapshotValidator.FamilyAlias> familyAliases,
      Set<String> otherNames, Optional<List<ClasspathCatalogs.Key>> classpath) {
    List<ValidModel> sorted = new ArrayList<>(models);
    sorted.sort((a, b) -> ModelSpec.ORDER.compare(a.spec(), b.spec()));
    Map<String, String> idByName = new HashMap<>();
    for (ValidModel model : sorted) {
      ModelDefinition definition = model.spec().definition();
      idByName.putIfAbsent(definition.id(), definition.id());
      definition.aliases().forEach(alias -> idByName.putIfAbsent(alias, definition.id()));
    }
    familyAliases.forEach(family -> idByName.putIfAbsent(family.family(), family.model().spec().id()));
    Set<String> known = new TreeSet<>(idByName.keySet());
    known.addAll(otherNames);
    classpath.ifPresent(keys -> keys.stream()
        .filter(key -> key.kind().equals("id") || key.kind().equals("alias"))
        .forEach(key -> known.add(key.key())));
    Report report = new Report();
    List<Edge> lineage = new ArrayList<>();
    List<Edge> replacements = new ArrayList<>();
    for (ValidModel model : sorted) {
      for (String attribute : List.of("baseModel", "parent", "root", "replacement")) {
        String target = reference(model.spec().definition(), attribute);
        if (target == null) {
          continue;
        }
        String id = idByName.get(target);
        if (id != null) {
          (attribute.equals("replacement") ? replacements : lineage).add(new Edge(model, attribute, target, id));
        } else if (!known.contains(target) && classpath.isPresent()) {
          report.add(Finding.of(Message.UNKNOWN_REFERENCE, model.declaration().model().locate(attribute),
              attribute, target, didYouMean(target, known)));
        }
      }
    }
    cycles(lineage, Message.LINEAGE_CYCLE, report);
    cycles(replacements, Message.REPLACEMENT_CYCLE, report);
    return report;
  }

  private static String reference(ModelDefinition definition, String attribute) {
    switch (attribute) {
      case "baseModel":
        return definition.baseModel().orElse(null);
      case "parent":
        return definition.parent().orElse(null);
      case "root":
        return definition.root().orElse(null);
      default:
        return definition.replacement().orElse(null);
    }
  }

  /** {@code ; did you mean 'a' or 'b'?}, or nothing when no known name looks alike. */
  static String didYouMean(String target, Set<String> known) {
    List<String> similar = Discovery.suggestSimilar(target, known, SUGGESTIONS);
    if (similar.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("; did you mean ");
    for (int i = 0; i < similar.size(); i++) {
      if (i > 0) {
        text.append(i == similar.size() - 1 ? " or " : ", ");
      }
      text.append('\'').append(similar.get(i)).append('\'');
    }
    return text.append('?').toString();
  }

  /**
   * Reports, on each model that lies on a cycle of these edges, the first of its references that leads back to
   * it, with the cycle spelled out ({@code a -> b -> a}).
   */
  private static void cycles(List<Edge> edges, Message message, Report report) {
    Map<String, List<Edge>> out = new LinkedHashMap<>();
    for (Edge edge : edges) {
      out.computeIfAbsent(edge.from().spec().id(), k -> new ArrayList<>()).add(edge);
    }
    for (Map.Entry<String, List<Edge>> entry : out.entrySet()) {
      String start = entry.getKey();
      for (Edge first : entry.getValue()) {
        List<String> path = pathBack(first.target(), start, out);
        if (path != null) {
          List<String> cycle = new ArrayList<>();
          cycle.add(start);
          cycle.addAll(path);
          String shown = String.join(" -> ", cycle);
          if (message == Message.LINEAGE_CYCLE) {
            report.add(Finding.of(message, first.from().declaration().model().locate(first.attribute()),
                first.attribute(), first.written(), shown));
          } else {
            report.add(Finding.of(message, first.from().declaration().model().locate(first.attribute()),
                first.written(), shown));
          }
          break;
        }
      }
    }
  }

  /** The ids from {@code from} to {@code goal} along the edges (both included), or null when none leads there. */
  private static List<String> pathBack(String from, String goal, Map<String, List<Edge>> out) {
    Map<String, String> previous = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(from);
    previous.put(from, null);
    while (!queue.isEmpty()) {
      String id = queue.poll();
      if (id.equals(goal)) {
        List<String> path = new ArrayList<>();
        for (String at = id; at != null; at = previous.get(at)) {
          path.add(0, at);
        }
        return path;
      }
      for (Edge edge : out.getOrDefault(id, List.of())) {
        if (!previous.containsKey(edge.target())) {
          previous.put(edge.target(), id);
          queue.add(edge.target());
        }
      }
    }
    return null;
  }
}
