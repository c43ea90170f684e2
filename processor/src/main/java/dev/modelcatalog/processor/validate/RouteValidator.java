package dev.modelcatalog.processor.validate;

import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.read.AnnotationDeclaration;
import dev.modelcatalog.processor.read.Location;
import dev.modelcatalog.runtime.InvalidRouteException;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.RouteRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;

/**
 * Checks the routes of one model ({@code @Route}) with the runtime's {@link RouteRules}: each route on its own
 * ({@link RouteRules#check}, through {@link Route.Builder#build()}), then the model's routes together
 * ({@link RouteRules#checkModelRoutes}: unknown platform, duplicate priority, a context window above the
 * model's). Each problem is reported on the {@code @Route} attribute at fault, with the rule's own code.
 *
 * <p>{@link #validateTargets} checks the routes of the whole compilation: a model string that is another model's
 * id, alias or family id, and two models served under one model string by one platform.
 */
public final class RouteValidator {

  /** The outcome: what was found, and the model with its routes when nothing of it is an error. */
  public record Result(Report report, Optional<ValidModel> model) {}

  private static final Pattern FIELD = Pattern.compile("routes\\[(\\d+)]\\.(\\w+)");

  /**
   * @param model a model that passed its own checks
   * @param declared the ids of the platforms its provider declares, those with errors included (their errors are
   *     reported on the platform, not again on each route to it)
   */
  public Result validate(ValidModel model, Set<String> declared) {
    Report report = new Report();
    List<AnnotationDeclaration> annotations = model.declaration().routes();
    if (annotations.isEmpty()) {
      return new Result(report, Optional.of(model));
    }
    Set<String> known = new TreeSet<>();
    Platform.builtIn().forEach(platform -> known.add(platform.id()));
    known.addAll(declared);
    List<Route> routes = new ArrayList<>();
    List<AnnotationDeclaration> built = new ArrayList<>();
    for (AnnotationDeclaration annotation : annotations) {
      try {
        routes.add(route(annotation, model.spec().id()).build());
        built.add(annotation);
      } catch (InvalidRouteException e) {
        for (Problem problem : e.problems()) {
          add(report, problem, problem.field(), annotation.locate(attribute(problem.field())));
        }
      } catch (AnnotationDeclaration.UnreadableValueException e) {
        return new Result(report, Optional.empty()); // javac reports the broken value itself
      }
    }
    for (Problem problem : RouteRules.checkModelRoutes(model.spec().definition(), routes, known::contains)) {
      Matcher m = FIELD.matcher(problem.field());
      Location at = m.matches() ? built.get(Integer.parseInt(m.group(1))).locate(m.group(2))
          : model.declaration().model().locate("id");
      add(report, problem, m.matches() ? m.group(2) : problem.field(), at);
    }
    if (!report.isClean()) {
      return new Result(report, Optional.empty());
    }
    return new Result(report, Optional.of(new ValidModel(model.declaration(), model.spec().withRoutes(routes))));
  }

  /** A builder holding what the annotation states; attributes left out keep the model's values. */
  private static Route.Builder route(AnnotationDeclaration route, String modelId) {
    Route.Builder builder = Route.builder(route.string("platform"))
        .model(modelId)
        .modelString(route.string("modelString"))
        .priority(route.integer("priority"))
        .status(RouteStatus.valueOf(route.enumName("status")))
        .endpoint(route.string("endpoint"));
    if (route.isWritten("inputPerMillion")) {
      builder.inputPerMillion(route.doubleValue("inputPerMillion"));
    }
    if (route.isWritten("outputPerMillion")) {
      builder.outputPerMillion(route.doubleValue("outputPerMillion"));
    }
    if (route.isWritten("contextWindow")) {
      builder.contextWindow(route.integer("contextWindow"));
    }
    if (route.isWritten("maxOutputTokens")) {
      builder.maxOutputTokens(route.integer("maxOutputTokens"));
    }
    return builder;
  }

  /** The {@code @Route} attribute of a field of {@link RouteRules#check}; {@code model} is the stub's id. */
  private static String attribute(String field) {
    return field.equals("model") ? "modelString" : field;
  }

  private static void add(Report report, Problem problem, String field, Location at) {
    Diagnostic.Kind kind = problem.isError() ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    report.add(new Finding(kind, problem.code(), "@Route " + field + ": " + problem.message(), at));
  }

  // ---------------------------------------------------------------------------------- compilation-wide

  /** One route as written, for the compilation-wide checks. */
  private record Target(ValidModel model, String platform, String modelString, Location location) {

    String owner() {
      return model.spec().qualifiedName();
    }
  }

  /**
   * Checks every route of the compilation against every model: a model string must not be another model's id
   * or alias (the route would send that model's name to a different model), and one platform must not serve
   * two models under the same model string. Models are in catalog order; each clash between two routes is
   * reported on both. The family id a snapshot answers to counts as its alias.
   */
  public Report validateTargets(List<ValidModel> models, List<SnapshotValidator.FamilyAlias> familyAliases) {
    Report report = new Report();
    Map<String, ValidModel> byName = new TreeMap<>();
    for (ValidModel model : models) {
      byName.putIfAbsent(model.spec().id(), model);
      model.spec().definition().aliases().forEach(alias -> byName.putIfAbsent(alias, model));
    }
    familyAliases.forEach(family -> byName.putIfAbsent(family.family(), family.model()));
    Map<String, List<Target>> byTarget = new TreeMap<>();
    for (ValidModel model : models) {
      for (AnnotationDeclaration route : model.declaration().routes()) {
        String written = route.string("modelString");
        String modelString = written.isEmpty() ? model.spec().id() : written;
        Target target = new Target(model, route.string("platform"), modelString,
            route.locate(written.isEmpty() ? "platform" : "modelString"));
        byTarget.computeIfAbsent(target.platform() + '\n' + modelString, k -> new ArrayList<>()).add(target);
        ValidModel other = byName.get(modelString);
        if (other != null && other != model) {
          String role = other.spec().id().equals(modelString) ? "the id"
              : other.spec().definition().aliases().contains(modelString) ? "an alias" : "the family id";
          report.add(Finding.of(Message.ROUTE_MODEL_STRING_CLASH, target.location(), model.spec().id(),
              target.platform(), modelString, role, other.spec().qualifiedName()));
        }
      }
    }
    for (List<Target> group : byTarget.values()) {
      for (Target target : group) {
        for (Target other : group) {
          if (other.model() != target.model()) {
            report.add(Finding.of(Message.DUPLICATE_ROUTE_TARGET, target.location(), target.platform(),
                target.modelString(), target.owner(), other.owner()));
            break;
          }
        }
      }
    }
    return report;
  }
}
