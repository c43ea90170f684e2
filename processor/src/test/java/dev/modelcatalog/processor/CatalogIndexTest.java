package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A catalog compiled earlier and put on the class path is found through its index class and .ids resource. */
class CatalogIndexTest {

  @TempDir
  Path earlier;

  /**
   * The class path with the earlier catalog packed into a jar, as a published catalog is: javac reads a jar's
   * resources only under directories named like packages, so the key index must live in one.
   */
  private List<File> classpathWithEarlierCatalogInAJar() throws IOException {
    List<File> classpath = classpathWithEarlierCatalog();
    classpath.remove(earlier.toFile());
    Path jar = earlier.resolveSibling(earlier.getFileName() + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(earlier)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(earlier.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
    classpath.add(jar.toFile());
    return classpath;
  }

  /** Compiles a catalog and copies its class files and resources into a class-path directory. */
  private List<File> classpathWithEarlierCatalog() throws IOException {
    Compilation first = Compilations.compile(List.of(provider("test.first", "first"),
        source("test.first.Taken", "package test.first;", "import dev.modelcatalog.annotations.Model;",
            "@Model(id = \"taken\", contextWindow = 1, aliases = {\"taken-alias\"})", "final class Taken {}")));
    assertThat(first).succeededWithoutWarnings();
    for (JavaFileObject file : first.generatedFiles()) {
      String name = file.getName();
      if (!name.startsWith("/CLASS_OUTPUT/")) {
        continue;
      }
      Path target = earlier.resolve(name.substring("/CLASS_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    classpath.add(earlier.toFile());
    return classpath;
  }

  /** The earlier catalog in a class-path directory, or packed into a jar as a published catalog is. */
  private List<File> classpathWithEarlierCatalog(boolean inAJar) throws IOException {
    return inAJar ? classpathWithEarlierCatalogInAJar() : classpathWithEarlierCatalog();
  }

  @ParameterizedTest(name = "in a jar: {0}")
  @ValueSource(booleans = {false, true})
  void classpathCatalog_sameId_isError(boolean inAJar) throws IOException {
    JavaFileObject again = source("test.second.Again", "package test.second;",
        "import dev.modelcatalog.annotations.Model;",
        "@Model(id = \"taken\", contextWindow = 1)", "final class Again {}");
    Compilation c = Compilations.javac().withClasspath(classpathWithEarlierCatalog(inAJar))
        .compile(provider("test.second", "second"), again);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadWarningCount(0);
    assertThat(c).hadErrorContaining("[classpath-duplicate-id] 'taken' is already the id of model 'taken' in catalog"
        + " test.first.FirstCatalog").inFile(again).onLineContaining("id = \"taken\"");
  }

  /** A stub that fails its own checks still may not take an id of the class path: both show in one build. */
  @Test
  void classpathCatalog_sameIdOnAStubThatFailsItsOwnChecks_isReportedToo() throws IOException {
    JavaFileObject again = source("test.second.Again", "package test.second;",
        "import dev.modelcatalog.annotations.Model;",
        "@Model(id = \"taken\", contextWindow = 1,", "    maxOutputTokens = 2)", "final class Again {}");
    JavaFileObject fine = source("test.second.Fine", "package test.second;",
        "import dev.modelcatalog.annotations.Model;", "@Model(id = \"fine\", contextWindow = 1)",
        "final class Fine {}");
    Compilation c = Compilations.javac().withClasspath(classpathWithEarlierCatalog())
        .compile(provider("test.second", "second"), again, fine);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[max-output-exceeds-context]").inFile(again)
        .onLineContaining("maxOutputTokens = 2");
    assertThat(c).hadErrorContaining("[classpath-duplicate-id] 'taken' is already the id of model 'taken' in catalog"
        + " test.first.FirstCatalog").inFile(again).onLineContaining("id = \"taken\"");
  }

  @Test
  void classpathCatalog_idEqualToItsAlias_isError() throws IOException {
    JavaFileObject again = source("test.second.Again", "package test.second;",
        "import dev.modelcatalog.annotations.Model;",
        "@Model(id = \"taken-alias\", contextWindow = 1)", "final class Again {}");
    Compilation c = Compilations.javac().withClasspath(classpathWithEarlierCatalog())
        .compile(provider("test.second", "second"), again);
    assertThat(c).hadErrorContaining("[classpath-duplicate-id] 'taken-alias' is already an alias of model 'taken'");
  }

  @Test
  void classpathCatalog_distinctIds_compile() throws IOException {
    Compilation c = Compilations.javac().withClasspath(classpathWithEarlierCatalog())
        .compile(provider("test.second", "second"), source("test.second.Fresh", "package test.second;",
            "import dev.modelcatalog.annotations.Model;", "@Model(id = \"fresh\", contextWindow = 1)",
            "final class Fresh {}"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void classpathCheck_canBeSwitchedOff() throws IOException {
    Compilation c = Compilations.javac("-Amodelcatalog.classpathCheck=false").withClasspath(classpathWithEarlierCatalog())
        .compile(provider("test.second", "second"), source("test.second.Again", "package test.second;",
            "import dev.modelcatalog.annotations.Model;", "@Model(id = \"taken\", contextWindow = 1)",
            "final class Again {}"));
    assertThat(c).succeededWithoutWarnings();
  }

  /** The stub {@link #compileAgainstEarlier} compiled last, for locating diagnostics. */
  private JavaFileObject again;

  private Compilation compileAgainstEarlier(String... annotationLines) throws IOException {
    again = Compilations.stub("test.second", "Again", annotationLines);
    return Compilations.javac().withClasspath(classpathWithEarlierCatalog())
        .compile(provider("test.second", "second"), again);
  }

  @Test
  void classpathCatalog_sameNormalizedId_isError() throws IOException {
    Compilation c = compileAgainstEarlier("@Model(contextWindow = 1,", "    id = \"TAKEN\")");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[classpath-normalized-collision] the id 'TAKEN' normalizes to 'taken', a key"
        + " of model 'taken' in catalog test.first.FirstCatalog on the class path").inFile(again)
        .onLineContaining("id = \"TAKEN\"");
  }

  @Test
  void classpathCatalog_sameCompactKey_isWarning() throws IOException {
    Compilation c = compileAgainstEarlier("@Model(contextWindow = 1,", "    id = \"takenalias\")");
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[classpath-compact-collision] the id 'takenalias' has the compact key"
        + " 'takenalias', a key of model 'taken' in catalog test.first.FirstCatalog").inFile(again)
        .onLineContaining("id = \"takenalias\"");
  }

  @Test
  void classpathCatalog_familyIdIsItsId_isErrorOnFamily() throws IOException {
    Compilation c = compileAgainstEarlier("@Model(id = \"taken-2024-08-06\", contextWindow = 1)",
        "@Snapshot(date = \"2024-08-06\", latest = true,", "    family = \"taken\")");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[classpath-duplicate-id] 'taken' is already the id of model 'taken' in catalog"
        + " test.first.FirstCatalog").inFile(again).onLineContaining("family = \"taken\"");
  }

  @Test
  void classpathCatalog_familyIdNormalizesLikeItsId_isErrorOnFamily() throws IOException {
    Compilation c = compileAgainstEarlier("@Model(id = \"taken-2024-08-06\", contextWindow = 1)",
        "@Snapshot(date = \"2024-08-06\", latest = true,", "    family = \"TAKEN\")");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[classpath-normalized-collision] the family id 'TAKEN' normalizes to 'taken',"
        + " a key of model 'taken' in catalog test.first.FirstCatalog").inFile(again)
        .onLineContaining("family = \"TAKEN\"");
  }

  @Test
  void classpathCatalog_familyIdNormalizesLikeItsAlias_isErrorOnFamily() throws IOException {
    Compilation c = compileAgainstEarlier("@Model(id = \"taken-2024-08-06\", contextWindow = 1)",
        "@Snapshot(date = \"2024-08-06\", latest = true,", "    family = \"taken_alias\")");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[classpath-normalized-collision] the family id 'taken_alias' normalizes to"
        + " 'taken-alias'").inFile(again).onLineContaining("family = \"taken_alias\"");
  }

  /** A model of an earlier catalog, in a directory or in a jar as a published catalog comes, is a known reference. */
  @ParameterizedTest(name = "in a jar: {0}")
  @ValueSource(booleans = {false, true})
  void reference_toClasspathModel_isKnown(boolean inAJar) throws IOException {
    Compilation c = Compilations.javac().withClasspath(classpathWithEarlierCatalog(inAJar))
        .compile(provider("test.second", "second"), Compilations.stub("test.second", "Again",
            "@Model(id = \"tuned\", contextWindow = 1, baseModel = \"taken-alias\")"));
    assertThat(c).succeededWithoutWarnings();
  }

  /** A reference names a model by its id or an alias: an earlier catalog's compact key names none. */
  @Test
  void reference_toClasspathCompactKey_isUnknown() throws IOException {
    Compilation c = compileAgainstEarlier("@Model(id = \"tuned\", contextWindow = 1,", "    parent = \"takenalias\")");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[unknown-reference] parent 'takenalias' names no model in this compilation or"
        + " in the catalogs on the class path").inFile(again).onLineContaining("takenalias");
  }

  @Test
  void reference_toUnknownModel_suggestsClasspathIds() throws IOException {
    Compilation c = compileAgainstEarlier("@Model(id = \"tuned\", contextWindow = 1,", "    parent = \"taken2\")");
    assertThat(c).hadErrorContaining("[unknown-reference] parent 'taken2' names no model in this compilation or in"
        + " the catalogs on the class path; did you mean 'taken'").inFile(again).onLineContaining("taken2");
  }

  @Test
  void classpathCheckOff_leavesReferencesOutsideTheCompilationUnchecked() throws IOException {
    Compilation c = Compilations.javac("-Amodelcatalog.classpathCheck=false").withClasspath(classpathWithEarlierCatalog())
        .compile(provider("test.second", "second"), Compilations.stub("test.second", "Again",
            "@Model(id = \"tuned\", contextWindow = 1, parent = \"somewhere-else\")"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void classpathCatalog_unreadableIndex_isWarningAndSkipped() throws IOException {
    List<File> classpath = classpathWithEarlierCatalog();
    Files.writeString(earlier.resolve("dev/modelcatalog/index/test.first.FirstCatalog.ids"), "not\ta key line\n");
    Compilation c = Compilations.javac().withClasspath(classpath)
        .compile(provider("test.second", "second"), Compilations.stub("test.second", "Again",
            "@Model(id = \"taken\", contextWindow = 1)"));
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[classpath-index-unreadable] cannot read the key index of catalog"
        + " test.first.FirstCatalog on the class path");
  }
}
