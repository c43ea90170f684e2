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
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog compiled earlier and put on the class path is found through its index class and .ids resource. */
class CatalogIndexTest {

  @TempDir
  Path earlier;

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

  @Test
  void classpathCatalog_sameId_isError() throws IOException {
    JavaFileObject again = source("test.second.Again", "package test.second;",
        "import dev.modelcatalog.annotations.Model;",
        "@Model(id = \"taken\", contextWindow = 1)", "final class Again {}");
    Compilation c = Compilations.javac().withClasspath(classpathWithEarlierCatalog())
        .compile(provider("test.second", "second"), again);
    assertThat(c).hadErrorCount(1);
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
    Compilation c = Compilations.javac().withClasspath(classpathWithEarlierCatalog())
        .withOptions("-Xlint:all,-processing", "-Amodelcatalog.classpathCheck=false")
        .compile(provider("test.second", "second"), source("test.second.Again", "package test.second;",
            "import dev.modelcatalog.annotations.Model;", "@Model(id = \"taken\", contextWindow = 1)",
            "final class Again {}"));
    assertThat(c).succeededWithoutWarnings();
  }
}
