package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.read.AnnotationDeclaration;
import dev.modelcatalog.processor.read.Location;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelRules;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.Snapshot;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;

/**
 * Checks the dated snapshots of the compilation ({@code @Snapshot}) family by family, and, when nothing is
 * wrong, turns each snapshot stub's spec into a snapshot, the latest of each family answering to the family id:
 *
 * <ul>
 *   <li>the date is a {@code YYYY-MM-DD} calendar date and the family id follows the id rules;
 *   <li>no two snapshots of a family share a date (reported on both, each naming the other);
 *   <li>exactly one snapshot of a family is marked latest, and it has the newest date;
 *   <li>the family id is no other model's id or alias, and does not normalize like another model's id;
 *   <li>all snapshots of a family are in one provider package.
 * </ul>
 *
 * <p>The family id becomes an alias of the latest snapshot only after these checks, so the catalog-wide checks of
 * names (normalized and compact keys, the class path, route model strings, references) would never see it: the
 * result names each {@link FamilyAlias} for them to check like an alias the author wrote.
 */
public final class SnapshotValidator {

  /**
   * The outcome: what was found; every model, snapshots marked, when nothing of it is an error; and the family
   * ids the snapshots will answer to, whether or not anything is an error, so they can be checked as aliases.
   */
  public record Result(Report report, List<ValidModel> models, List<FamilyAlias> familyAliases) {}

  /**
   * A family id the latest snapshot of the family (the newest if none is marked) answers to as an alias, where
   * the author did not write it among the stub's aliases; reported on the {@code family} attribute.
   */
  public record FamilyAlias(ValidModel model, String family, Location location) {}

  /** One {@code @Snapshot} as written. */
  private record Member(ValidModel model, AnnotationDeclaration annotation, String family, LocalDate date,
      boolean latest) {

    String owner() {
      return model.spec().qualifiedName();
    }

    String packageName() {
      return model.declaration().provider().packageName();
    }
  }

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** @param models the models of the compilation, in catalog order */
  public Result validate(List<ValidModel> models) {
    Report report = new Report();
    List<FamilyAlias> familyAliases = new ArrayList<>();
    Map<String, List<Member>> families = new TreeMap<>();
    for (ValidModel model : models) {
      model.declaration().snapshot().ifPresent(annotation -> read(model, annotation, report)
          .ifPresent(member -> families.computeIfAbsent(member.family(), k -> new ArrayList<>()).add(member)));
    }
    Map<String, Member> latestByStub = new TreeMap<>();
    Map<String, Snapshot> snapshotByStub = new TreeMap<>();
    for (Map.Entry<String, List<Member>> family : families.entrySet()) {
      List<Member> members = family.getValue();
      members.sort((a, b) -> a.date().compareTo(b.date()));
      duplicateDates(members, report);
      Member latest = latest(family.getKey(), members, report);
      sameProvider(members, report);
      Member holder = latest != null ? latest : members.get(members.size() - 1);
      familyClashes(family.getKey(), holder, models, report);
      if (!holder.model().spec().definition().aliases().contains(family.getKey())) {
        familyAliases.add(new FamilyAlias(holder.model(), family.getKey(), holder.annotation().locate("family")));
      }
      for (Member member : members) {
        snapshotByStub.put(member.owner(), new Snapshot(member.family(), member.model().spec().id(),
            member.date()));
        if (member == latest) {
          latestByStub.put(member.owner(), member);
        }
      }
    }
    if (!report.isClean()) {
      return new Result(report, List.of(), List.copyOf(familyAliases));
    }
    List<ValidModel> marked = new ArrayList<>();
    for (ValidModel model : models) {
      Snapshot snapshot = snapshotByStub.get(model.spec().qualifiedName());
      marked.add(snapshot == null ? model : new ValidModel(model.declaration(),
          model.spec().asSnapshot(snapshot, latestByStub.containsKey(model.spec().qualifiedName()))));
    }
    return new Result(report, List.copyOf(marked), List.copyOf(familyAliases));
  }

  /** The snapshot of one stub, or empty after reporting a bad date or family id. */
  private static Optional<Member> read(ValidModel model, AnnotationDeclaration annotation,
      Report report) {
    String family;
    String date;
    boolean latest;
    try {
      family = annotation.string("family");
      date = annotation.string("date");
      latest = annotation.bool("latest");
    } catch (AnnotationDeclaration.UnreadableValueException e) {
      return Optional.empty(); // javac reports the broken value itself
    }
    boolean valid = true;
    for (Problem problem : ModelRules.checkIdSyntax("family", family)) {
      report.add(new Finding(problem.isError() ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING, problem.code(),
          "@Snapshot family: " + problem.message(), annotation.locate("family")));
      valid &= !problem.isError();
    }
    LocalDate day = null;
    if (DATE.matcher(date).matches()) {
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        day = null;
      }
    }
    if (day == null) {
      report.add(Finding.of(Message.SNAPSHOT_DATE_INVALID, annotation.locate("date"), date));
      valid = false;
    }
    return valid ? Optional.of(new Member(model, annotation, family, day, latest))
        : Optional.empty();
  }

  private static void duplicateDates(List<Member> members, Report report) {
    for (Member member : members) {
      for (Member other : members) {
        if (other != member && other.date().equals(member.date())) {
          report.add(Finding.of(Message.DUPLICATE_SNAPSHOT_DATE, member.annotation().locate("date"),
              member.family(), member.date(), other.owner()));
          break;
        }
      }
    }
  }

  /** The one snapshot marked latest, after reporting none, several, or one that is not the newest. */
  private static Member latest(String family, List<Member> members, Report report) {
    List<Member> marked = members.stream().filter(Member::latest).toList();
    Member newest = members.get(members.size() - 1);
    if (marked.isEmpty()) {
      report.add(Finding.of(Message.SNAPSHOT_NO_LATEST, newest.annotation().locate("family"), family,
          newest.owner()));
      return null;
    }
    if (marked.size() > 1) {
      for (Member member : marked) {
        Member other = marked.get(marked.get(0) == member ? 1 : 0);
        report.add(Finding.of(Message.SNAPSHOT_MANY_LATEST, member.annotation().locate("latest"), family,
            other.owner()));
      }
      return null;
    }
    Member latest = marked.get(0);
    if (latest.date().isBefore(newest.date())) {
      report.add(Finding.of(Message.SNAPSHOT_LATEST_NOT_NEWEST, latest.annotation().locate("latest"),
          latest.owner(), family, newest.owner(), newest.date()));
      return null;
    }
    return latest;
  }

  private static void sameProvider(List<Member> members, Report report) {
    Member first = members.get(0);
    for (Member member : members) {
      if (!member.packageName().equals(first.packageName())) {
        report.add(Finding.of(Message.SNAPSHOT_FAMILY_SPLIT, member.annotation().locate("family"),
            member.family(), first.owner(), first.packageName()));
        report.add(Finding.of(Message.SNAPSHOT_FAMILY_SPLIT, first.annotation().locate("family"),
            first.family(), member.owner(), member.packageName()));
        return;
      }
    }
  }

  /**
   * The family id against every model: reported on the family of {@code holder} (the latest snapshot, which
   * takes the family id as an alias) and on the other model's attribute, each naming the other.
   */
  private static void clash(Report report, Location family, Location other, String id, Member holder,
      String verb, String role, ValidModel model) {
    Object[] args = {id, holder.owner(), verb, role, model.spec().qualifiedName()};
    report.add(Finding.of(Message.FAMILY_ID_CLASH, family, args));
    if (model != holder.model()) {
      report.add(Finding.of(Message.FAMILY_ID_CLASH, other, args));
    }
  }

  private static void familyClashes(String family, Member holder, List<ValidModel> models, Report report) {
    Location at = holder.annotation().locate("family");
    String normalized = Discovery.normalizeModelId(family);
    for (ValidModel model : models) {
      List<String> aliases = model.spec().definition().aliases();
      int alias = aliases.indexOf(family);
      if (model.spec().id().equals(family)) {
        clash(report, at, model.declaration().model().locate("id"), family, holder, "is", "the id", model);
      } else if (alias >= 0 && model != holder.model()) {
        clash(report, at, model.declaration().model().locate("aliases", alias), family, holder, "is", "an alias",
            model);
      } else if (model.spec().normalizedId().equals(normalized)) {
        clash(report, at, model.declaration().model().locate("id"), family, holder, "normalizes like", "the id",
            model);
      }
    }
  }
}
