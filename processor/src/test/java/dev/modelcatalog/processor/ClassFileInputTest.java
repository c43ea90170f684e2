package dev.modelcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stubs read from class files give the catalog their sources give. Builds compile incrementally: after a change,
 * Gradle hands an aggregating processor the unchanged annotated types as class files, and an IDE recompiles the
 * changed sources alone with the earlier output on the class path. So every annotation the processor reads is
 * kept in class files ({@code @Snapshot} was not: a catalog made from class files lost its snapshots and the
 * family alias), and the processor reads a package's stubs that were not recompiled from their class files.
 */
class ClassFileInputTest {

  @TempDir
  Path dir;

  @Test
  void everyAnnotationTheProcessorReads_isKeptInClassFiles() throws ClassNotFoundException {
    for (String name : new CatalogProcessor().getSupportedAnnotationTypes()) {
      Retention retention = Class.forName(name).getAnnotation(Retention.class);
      // No @Retention means CLASS.
      assertNotEquals(RetentionPolicy.SOURCE, retention == null ? RetentionPolicy.CLASS : retention.value(), name);
    }
  }

  /** The golden catalogs: routes, platforms, snapshots, model facts, MoE, every annotation in use. */
  @ParameterizedTest
  @ValueSource(strings = {"acme", "openai", "facts"})
  void catalogFromClassFiles_equalsTheCatalogFromSources(String provider) throws Exception {
    List<Path> sources = CompilerRuns.copySources("valid/" + provider, dir.resolve("src/test/" + provider));
    Path classes = dir.resolve("classes");
    javac(List.of("-proc:none", "-d", classes.toString()), sources, List.of());

    Path fromSources = dir.resolve("from-sources");
    javac(List.of("-proc:only", "-s", fromSources.toString(), "-d", fromSources.toString()), sources, List.of());

    List<String> stubs = new ArrayList<>();
    for (Path source : sources) {
      String simpleName = source.getFileName().toString().replace(".java", "");
      if (!simpleName.equals("package-info")) {
        stubs.add("test." + provider + "." + simpleName);
      }
    }
    Path fromClassFiles = dir.resolve("from-class-files");
    javac(List.of("-proc:only", "-s", fromClassFiles.toString(), "-d", fromClassFiles.toString(),
        "-cp", classes + File.pathSeparator + System.getProperty("java.class.path")), List.of(), stubs);

    Map<String, String> expected = CompilerRuns.generatedSources(fromSources);
    assertTrue(expected.keySet().stream().anyMatch(name -> name.endsWith("Catalog.java")), expected.keySet()
        .toString());
    assertEquals(expected, CompilerRuns.generatedSources(fromClassFiles));
  }

  /**
   * An IDE recompiles only the sources that changed, with the earlier output on the class path. The catalog of
   * the changed stub's package still holds every model of the package (the others read from their class files),
   * the service file and the catalog list still name the other package's catalog, and a new stub that takes an
   * unchanged stub's id is an error. Before, the catalog was rewritten with the recompiled stub alone and the
   * service file with its catalog alone.
   */
  @Test
  void recompilingOneStub_keepsEveryModelOfItsPackage_andEveryCatalog() throws Exception {
    List<Path> sources = new ArrayList<>(CompilerRuns.copySources("valid/acme", dir.resolve("src/test/acme")));
    sources.addAll(CompilerRuns.copySources("valid/openai", dir.resolve("src/test/openai")));
    Path out = dir.resolve("out");
    String classPath = out + File.pathSeparator + System.getProperty("java.class.path");
    List<String> options = List.of("-d", out.toString(), "-s", out.toString(), "-cp", classPath,
        "-Amodelcatalog.catalogList=test.AllCatalogs");
    javac(options, sources, List.of());
    Path services = out.resolve(Names.SERVICES_FILE);
    Path list = out.resolve("test/AllCatalogs.java");
    Map<String, String> full = acmeOutputs(out);
    assertEquals("test.acme.AcmeCatalog\ntest.openai.OpenAiCatalog\n", Files.readString(services));
    assertTrue(Files.readString(list).contains("{new AcmeCatalog(), new OpenAiCatalog()}"), Files.readString(list));

    Path spark = dir.resolve("src/test/acme/Spark.java");
    javac(options, List.of(spark), List.of());
    // The same catalog; only the compilation it names differs (it was one compilation with openai's).
    assertEquals(full, acmeOutputs(out));
    assertEquals("test.acme.AcmeCatalog\ntest.openai.OpenAiCatalog\n", Files.readString(services));
    // The catalog list names what the service file names: the catalog not recompiled as well.
    assertTrue(Files.readString(list).contains("{new AcmeCatalog(), new OpenAiCatalog()}"), Files.readString(list));

    Path again = Files.writeString(dir.resolve("src/test/acme/Again.java"), String.join("\n",
        "package test.acme;", "import dev.modelcatalog.annotations.Model;",
        "@Model(id = \"spark\", contextWindow = 1000)", "final class Again {}", ""));
    List<String> errors = javacErrors(options, List.of(again));
    assertTrue(errors.stream().anyMatch(e -> e.contains("[duplicate-id] id 'spark' is also declared by"
        + " test.acme.Spark")), errors.toString());
  }

  /** The acme catalog's generated sources and key index, the compilation id left out. */
  private static Map<String, String> acmeOutputs(Path out) throws IOException {
    Map<String, String> outputs = new TreeMap<>(CompilerRuns.generatedSources(out.resolve("test/acme")));
    outputs.replaceAll((name, text) -> text.replaceAll("return \"[0-9a-f]{32}\";", "return \"(compilation)\";"));
    outputs.put("ids", Files.readString(out.resolve(Names.idsResource("test.acme.AcmeCatalog"))));
    assertTrue(outputs.get("AcmeCatalog.java").contains("SIZE = 3;"), outputs.get("AcmeCatalog.java"));
    return outputs;
  }

  /** Runs javac with the processor on these sources or these class names; fails on any error. */
  private static void javac(List<String> options, List<Path> sources, List<String> classNames) throws IOException {
    List<String> errors = javacErrors(options, sources, classNames);
    assertTrue(errors.isEmpty(), errors.toString());
  }

  private static List<String> javacErrors(List<String> options, List<Path> sources) throws IOException {
    return javacErrors(options, sources, List.of());
  }

  private static List<String> javacErrors(List<String> options, List<Path> sources, List<String> classNames)
      throws IOException {
    return CompilerRuns.errors(ToolProvider.getSystemJavaCompiler(), options, sources, classNames);
  }
}
