package dev.modelcatalog.processor.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.modelcatalog.processor.Names;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Imports a catalog file as annotated stub sources: one stub per real model, a {@code @Provider} package-info per
 * provider, and a report of everything not taken as is.
 *
 * <pre>{@code
 * ImportReport report = CatalogImporter.importFile(Path.of("models-dev.json"), Format.MODELS_DEV,
 *     Path.of("src/main/java"), ImportOptions.defaults().basePackage("com.example.models"));
 * System.out.println(report);   // ImportReport[models.dev: 687 entries, 422 models, 265 routes, ...]
 * }</pre>
 *
 * <p>The stages: the format's {@link SourceReader} maps entries onto this project's vocabulary; {@code
 * FactsChecker} fixes and reports what the catalog's rules would reject; {@code IdentityResolver} groups entries
 * of one real model, picking the canonical one and turning the rest into routes; the writers produce the sources
 * (JavaPoet) and the report. The output is deterministic: same input and options, same bytes.
 */
public final class CatalogImporter {

  private static final ClassName PROVIDER = ClassName.get("dev.modelcatalog.annotations", "Provider");

  private CatalogImporter() {}

  /**
   * Imports {@code source} and writes the stubs below {@code outputDir} (a source root: packages become
   * directories) and the report to {@code outputDir/}{@link ImportOptions#reportFileName()}.
   *
   * @throws CatalogFormatException when the source is not in the given format
   * @throws IOException when the source cannot be read or the output written
   */
  public static ImportReport importFile(Path source, Format format, Path outputDir, ImportOptions options)
      throws IOException {
    ImportResult result;
    try (InputStream in = Files.newInputStream(source)) {
      result = convert(in, format, options);
    }
    Files.createDirectories(outputDir);
    for (GeneratedSource file : result.sources()) {
      file.writeTo(outputDir);
    }
    Files.writeString(outputDir.resolve(options.reportFileName()), result.report().toMarkdown(),
        StandardCharsets.UTF_8);
    return result.report();
  }

  /**
   * Imports a catalog in memory: the sources and the report, nothing written.
   *
   * @throws CatalogFormatException when the source is not in the given format
   * @throws IOException when the source cannot be read
   */
  public static ImportResult convert(InputStream in, Format format, ImportOptions options) throws IOException {
    return format.convert(in, options);
  }

  /** The stages for a foreign format: check, identify, write. */
  static ImportResult convert(SourceCatalog catalog, Format format, ImportOptions options) {
    List<ReportLine> lines = new ArrayList<>(catalog.readerLines());
    FactsChecker checker = new FactsChecker(options.nowEpochSeconds());
    List<ModelFacts> checked = new ArrayList<>();
    Map<String, SourceProvider> providers = new TreeMap<>();
    for (SourceProvider provider : catalog.providers()) {
      providers.put(provider.id(), provider);
      for (SourceEntry entry : provider.entries()) {
        checker.check(entry, lines).ifPresent(facts -> {
          checked.add(facts);
          lines.addAll(facts.lines());
        });
      }
    }
    List<ImportedModel> models = IdentityResolver.resolve(checked, lines);
    Set<String> compactClashes = compactKeyClashes(models, lines);

    List<GeneratedSource> sources = new ArrayList<>();
    Map<String, String> stubs = new TreeMap<>();
    List<RouteRecord> routes = new ArrayList<>();
    Map<String, Set<String>> usedNames = new HashMap<>();
    Set<String> packagesWithStubs = new HashSet<>();
    for (ImportedModel model : models) {
      ModelFacts facts = model.canonical();
      String packageName = packageName(options, facts.provider());
      String className = className(facts, usedNames.computeIfAbsent(packageName, p -> new HashSet<>()), lines);
      List<RouteRecord> modelRoutes = RouteWriter.records(model);
      routes.addAll(modelRoutes);
      if (options.routes()) {
        for (RouteRecord route : modelRoutes) {
          if (!RouteWriter.builtInPlatform(route)) {
            lines.add(new ReportLine(route.platform(), route.modelString(), Category.PLATFORM, "the route of '"
                + facts.id() + "' through '" + RouteWriter.platform(route.platform()) + "' names no built-in"
                + " platform", "listed here, not written as @Route (declare the platform with @Platform to route"
                + " through it)"));
          }
        }
      }
      sources.add(StubWriter.write(packageName, className, model, format.displayName(), modelRoutes,
          options.routes(), compactClashes.contains(facts.id()) ? Set.of("compact-key-collision") : Set.of()));
      stubs.put(facts.id(), packageName + "." + className);
      packagesWithStubs.add(facts.provider());
    }
    for (String providerId : packagesWithStubs) {
      sources.add(packageInfo(options, providers.get(providerId), format, lines));
    }
    sources.sort(Comparator.comparing(GeneratedSource::qualifiedName));
    ImportReport report = new ImportReport(format.displayName(), catalog.entryCount(), stubs, routes,
        options.routes(), inSourceOrder(lines, catalog), catalog.fieldsNotImported());
    return new ImportResult(sources, report);
  }

  static String packageName(ImportOptions options, String providerId) {
    return options.basePackage() + "." + JavaNames.packageSegment(providerId);
  }

  /** A class name unused in the package, whose generated constant is unused too. */
  private static String className(ModelFacts facts, Set<String> used, List<ReportLine> lines) {
    return className(facts.provider(), facts.sourceId(), facts.id(), used, lines);
  }

  /** A class name for the model {@code id}, unused in the package; reported when derived or suffixed. */
  static String className(String provider, String sourceId, String id, Set<String> used, List<ReportLine> lines) {
    String base = JavaNames.className(id);
    String name = base;
    for (int n = 2; used.contains(name) || used.contains("constant:" + Names.constantName(name)); n++) {
      name = base + "_" + n;
    }
    if (!name.equals(base)) {
      lines.add(new ReportLine(provider, sourceId, Category.CLASS_NAME_CLASH, "the class name "
          + base + " (or its constant " + Names.constantName(base) + ") is taken by another model of the"
              + " provider", "class " + name + "; the id is kept"));
    } else if (!JavaNames.isJavaName(id)) {
      lines.add(new ReportLine(provider, sourceId, Category.CLASS_NAME_DERIVED, "the id is not"
          + " a Java name", "class " + name + "; the id is kept"));
    }
    used.add(name);
    used.add("constant:" + Names.constantName(name));
    return name;
  }

  static GeneratedSource packageInfo(ImportOptions options, SourceProvider provider, Format format,
      List<ReportLine> lines) {
    String packageName = packageName(options, provider.id());
    String segment = JavaNames.packageSegment(provider.id());
    if (!segment.equals(provider.id())) {
      lines.add(new ReportLine(provider.id(), "*", Category.PACKAGE_NAME_DERIVED, "the provider id is not a"
          + " Java package name", "package " + packageName + "; the provider id is kept"));
    }
    AnnotationSpec annotation = AnnotationSpec.builder(PROVIDER)
        .addMember("id", "$S", provider.id())
        .addMember("name", "$S", provider.name())
        .build();
    // JavaPoet writes types only, so the package-info is assembled here; the annotation is still JavaPoet's.
    String content = "/** Models served by " + Literals.javadoc(provider.name()) + ", imported from "
        + format.displayName() + ". See the import report for what was not taken as is. */\n"
        + annotation + "\n"
        + "package " + packageName + ";\n";
    return new GeneratedSource(packageName + ".package-info", content);
  }

  /** Lines ordered by their entry's position in the source; lines about one entry keep their order. */
  private static List<ReportLine> inSourceOrder(List<ReportLine> lines, SourceCatalog catalog) {
    Map<String, Integer> position = new HashMap<>();
    for (SourceProvider provider : catalog.providers()) {
      position.putIfAbsent(provider.id() + "/*", position.size());
      for (SourceEntry entry : provider.entries()) {
        position.putIfAbsent(entry.entry(), position.size());
      }
    }
    List<ReportLine> ordered = new ArrayList<>(lines);
    ordered.sort(Comparator.comparingInt(line -> position.getOrDefault(line.entry(), Integer.MAX_VALUE)));
    return ordered;
  }

  /**
   * Ids of canonical models whose compact key another canonical model shares although their normalized ids
   * differ ({@code claude-opus-4.1} and {@code claude-opus-41}): the processor warns that a query without
   * separators finds neither. Such pairs are kept as they are, reported, and the warning silenced on their stubs.
   */
  private static Set<String> compactKeyClashes(List<ImportedModel> models, List<ReportLine> lines) {
    Map<String, List<ModelFacts>> byCompactKey = new TreeMap<>();
    for (ImportedModel model : models) {
      byCompactKey.computeIfAbsent(dev.modelcatalog.runtime.Discovery.compactKey(model.canonical().id()),
          k -> new ArrayList<>()).add(model.canonical());
    }
    Set<String> clashing = new HashSet<>();
    for (Map.Entry<String, List<ModelFacts>> group : byCompactKey.entrySet()) {
      if (group.getValue().size() < 2) {
        continue;
      }
      for (ModelFacts facts : group.getValue()) {
        clashing.add(facts.id());
        String others = group.getValue().stream().filter(other -> other != facts).map(ModelFacts::id)
            .collect(java.util.stream.Collectors.joining("', '", "'", "'"));
        lines.add(new ReportLine(facts.provider(), facts.sourceId(), Category.COMPACT_KEY_COLLISION,
            "id '" + facts.id() + "' has the compact key '" + group.getKey() + "', as does " + others,
            "kept; a query without separators resolves to neither (warning silenced on the stub)"));
      }
    }
    return clashing;
  }
}
