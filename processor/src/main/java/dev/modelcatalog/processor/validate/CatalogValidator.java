package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.model.ModelSpec;
import dev.modelcatalog.processor.read.ClasspathCatalogs;
import dev.modelcatalog.processor.read.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that need every model of the compilation at once: duplicate ids, aliases that clash with another model's
 * id or alias, ids that normalize alike, generated constant names that clash, and ids already declared by a
 * catalog on the class path. A clash between two models is reported on both, each naming the other.
 *
 * <p>Each check is one method over the sorted models; add new catalog-wide rules the same way.
 */
public final class CatalogValidator {

  /** An id or alias of one model, where it was written. */
  private record Name(ValidModel model, String key, boolean alias, Location location) {

    String role() {
      return alias ? "an alias" : "the id";
    }

    String owner() {
      return model.spec().qualifiedName();
    }
  }

  public Report validate(List<ValidModel> models, List<ClasspathCatalogs.Key> classpath) {
    List<ValidModel> sorted = new ArrayList<>(models);
    sorted.sort((a, b) -> ModelSpec.ORDER.compare(a.spec(), b.spec()));
    Report report = new Report();
    Map<String, List<Name>> names = names(sorted);
    duplicateIds(names, report);
    aliasConflicts(names, report);
    normalizedIdCollisions(sorted, report);
    constantNameClashes(sorted, report);
    classpathDuplicates(names, classpath, report);
    return report;
  }

  /** Every id and alias, by key, in model order. */
  private static Map<String, List<Name>> names(List<ValidModel> models) {
    Map<String, List<Name>> names = new TreeMap<>();
    for (ValidModel model : models) {
      String id = model.spec().id();
      names.computeIfAbsent(id, k -> new ArrayList<>())
          .add(new Name(model, id, false, model.declaration().model().locate("id")));
      List<String> aliases = model.spec().definition().aliases();
      for (int i = 0; i < aliases.size(); i++) {
        names.computeIfAbsent(aliases.get(i), k -> new ArrayList<>())
            .add(new Name(model, aliases.get(i), true, model.declaration().model().locate("aliases", i)));
      }
    }
    return names;
  }

  private static void duplicateIds(Map<String, List<Name>> names, Report report) {
    for (List<Name> group : names.values()) {
      for (Name name : group) {
        if (name.alias()) {
          continue;
        }
        for (Name other : group) {
          if (!other.alias() && other.model() != name.model()) {
            report.add(Finding.of(Message.DUPLICATE_ID, name.location(), name.key(), other.owner()));
            break;
          }
        }
      }
    }
  }

  private static void aliasConflicts(Map<String, List<Name>> names, Report report) {
    for (List<Name> group : names.values()) {
      for (Name name : group) {
        for (Name other : group) {
          if (other.model() != name.model() && (name.alias() || other.alias())) {
            report.add(Finding.of(Message.ALIAS_CONFLICT, name.location(), name.key(), name.role(), name.owner(),
                other.role(), other.owner()));
            break;
          }
        }
      }
    }
  }

  private static void normalizedIdCollisions(List<ValidModel> models, Report report) {
    Map<String, List<ValidModel>> byNormalized = new HashMap<>();
    for (ValidModel model : models) {
      byNormalized.computeIfAbsent(model.spec().normalizedId(), k -> new ArrayList<>()).add(model);
    }
    for (ValidModel model : models) {
      for (ValidModel other : byNormalized.get(model.spec().normalizedId())) {
        if (!other.spec().id().equals(model.spec().id())) {
          report.add(Finding.of(Message.DUPLICATE_NORMALIZED_ID, model.declaration().model().locate("id"),
              model.spec().id(), model.spec().normalizedId(), other.spec().id(), other.spec().qualifiedName()));
          break;
        }
      }
    }
  }

  private static void constantNameClashes(List<ValidModel> models, Report report) {
    Map<String, ValidModel> byConstant = new HashMap<>();
    for (ValidModel model : models) {
      String key = model.declaration().provider().packageName() + "." + model.spec().constantName();
      ValidModel first = byConstant.putIfAbsent(key, model);
      if (first != null) {
        report.add(Finding.of(Message.CONSTANT_NAME_CLASH, new Location(model.spec().stub(), null, null),
            model.spec().constantName(), model.spec().qualifiedName(), first.spec().qualifiedName()));
        report.add(Finding.of(Message.CONSTANT_NAME_CLASH, new Location(first.spec().stub(), null, null),
            first.spec().constantName(), first.spec().qualifiedName(), model.spec().qualifiedName()));
      }
    }
  }

  private static void classpathDuplicates(Map<String, List<Name>> names, List<ClasspathCatalogs.Key> classpath,
      Report report) {
    for (ClasspathCatalogs.Key key : classpath) {
      boolean alias = key.kind().equals("alias");
      if (!alias && !key.kind().equals("id")) {
        continue;
      }
      for (Name name : names.getOrDefault(key.key(), List.of())) {
        report.add(Finding.of(Message.CLASSPATH_DUPLICATE_ID, name.location(), key.key(),
            alias ? "an alias" : "the id", key.modelId(), key.catalog()));
      }
    }
  }
}
