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
}
