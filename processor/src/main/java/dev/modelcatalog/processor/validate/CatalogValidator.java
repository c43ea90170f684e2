package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.model.ModelSpec;
import dev.modelcatalog.processor.read.AnnotationDeclaration;
import dev.modelcatalog.processor.read.ClasspathCatalogs;
import dev.modelcatalog.processor.read.Location;
import dev.modelcatalog.processor.read.ModelDeclaration;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Checks that need every model of the compilation at once: duplicate ids, aliases that clash with another model's
 * id or alias, ids that normalize alike, generated constant names that clash, and ids already declared by a
 * catalog on the class path. A clash between two models is reported on both, each naming the other.
 *
 * <p>The family id a snapshot answers to is checked like an alias of that snapshot, except where
 * {@link SnapshotValidator} reports it as {@code family-id-clash}: equal to another name, or normalizing like
 * another model's id.
 *
 * <p>Models that failed their own checks take part in the exact checks (duplicate ids, alias conflicts, names
 * taken on the class path) with the id and aliases as written that pass the id syntax, so a clash with one of
 * them shows in the same build as its own errors, not in the build after they are fixed. The checks on derived
 * forms need a valid model and leave them out.
 *
 * <p>Each check is one method over the sorted models; add new catalog-wide rules the same way.
 */
public final class CatalogValidator {

  /** What a name is to its model. */
  private enum Kind {
    ID("the id"), ALIAS("an alias"), FAMILY("the family id");

    private final String role;

    Kind(String role) {
      this.role = role;
    }
  }

  /**
   * An id, alias or family id of one model, where it was written; {@code model} is what tells models apart (the
   * valid model, or the declaration of one that failed its own checks).
   */
  private record Name(Object model, String owner, String key, Kind kind, Location location) {

    boolean alias() {
      return kind != Kind.ID;
    }

    String role() {
      return kind.role;
    }
  }

  /**
   * @param models the models of the compilation
   * @param familyAliases the family ids the snapshots among them answer to
   * @param classpath the keys of the catalogs on the class path
   * @param rejected the models of the compilation that failed their own checks
   */
  public Report validate(List<ValidModel> models, List<SnapshotValidator.FamilyAlias> familyAliases,
      List<ClasspathCatalogs.Key> classpath, List<ModelDeclaration> rejected) {
    List<ValidModel> sorted = new ArrayList<>(models);
    sorted.sort((a, b) -> ModelSpec.ORDER.compare(a.spec(), b.spec()));
    Report report = new Report();
    Map<String, List<Name>> names = names(sorted, familyAliases);
    Map<String, List<Name>> exact = withRejected(names, rejected);
    duplicateIds(exact, report);
    aliasConflicts(exact, report);
    normalizedIdCollisions(sorted, report);
    constantNameClashes(sorted, report);
    classpathDuplicates(exact, classpath, report);
    normalizedKeyCollisions(names, report);
    compactKeyCollisions(names, report);
    classpathKeyCollisions(names, classpath, report);
    return report;
  }

  /** Every id and alias, by key, in model order, then the family ids. */
  private static Map<String, List<Name>> names(List<ValidModel> models,
      List<SnapshotValidator.FamilyAlias> familyAliases) {
    Map<String, List<Name>> names = new TreeMap<>();
    for (ValidModel model : models) {
      String id = model.spec().id();
      String owner = model.spec().qualifiedName();
      names.computeIfAbsent(id, k -> new ArrayList<>())
          .add(new Name(model, owner, id, Kind.ID, model.declaration().model().locate("id")));
      List<String> aliases = model.spec().definition().aliases();
      for (int i = 0; i < aliases.size(); i++) {
        names.computeIfAbsent(aliases.get(i), k -> new ArrayList<>()).add(new Name(model, owner, aliases.get(i),
            Kind.ALIAS, model.declaration().model().locate("aliases", i)));
      }
    }
    for (SnapshotValidator.FamilyAlias family : familyAliases) {
      names.computeIfAbsent(family.family(), k -> new ArrayList<>()).add(new Name(family.model(),
          family.model().spec().qualifiedName(), family.family(), Kind.FAMILY, family.location()));
    }
    return names;
  }

  /**
   * The names, and after them the id and aliases of each rejected model as written, where they can be read and
   * pass the id syntax.
   */
  private static Map<String, List<Name>> withRejected(Map<String, List<Name>> names, List<ModelDeclaration> rejected) {
    if (rejected.isEmpty()) {
      return names; // the usual case: nothing to add, so no copy of every name
    }
    Map<String, List<Name>> all = new TreeMap<>();
    names.forEach((key, group) -> all.put(key, new ArrayList<>(group)));
    List<ModelDeclaration> sorted = new ArrayList<>(rejected);
    sorted.sort(Comparator.comparing(ModelDeclaration::qualifiedName));
    for (ModelDeclaration declaration : sorted) {
      List<Name> own = new ArrayList<>();
      try {
        AnnotationDeclaration model = declaration.model();
        own.add(new Name(declaration, declaration.qualifiedName(), model.string("id"), Kind.ID, model.locate("id")));
        List<String> aliases = model.strings("aliases");
        for (int i = 0; i < aliases.size(); i++) {
          own.add(new Name(declaration, declaration.qualifiedName(), aliases.get(i), Kind.ALIAS,
              model.locate("aliases", i)));
        }
      } catch (RuntimeException unreadable) {
        continue; // javac reports the broken value itself
      }
      for (Name name : own) {
        // A name the id syntax refuses is no lookup key, and its own error already says so.
        if (name.key() != null && ModelRules.checkIdSyntax("id", name.key()).isEmpty()) {
          all.computeIfAbsent(name.key(), k -> new ArrayList<>()).add(name);
        }
      }
    }
    return all;
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
          if (other.model() != name.model() && (name.alias() || other.alias())
              && name.kind() != Kind.FAMILY && other.kind() != Kind.FAMILY) { // else a family-id-clash
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

  /** One error on each stub whose id constant another stub of its catalog would get too, naming one of them. */
  private static void constantNameClashes(List<ValidModel> models, Report report) {
    Map<String, List<ValidModel>> byConstant = new HashMap<>();
    for (ValidModel model : models) {
      byConstant.computeIfAbsent(constantKey(model), k -> new ArrayList<>()).add(model);
    }
    for (ValidModel model : models) {
      List<ValidModel> sharing = byConstant.get(constantKey(model));
      if (sharing.size() > 1) {
        ValidModel other = sharing.get(sharing.get(0) == model ? 1 : 0);
        report.add(Finding.of(Message.CONSTANT_NAME_CLASH, new Location(model.spec().stub(), null, null),
            model.spec().constantName(), model.spec().qualifiedName(), other.spec().qualifiedName()));
      }
    }
  }

  private static String constantKey(ValidModel model) {
    return model.declaration().provider().packageName() + "." + model.spec().constantName();
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

  // ------------------------------------------------------------- compile-time validation: lookup-key collisions

  /**
   * Two models whose names (ids or aliases) differ but normalize alike: lookups by the normalized form would be
   * ambiguous. Two ids are {@code duplicate-normalized-id}; here at least one side is an alias.
   */
  private static void normalizedKeyCollisions(Map<String, List<Name>> names, Report report) {
    collisions(names, Discovery::normalizeModelId, Message.NORMALIZED_KEY_COLLISION, true, report);
  }

  /** Two models whose names have the same compact key but different normalized forms (a warning). */
  private static void compactKeyCollisions(Map<String, List<Name>> names, Report report) {
    collisions(names, Discovery::compactKey, Message.COMPACT_KEY_COLLISION, false, report);
  }

  private static void collisions(Map<String, List<Name>> names, UnaryOperator<String> form,
      Message message, boolean normalized, Report report) {
    Map<String, List<Name>> byForm = new TreeMap<>();
    for (List<Name> group : names.values()) {
      for (Name name : group) {
        byForm.computeIfAbsent(form.apply(name.key()), k -> new ArrayList<>()).add(name);
      }
    }
    for (Map.Entry<String, List<Name>> entry : byForm.entrySet()) {
      if (entry.getKey().isEmpty()) {
        continue;
      }
      for (Name name : entry.getValue()) {
        for (Name other : entry.getValue()) {
          if (other.model() == name.model() || other.key().equals(name.key())) {
            continue; // the same model, or an exact clash reported as duplicate-id or alias-conflict
          }
          boolean bothIds = !name.alias() && !other.alias();
          boolean familyAndId = name.kind() == Kind.FAMILY && other.kind() == Kind.ID
              || name.kind() == Kind.ID && other.kind() == Kind.FAMILY;
          boolean sameNormalized = Discovery.normalizeModelId(name.key())
              .equals(Discovery.normalizeModelId(other.key()));
          if (normalized ? bothIds || familyAndId : sameNormalized) {
            continue; // reported as duplicate-normalized-id or family-id-clash, or as a normalized collision
          }
          report.add(Finding.of(message, name.location(), name.role(), name.key(), entry.getKey(), other.role(),
              other.key(), other.owner()));
          break;
        }
      }
    }
  }

  /**
   * A name whose normalized form (an error) or compact key (a warning) is already a key of a class-path model,
   * unless the very name is, which {@code classpath-duplicate-id} reports.
   */
  private static void classpathKeyCollisions(Map<String, List<Name>> names, List<ClasspathCatalogs.Key> classpath,
      Report report) {
    if (classpath.isEmpty()) {
      return;
    }
    Set<String> exact = new HashSet<>();
    Map<String, ClasspathCatalogs.Key> normalized = new HashMap<>();
    Map<String, ClasspathCatalogs.Key> compact = new HashMap<>();
    for (ClasspathCatalogs.Key key : classpath) {
      switch (key.kind()) {
        case "id", "alias" -> exact.add(key.key());
        case "normalized" -> normalized.putIfAbsent(key.key(), key);
        case "compact" -> compact.putIfAbsent(key.key(), key);
        default -> { }
      }
    }
    for (List<Name> group : names.values()) {
      for (Name name : group) {
        if (exact.contains(name.key())) {
          continue;
        }
        String normalizedKey = Discovery.normalizeModelId(name.key());
        String compactKey = Discovery.compactKey(name.key());
        ClasspathCatalogs.Key clash = normalized.get(normalizedKey);
        if (clash != null) {
          report.add(Finding.of(Message.CLASSPATH_NORMALIZED_COLLISION, name.location(), name.role(), name.key(),
              normalizedKey, clash.modelId(), clash.catalog()));
        } else if ((clash = compact.get(compactKey)) != null) {
          report.add(Finding.of(Message.CLASSPATH_COMPACT_COLLISION, name.location(), name.role(), name.key(),
              compactKey, clash.modelId(), clash.catalog()));
        }
      }
    }
  }
}
