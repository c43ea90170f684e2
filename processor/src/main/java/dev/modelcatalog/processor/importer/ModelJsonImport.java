package dev.modelcatalog.processor.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.RouteRules;
import dev.modelcatalog.runtime.json.InvalidCatalogDocumentException;
import dev.modelcatalog.runtime.json.ModelDocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports this project's own JSON export ({@link Format#MODEL_JSON}). The document is read and checked by the
 * runtime's {@link ModelDocumentReader}, the one reader of the format, with the same rules the processor applies,
 * so its models are written as declared: one stub per model in its provider's package, with every field of the
 * definition, and its routes. What a stub cannot take as is goes to the report:
 *
 * <ul>
 *   <li>an invalid document: one {@code invalid-document} line per problem, under its JSON path; nothing is
 *       written;</li>
 *   <li>a model without a provider (registered at run time): placed in its owner's package ({@code provider});</li>
 *   <li>rule warnings (deprecated without replacement, cached price above input...): kept, silenced in the stub
 *       ({@code rule-warning});</li>
 *   <li>routes through platforms that are not built in ({@code platform});</li>
 *   <li>class and package names derived from ids, as for every format.</li>
 * </ul>
 */
final class ModelJsonImport {

  /** The model part of a JSON path: {@code $[3]}, {@code $.data[3]}, {@code $.models[3]}. */
  private static final Pattern MODEL_PATH = Pattern.compile("^\\$(\\.data|\\.models)?\\[(\\d+)]");
  /** Provider used when neither the provider nor the owner is a valid provider id. */
  static final String FALLBACK_PROVIDER = ModelDefinition.DEFAULT_OWNER;

  private ModelJsonImport() {}

  static ImportResult convert(InputStream in, Format format, ImportOptions options) throws IOException {
    String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    ModelDocumentReader.Document document;
    try {
      document = ModelDocumentReader.readWithRoutes(json, format.displayName());
    } catch (InvalidCatalogDocumentException e) {
      return rejected(json, e, format, options);
    }
    List<ModelDefinition> models = new ArrayList<>(document.models());
    models.sort(Comparator.comparing((ModelDefinition m) -> Discovery.normalizeModelId(m.id()))
        .thenComparing(ModelDefinition::id));
    List<ReportLine> lines = new ArrayList<>();
    List<GeneratedSource> sources = new ArrayList<>();
    Map<String, String> stubs = new TreeMap<>();
    List<RouteRecord> routes = new ArrayList<>();
    Map<String, Set<String>> usedNames = new HashMap<>();
    Set<String> providers = new HashSet<>();
    for (ModelDefinition model : models) {
      List<ReportLine> modelLines = new ArrayList<>();
      String provider = provider(model, modelLines);
      String packageName = CatalogImporter.packageName(options, provider);
      String className = CatalogImporter.className(provider, model.id(), model.id(),
          usedNames.computeIfAbsent(packageName, p -> new HashSet<>()), modelLines);
      Set<String> suppressed = warnings(model, provider, modelLines);
      List<RouteRecord> modelRoutes = routes(model, provider, document.routesOf(model.id()), options.routes(),
          modelLines);
      routes.addAll(modelRoutes);
      sources.add(DefinitionStubWriter.write(packageName, className, provider, model, format.displayName(),
          modelRoutes, options.routes(), suppressed, stubLines(modelLines)));
      stubs.put(model.id(), packageName + "." + className);
      providers.add(provider);
      lines.addAll(modelLines);
    }
    for (String provider : providers) {
      sources.add(CatalogImporter.packageInfo(options, new SourceProvider(provider, provider, List.of()), format,
          lines));
    }
    sources.sort(Comparator.comparing(GeneratedSource::qualifiedName));
    ImportReport report = new ImportReport(format.displayName(), models.size(), stubs, routes, options.routes(),
        lines, Map.of());
    return new ImportResult(sources, report);
  }

  /** The stub's provider: the model's, else its owner's; reported when it is not the model's own. */
  private static String provider(ModelDefinition model, List<ReportLine> lines) {
    Optional<String> stated = model.provider();
    if (stated.isPresent() && isProviderId(stated.get())) {
      return stated.get();
    }
    String provider = isProviderId(model.ownedBy()) ? model.ownedBy() : FALLBACK_PROVIDER;
    String reason = stated.isPresent()
        ? "the provider '" + stated.get() + "' is not a provider id (lower-case letters, digits and -_.)"
        : "the export states no provider (a model registered at run time, not declared in a catalog)";
    lines.add(new ReportLine(provider, model.id(), Category.PROVIDER, reason, "declared in the package of provider"
        + " '" + provider + "'" + (provider.equals(model.ownedBy()) ? ", its owner" : "") + "; the compiled"
        + " definition's provider is '" + provider + "'"));
    return provider;
  }

  /** The codes of the rule warnings about the model, each with a report line; the stub silences them. */
  private static Set<String> warnings(ModelDefinition model, String provider, List<ReportLine> lines) {
    Set<String> codes = new LinkedHashSet<>();
    for (Problem problem : model.toBuilder().problems()) {
      if (!problem.isError() && codes.add(problem.code())) {
        lines.add(new ReportLine(provider, model.id(), Category.RULE_WARNING, problem.field() + ": "
            + problem.message(), "taken as is; the stub silences the processor's '" + problem.code()
                + "' warning"));
      }
    }
    return codes;
  }

  private static List<RouteRecord> routes(ModelDefinition model, String provider, List<Route> routes,
      boolean written, List<ReportLine> lines) {
    Set<String> builtIn = new HashSet<>();
    for (Platform platform : Platform.builtIn()) {
      builtIn.add(platform.id());
    }
    List<RouteRecord> records = new ArrayList<>();
    for (Route route : routes) {
      records.add(new RouteRecord(model.id(), route.platform(), route.modelString(), route.priority(),
          route.inputPerMillion(), route.outputPerMillion(), route.contextWindow().orElse(0),
          route.maxOutputTokens().orElse(0), Optional.of(route.status().name().toLowerCase(Locale.ROOT)),
          route.endpoint()));
      if (!builtIn.contains(route.platform())) {
        lines.add(new ReportLine(provider, model.id(), Category.PLATFORM, "the route through '" + route.platform()
            + "' (model string '" + route.modelString() + "') names a platform that is not built in",
            written ? "written as is; declare the platform with @Platform in a provider's package-info where the"
                + " stubs are compiled" : "listed in the report with the other routes"));
      }
    }
    return records;
  }

  /** The lines a stub's Javadoc repeats: all but the routine class-name derivation. */
  private static List<ReportLine> stubLines(List<ReportLine> lines) {
    List<ReportLine> kept = new ArrayList<>();
    for (ReportLine line : lines) {
      if (line.category() != Category.CLASS_NAME_DERIVED) {
        kept.add(line);
      }
    }
    return kept;
  }

  /** The report of a rejected document: every problem under its JSON path, nothing written. */
  private static ImportResult rejected(String json, InvalidCatalogDocumentException e, Format format,
      ImportOptions options) {
    JsonNode root = tree(json);
    JsonNode array = root == null ? null : root.isArray() ? root : root.has("data") ? root.get("data")
        : root.get("models");
    List<ReportLine> lines = new ArrayList<>();
    for (Problem problem : e.problems()) {
      Matcher path = MODEL_PATH.matcher(problem.field());
      boolean inModel = path.find();
      JsonNode model = inModel && array != null && array.isArray()
          ? array.get(Integer.parseInt(path.group(2))) : null;
      String provider = text(model, "provider", text(model, "owned_by", "*"));
      String id = text(model, "id", inModel ? path.group() : "$");
      lines.add(new ReportLine(provider, id, Category.INVALID_DOCUMENT, "[" + problem.code() + "] "
          + problem.field() + " " + problem.message(), "nothing imported: the document is rejected as a whole"));
    }
    int entries = array != null && array.isArray() ? array.size() : 0;
    ImportReport report = new ImportReport(format.displayName(), entries, Map.of(), List.of(), options.routes(),
        lines, Map.of());
    return new ImportResult(List.of(), report);
  }

  // Only to name the entries of the report's lines; the document itself is read by ModelDocumentReader.
  private static JsonNode tree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String field, String otherwise) {
    return node != null && node.path(field).isTextual() ? node.get(field).asText() : otherwise;
  }

  /** Whether the id may name a {@code @Provider}: the processor's rule, which platform ids follow too. */
  private static boolean isProviderId(String id) {
    return RouteRules.isPlatformId(id);
  }
}
