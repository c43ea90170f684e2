package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.processor.importer.CatalogImporter;
import dev.modelcatalog.processor.importer.Category;
import dev.modelcatalog.processor.importer.Format;
import dev.modelcatalog.processor.importer.GeneratedSource;
import dev.modelcatalog.processor.importer.ImportOptions;
import dev.modelcatalog.processor.importer.ImportResult;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's own export, round trip: a built-in-like catalog ({@link ExportFixtures}) is exported with
 * {@link ModelJson}, imported, compiled by the processor in memory, and loaded; every definition equals the
 * original ({@link ModelDefinition#equals}), and the {@code @Route} annotations written on the stubs, read back
 * from the compiled sources, equal the original routes.
 */
class ModelJsonRoundTripTest {

  private static ImportResult result;
  private static Compilation compilation;
  private static ModelRegistry registry;
  private static final RouteCollector ROUTES = new RouteCollector();

  @BeforeAll
  static void exportImportCompileAndLoad() throws Exception {
    Map<String, List<Route>> routes = ExportFixtures.routes();
    String export = ModelJson.writePretty(ModelJson.list(ExportFixtures.all(),
        model -> ModelJson.toDetailedJson(model, routes.getOrDefault(model.id(), List.of()))));
    result = CatalogImporter.convert(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)),
        Format.MODEL_JSON, ImportOptions.defaults().routes(true));
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedSource source : result.sources()) {
      sources.add(JavaFileObjects.forSourceString(source.qualifiedName(), source.content()));
    }
    compilation = Compiler.javac().withProcessors(new CatalogProcessor(), ROUTES)
        .withOptions(Compilations.STRICT_OPTIONS).compile(sources);
    registry = ModelRegistry.builder().addClassPathCatalogs(new GeneratedClassLoader(compilation))
        .autoCreate(false).build();
  }

  @Test
  void fixture_isVariedEnough() {
    assertTrue(ExportFixtures.all().size() >= 20);
    Set<String> providers = new HashSet<>();
    ExportFixtures.all().forEach(m -> providers.add(m.provider().orElseThrow()));
    assertEquals(7, providers.size());
  }

  @Test
  void generatedStubs_compileWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void everyDefinition_equalsTheOriginal() {
    List<String> differences = new ArrayList<>();
    for (ModelDefinition original : ExportFixtures.all()) {
      ModelDefinition imported = registry.find(original.id()).orElse(null);
      if (!original.equals(imported)) {
        differences.add(original.id() + ": expected " + describe(original) + "\n  but was " + describe(imported));
      }
    }
    assertEquals(List.of(), differences);
    assertEquals(ExportFixtures.all().size(), registry.size());
  }

  @Test
  void routesWrittenOnTheStubs_equalTheOriginals() {
    assertEquals(new TreeMap<>(ExportFixtures.routes()), ROUTES.routes);
    assertEquals(8, result.report().routes().size());
  }

  @Test
  void report_explainsTheSilencedWarningAndTheDerivedClassNames() {
    assertEquals(List.of("gpt-4"), result.report().lines(Category.RULE_WARNING).stream()
        .map(line -> line.sourceId()).toList());
    assertEquals(List.of(), result.report().lines(Category.INVALID_DOCUMENT));
    assertEquals(List.of(), result.report().lines(Category.PROVIDER));
    assertEquals(List.of(), result.report().lines(Category.PLATFORM));
    assertTrue(result.report().lines(Category.CLASS_NAME_DERIVED).stream()
        .anyMatch(line -> line.sourceId().equals("ft:llama-3.1-8b:acme:support:v2")));
    assertEquals(ExportFixtures.all().size(), result.report().sourceEntries());
    assertEquals(ExportFixtures.all().size(), result.report().stubs().size());
  }

  private static String describe(ModelDefinition m) {
    return m == null ? "missing" : m + " " + ModelJson.write(ModelJson.toDetailedJson(m));
  }

  /**
   * Reads the {@code @Route} annotations the stubs declare, attribute by attribute as written, into runtime
   * routes; the processor under test does not read them yet, so this stands in for it.
   */
  static final class RouteCollector extends AbstractProcessor {
    final Map<String, List<Route>> routes = new TreeMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.modelcatalog.annotations.Model");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        for (Element stub : round.getElementsAnnotatedWith(annotation)) {
          String id = null;
          for (AnnotationMirror mirror : stub.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().toString().equals("dev.modelcatalog.annotations.Model")) {
              id = (String) value(mirror, "id");
            }
          }
          List<Route> found = new ArrayList<>();
          for (AnnotationMirror mirror : stub.getAnnotationMirrors()) {
            String type = mirror.getAnnotationType().toString();
            if (type.equals("dev.modelcatalog.annotations.Routes")) {
              for (Object inner : (List<?>) value(mirror, "value")) {
                found.add(route((AnnotationMirror) ((AnnotationValue) inner).getValue(), id));
              }
            } else if (type.equals("dev.modelcatalog.annotations.Route")) {
              found.add(route(mirror, id));
            }
          }
          if (!found.isEmpty()) {
            routes.put(id, found);
          }
        }
      }
      return false;
    }

    private static Route route(AnnotationMirror mirror, String model) {
      Route.Builder b = Route.builder((String) value(mirror, "platform")).model(model);
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
          : mirror.getElementValues().entrySet()) {
        Object v = e.getValue().getValue();
        switch (e.getKey().getSimpleName().toString()) {
          case "modelString" -> b.modelString((String) v);
          case "priority" -> b.priority((Integer) v);
          case "status" -> b.status(RouteStatus.valueOf(((VariableElement) v).getSimpleName().toString()));
          case "inputPerMillion" -> b.inputPerMillion((Double) v);
          case "outputPerMillion" -> b.outputPerMillion((Double) v);
          case "contextWindow" -> b.contextWindow((Integer) v);
          case "maxOutputTokens" -> b.maxOutputTokens((Integer) v);
          case "endpoint" -> b.endpoint((String) v);
          default -> { }
        }
      }
      return b.build();
    }

    private static Object value(AnnotationMirror mirror, String name) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
          : mirror.getElementValues().entrySet()) {
        if (e.getKey().getSimpleName().contentEquals(name)) {
          return e.getValue().getValue();
        }
      }
      return null;
    }
  }
}
