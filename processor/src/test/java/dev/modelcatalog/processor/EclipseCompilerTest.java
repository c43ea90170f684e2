package dev.modelcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processor under Eclipse's compiler, which an Eclipse IDE builds with: its annotation processing is a
 * separate implementation of the same API, so the processor must not lean on what only javac does. The golden
 * catalogs it generates are javac's, byte for byte (the catalog list too), and a broken attribute is an error on
 * its line.
 */
class EclipseCompilerTest {

  @TempDir
  Path dir;

  /** Each golden catalog (acme and facts declare the same provider id, so they compile apart). */
  @ParameterizedTest
  @ValueSource(strings = {"acme", "openai", "facts"})
  void goldenCatalog_isTheSameAsJavacs(String provider) throws Exception {
    List<Path> sources = CompilerRuns.copySources("valid/" + provider, dir.resolve("src/test/" + provider));
    Path byJavac = dir.resolve("javac");
    Path byEclipse = dir.resolve("ecj");
    String list = "-Amodelcatalog.catalogList=test.AllCatalogs";
    List<String> javacErrors = CompilerRuns.errors(ToolProvider.getSystemJavaCompiler(),
        List.of("-proc:only", list, "-s", byJavac.toString(), "-d", byJavac.toString()), sources, List.of());
    assertTrue(javacErrors.isEmpty(), javacErrors.toString());
    List<String> eclipseErrors = CompilerRuns.errors(new EclipseCompiler(), List.of("-17", "-proc:only", list,
        "-cp", System.getProperty("java.class.path"), "-s", byEclipse.toString(), "-d", byEclipse.toString()),
        sources, List.of());
    assertTrue(eclipseErrors.isEmpty(), eclipseErrors.toString());

    Map<String, String> expected = CompilerRuns.generatedSources(byJavac);
    assertTrue(expected.keySet().stream().anyMatch(name -> name.endsWith("Catalog.java")), expected.toString());
    assertTrue(expected.keySet().stream().anyMatch(name -> name.endsWith("AllCatalogs.java")), expected.toString());
    assertEquals(expected, CompilerRuns.generatedSources(byEclipse));
    assertEquals(Files.readString(byJavac.resolve(Names.SERVICES_FILE)),
        Files.readString(byEclipse.resolve(Names.SERVICES_FILE)));
  }

  @Test
  void brokenAttribute_isAnErrorOnItsLine() throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("src/test/acme"));
    Path info = Files.writeString(pkg.resolve("package-info.java"),
        "@dev.modelcatalog.annotations.Provider(id = \"acme\")\npackage test.acme;\n");
    Path stub = Files.writeString(pkg.resolve("M.java"), String.join("\n", "package test.acme;",
        "import dev.modelcatalog.annotations.Model;", "@Model(id = \"acme/m\", contextWindow = 8_192,",
        "    maxOutputTokens = 16_384)", "final class M {}", ""));
    JavaCompiler eclipse = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = eclipse.getStandardFileManager(diagnostics, null, null)) {
      JavaCompiler.CompilationTask task = eclipse.getTask(null, files, diagnostics,
          List.of("-17", "-proc:only", "-cp", System.getProperty("java.class.path"), "-s",
              dir.resolve("out").toString(), "-d", dir.resolve("out").toString()),
          null, files.getJavaFileObjectsFromPaths(List.of(info, stub)));
      task.setProcessors(List.of(new CatalogProcessor()));
      Files.createDirectories(dir.resolve("out"));
      task.call();
    }
    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(1, errors.size(), errors.toString());
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertTrue(error.getMessage(null).startsWith("[max-output-exceeds-context] maxOutputTokens: is 16384"),
        error.getMessage(null));
    assertEquals(4, error.getLineNumber(), error.toString());
    assertEquals("M.java", new File(error.getSource().getName()).getName(), error.getSource().getName());
  }

  /**
   * A string constant another processor generates in round 1: Eclipse's compiler reads it as {@code <error>} until
   * then, printed quoted like a real string. The stub waits for it, as under javac, instead of failing the id's
   * rules on {@code <error>}.
   */
  @Test
  void stringConstantGeneratedInALaterRound_isDeferredAndCompiles() throws Exception {
    List<Diagnostic<? extends JavaFileObject>> errors = compileWithEclipse(
        "@Model(id = Ids.LATE, contextWindow = 4096)", OtherProcessor.generatingConstants());
    assertEquals(List.of(), errors);
    String catalog = Files.readString(dir.resolve("out/test/acme/AcmeCatalog.java"));
    assertTrue(catalog.contains("\"late-model\""), catalog);
  }

  /** A string constant that never resolves: Eclipse's own error, and the processor's unresolved-value, no rule. */
  @Test
  void stringConstantThatNeverResolves_isUnresolvedNotARuleError() throws Exception {
    List<Diagnostic<? extends JavaFileObject>> errors = compileWithEclipse(
        "@Model(id = Missing.ID, contextWindow = 4096)");
    Diagnostic<? extends JavaFileObject> unresolved = errors.stream()
        .filter(d -> d.getMessage(null).startsWith("[unresolved-value] the value of @Model on test.acme.Late"))
        .findFirst().orElseThrow(() -> new AssertionError(errors.toString()));
    assertEquals(3, unresolved.getLineNumber(), unresolved.toString());
    assertEquals("Late.java", new File(unresolved.getSource().getName()).getName());
    assertTrue(errors.stream().noneMatch(d -> d.getMessage(null).contains("<error>")), errors.toString());
  }

  private List<Diagnostic<? extends JavaFileObject>> compileWithEclipse(String annotation,
      javax.annotation.processing.Processor... before) throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("src/test/acme"));
    Path info = Files.writeString(pkg.resolve("package-info.java"),
        "@dev.modelcatalog.annotations.Provider(id = \"acme\")\npackage test.acme;\n");
    Path stub = Files.writeString(pkg.resolve("Late.java"), String.join("\n", "package test.acme;",
        "import dev.modelcatalog.annotations.Model;", annotation, "final class Late {}", ""));
    JavaCompiler eclipse = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Files.createDirectories(dir.resolve("out"));
    try (StandardJavaFileManager files = eclipse.getStandardFileManager(diagnostics, null, null)) {
      JavaCompiler.CompilationTask task = eclipse.getTask(null, files, diagnostics,
          List.of("-17", "-cp", System.getProperty("java.class.path"), "-s", dir.resolve("out").toString(), "-d",
              dir.resolve("out").toString()),
          null, files.getJavaFileObjectsFromPaths(List.of(info, stub)));
      List<javax.annotation.processing.Processor> processors = new java.util.ArrayList<>(List.of(before));
      processors.add(new CatalogProcessor());
      task.setProcessors(processors);
      task.call();
    }
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
  }
}
