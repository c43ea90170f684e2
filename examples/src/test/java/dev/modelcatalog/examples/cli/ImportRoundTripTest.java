package dev.modelcatalog.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.processor.CatalogProcessor;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.File;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import command end to end: a models.dev excerpt imported as stubs, the stubs compiled with the annotation
 * processor, the generated catalogs loaded by a registry, which then finds every imported model.
 */
class ImportRoundTripTest {

  @TempDir Path dir;

  @Test
  void importedStubs_compileWithTheProcessor_andTheRegistryFindsEveryModel() throws Exception {
    Path source = Path.of(ImportRoundTripTest.class.getResource("/import/models-dev-small.json").toURI());
    Path sources = dir.resolve("src");
    CliRunner run = CliRunner.run(SampleCatalog::registry, "import", source.toString(), "--output",
        sources.toString(), "--package", "com.example.imported", "--routes", "--now", "1767225600", "--json");
    assertEquals(0, run.status(), run.err());
    JsonNode summary = RegistryJson.MAPPER.readTree(run.out());

    Path classes = Files.createDirectories(dir.resolve("classes"));
    compile(sources, classes);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ImportRoundTripTest.class.getClassLoader())) {
      // Only the catalogs just compiled: the built-in ones on the test class path declare some of these models.
      List<ModelCatalog> imported = ServiceLoader.load(ModelCatalog.class, loader).stream()
          .filter(p -> p.type().getName().startsWith("com.example.imported."))
          .map(ServiceLoader.Provider::get).toList();
      assertEquals(summary.get("stubs").size() > 0, !imported.isEmpty());
      ModelRegistry registry = ModelRegistry.builder().addCatalogs(imported.toArray(new ModelCatalog[0]))
          .autoCreate(false).build();
      assertEquals(summary.get("models").asInt(), registry.size());
      // The excerpt's one route goes through a platform that is not built in: listed in the report, not written.
      assertEquals(1, summary.get("routes").asInt());
      assertEquals(0, summary.get("routes_written").asInt());
      assertEquals(0, registry.all().stream().mapToInt(m -> registry.routes(m.id()).size()).sum());
      summary.get("stubs").fieldNames().forEachRemaining(id ->
          assertTrue(registry.find(id).isPresent(), id + " was imported but is not in the registry"));
    }
  }

  /**
   * javac with the processor, as a build compiles a catalog module: annotations and runtime on the class path,
   * and no other catalog (the processor rejects ids that a catalog on the class path declares already).
   */
  private static void compile(Path sources, Path classes) throws Exception {
    List<File> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toFile()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromFiles(files);
      String classPath = location(Model.class) + File.pathSeparator + location(ModelCatalog.class);
      List<String> options = List.of("-d", classes.toString(), "-classpath", classPath);
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, fileManager, null, options, null, units);
      task.setProcessors(List.of(new CatalogProcessor()));
      assertTrue(task.call(), "the imported stubs do not compile:\n" + diagnostics);
    }
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
